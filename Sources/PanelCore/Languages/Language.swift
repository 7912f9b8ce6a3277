import Foundation

/// One language of the ``LanguageTable``: how its programs are recognised, built and run.
public struct Language: Sendable, Equatable {
    /// The table's key (`cpp`, `python3`), as `languages:` in problem.yaml names it.
    public var id: String
    /// The name shown to people (`C++`).
    public var name: String
    /// Glob patterns of its source files (`*.cpp`).
    public var patterns: [String]
    /// A word the first line (`#!`) of an extensionless script holds for it (`python3`); `python3` also
    /// stands for `python3.11`.
    public var shebang: String?
    /// Glob patterns of sources that count for this language in detection only when their first line names
    /// ``shebang`` (problemtools' `shebang_files`): a `.py` file is Python 2 only with a `python2` shebang.
    public var shebangPatterns: [String] = []
    /// Which language a folder of mixed files is taken as: the highest.
    public var priority: Int
    /// The build command, split into arguments with placeholders; nil when nothing is built.
    public var compile: [String]?
    /// The run command, split into arguments with placeholders.
    public var run: [String]
    /// Whether `{mainclass}` is read from the build (`mainclass: detect`): the compiled JVM class that declares
    /// `public static void main(String[])`, none being a compile error, as DOMjudge decides.
    public var detectsMainClass = false
    /// Whether RLIMIT_AS may cap its build and its runs where no memory cgroup does (`address_space_limit`,
    /// default true). False for the JVM, which reserves a heap, a class space and a code cache far beyond what
    /// it uses and caps its heap itself (`-Xmx{memory}m`): problemtools and BAPCtools skip the rlimit for the
    /// same languages and compilers, and under one as large as the memory limit javac and java do not start.
    public var limitsAddressSpace = true

    /// Whether the build makes one static binary (`run` is only `{binary}`), kept in the compile cache.
    public var buildsStaticBinary: Bool { run == ["{binary}"] }

    /// Swift goes through Panel's own ``SwiftCompiler`` (its flags, its cache keys).
    public var isSwift: Bool { id == "swift" }

    /// Whether `file` is one of its sources, by name or by its `#!` line.
    func matches(_ file: URL) -> Bool {
        let name = file.lastPathComponent
        if patterns.contains(where: { Self.glob($0, matches: name) }) { return true }
        return file.pathExtension.isEmpty && hasShebang(file)
    }

    /// Whether `file` counts for this language when detecting a program's language: a source, and for one
    /// matching ``shebangPatterns``, one whose `#!` line names ``shebang`` (problemtools' evidence rule).
    func isEvidence(_ file: URL) -> Bool {
        guard matches(file) else { return false }
        let name = file.lastPathComponent
        guard shebangPatterns.contains(where: { Self.glob($0, matches: name) }) else { return true }
        return hasShebang(file)
    }

    /// Whether the first line of `file` is a `#!` line naming ``shebang`` (`python3` or `python3.11`).
    private func hasShebang(_ file: URL) -> Bool {
        guard let shebang, let first = Self.firstLine(of: file), first.hasPrefix("#!") else { return false }
        return first.split(whereSeparator: { " /".contains($0) }).contains {
            $0 == shebang || $0.hasPrefix(shebang + ".")
        }
    }

    /// The tool a command starts with, looked up on Panel's PATH; nil when this machine lacks it. A first
    /// word of several (`pypy3|python3`) is the first of them this machine has.
    func tool(of command: [String]) -> String? {
        guard let first = command.first else { return nil }
        for choice in first.split(separator: "|").map(String.init) {
            if choice.hasPrefix("/") {
                if FileManager.default.isExecutableFile(atPath: choice) { return choice }
            } else if let found = ToolRun.find([choice], path: Self.toolPath) {
                return found
            }
        }
        return nil
    }

    /// How a missing tool is named in a message: `pypy3 or python3` for `pypy3|python3`.
    static func toolName(_ word: String?) -> String? {
        word.map { $0.split(separator: "|").joined(separator: " or ") }
    }

    /// Where tools are looked for: the folders of Panel's PATH that are the system's or a toolchain's
    /// (/usr, /bin, /opt…). A user's own folder (a pyenv shim under /root, a rustup proxy under ~/.cargo)
    /// is skipped: what it points to is not visible in the sandbox.
    static var toolPath: String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").filter { folder in
            ["/usr/", "/bin", "/sbin", "/opt/"].contains { folder.hasPrefix($0) }
        }.joined(separator: ":")
    }

    /// `command` with every placeholder filled in; `{files}` becomes one argument per file.
    static func expand(_ command: [String], values: [String: [String]]) -> [String] {
        command.flatMap { word -> [String] in
            if word.hasPrefix("{"), word.hasSuffix("}"), let whole = values[String(word.dropFirst().dropLast())] {
                return whole
            }
            var text = word
            for (key, value) in values { text = text.replacingOccurrences(of: "{\(key)}", with: value.joined()) }
            return [text]
        }
    }

    /// Shell-style glob with `*` and `?` only, as the table's patterns use.
    static func glob(_ pattern: String, matches name: String) -> Bool {
        let pattern = Array(pattern)
        let name = Array(name)
        func match(_ p: Int, _ n: Int) -> Bool {
            if p == pattern.count { return n == name.count }
            if pattern[p] == "*" { return (n...name.count).contains { match(p + 1, $0) } }
            guard n < name.count, pattern[p] == "?" || pattern[p] == name[n] else { return false }
            return match(p + 1, n + 1)
        }
        return match(0, 0)
    }

    static func firstLine(of file: URL) -> String? {
        guard let handle = FileHandle(forReadingAtPath: file.path) else { return nil }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 256)) ?? Data()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}
