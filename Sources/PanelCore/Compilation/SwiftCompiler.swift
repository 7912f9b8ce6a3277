import Foundation
import Sandbox

/// The Swift compiler as Panel runs it: `swiftc -O` whole-module, statically linked, under its own limits.
///
/// Static linking (as DOMjudge does) means the program needs no runtime libraries inside a sandbox and
/// starts faster. The compiler runs in the sandbox too, with the network unshared.
public struct SwiftCompiler: Sendable {
    /// Absolute path of `swiftc`.
    public let executable: String
    /// The first line of `swiftc --version`, part of every cache key.
    public let version: String
    /// Flags every compile uses; part of every cache key.
    public static let flags = ["-O", "-wmo", "-static-executable"]

    private let sandbox: Sandbox

    /// Finds `swiftc` (`PANEL_SWIFTC`, else PATH) and reads its version.
    public init(sandbox: Sandbox, environment: [String: String]) throws(PanelError) {
        self.sandbox = sandbox
        let searched: String
        if let explicit = environment["PANEL_SWIFTC"] {
            searched = explicit
            executable = explicit
        } else {
            let path = environment["PATH"] ?? "/usr/bin:/bin"
            searched = "PATH=\(path)"
            let found = path.split(separator: ":").map { "\($0)/swiftc" }.first {
                FileManager.default.isExecutableFile(atPath: $0)
            }
            // Not resolved through symlinks: swiftc is a link to swift-driver, which reads its argv[0].
            executable = found ?? ""
        }
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw .compilerNotFound(searched: searched)
        }
        version = try Self.readVersion(executable, sandbox: sandbox)
    }

    private static func readVersion(_ executable: String, sandbox: Sandbox) throws(PanelError) -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-version-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let spec = ProcessSpec(
            executable: executable, arguments: ["--version"], environment: ["PATH=/usr/bin:/bin"],
            stdinPath: nil, stdoutPath: scratch.path + ".out", stderrPath: scratch.path + ".err", unprivileged: false)
        defer {
            try? FileManager.default.removeItem(atPath: spec.stdoutPath)
            try? FileManager.default.removeItem(atPath: spec.stderrPath)
        }
        let limits = ResourceLimits(
            cpuTime: .seconds(20), wallTime: .seconds(30), memoryBytes: 1 << 30, stackBytes: 64 << 20,
            outputBytes: 1 << 20, processCount: 64)
        do {
            _ = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        let text = (try? String(contentsOfFile: spec.stdoutPath, encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        guard !line.isEmpty else {
            let errors = (try? String(contentsOfFile: spec.stderrPath, encoding: .utf8)) ?? ""
            throw .io(
                path: executable, reason: "`swiftc --version` printed nothing\(errors.isEmpty ? "" : ": " + errors)")
        }
        return line
    }

    /// Compiles `sources` (the first holds the top-level code) into `directory/program`.
    ///
    /// - Parameters:
    ///   - directory: an empty folder Panel owns; the compiler writes only there.
    ///   - timeLimit: wall-clock limit; the compiler is killed past it and the result is a compile error.
    ///   - memoryMiB: memory for the compiler and the linker together.
    /// - Returns: the result; a compile error is a result, not an error.
    func compile(
        _ sources: [SourceFile],
        in directory: URL,
        timeLimit: Duration,
        memoryMiB: Int
    ) throws(PanelError) -> CompileResult {
        // The file with top-level code must be main.swift when several files are compiled together.
        var paths: [String] = []
        for (index, source) in sources.enumerated() {
            let name = index == 0 ? "main.swift" : "include-\(index)-\(source.name)"
            let path = directory.appendingPathComponent(name).path
            guard FileManager.default.createFile(atPath: path, contents: Data(source.contents)) else {
                throw .io(path: path, reason: "cannot write the source for the compiler")
            }
            paths.append(path)
        }
        let program = directory.appendingPathComponent("program")
        let arguments =
            Self.flags + ["-module-cache-path", directory.appendingPathComponent("module-cache").path]
            + ["-o", program.path] + paths
        let toolchain = URL(fileURLWithPath: executable).deletingLastPathComponent().path
        // The compiler sees the system, the toolchain and its build folder, nothing else (no test data, no
        // other submissions), and runs as the unprivileged user, who must own the build folder.
        let root = directory.deletingLastPathComponent().appendingPathComponent("compiler-root")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if geteuid() == 0 {
            let id = NSNumber(value: Sandbox.unprivilegedID)
            try? FileManager.default.setAttributes(
                [.ownerAccountID: id, .groupOwnerAccountID: id], ofItemAtPath: directory.path)
        }
        let spec = ProcessSpec(
            executable: executable, arguments: arguments,
            environment: [
                "PATH=\(toolchain):/usr/bin:/bin", "HOME=\(directory.path)", "TMPDIR=\(directory.path)",
                "LANG=C.UTF-8", "TERM=dumb",
            ],
            workingDirectory: directory.path, stdinPath: nil,
            stdoutPath: directory.deletingLastPathComponent().appendingPathComponent("compiler.out").path,
            stderrPath: directory.deletingLastPathComponent().appendingPathComponent("compiler.err").path,
            privateRoot: root.path, scratchBytes: 256 << 20, executableAsProgram: false,
            binds: toolBinds + [ProcessSpec.Bind(directory.path, writable: true)])
        let limits = ResourceLimits(
            cpuTime: timeLimit * 2, wallTime: timeLimit, memoryBytes: memoryMiB << 20, stackBytes: 64 << 20,
            outputBytes: 1 << 30, processCount: 256)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        var diagnostics = Self.readDiagnostics(spec.stdoutPath) + Self.readDiagnostics(spec.stderrPath)
        diagnostics = Self.tidy(diagnostics, sources: sources, directory: directory)
        let ok = outcome.termination.isSuccess && FileManager.default.fileExists(atPath: program.path)
        if outcome.wallTimeExceeded {
            diagnostics += "\ncompilation stopped: it exceeded the \(timeLimit.milliseconds / 1000) s limit"
        } else if outcome.memoryLimitHit {
            diagnostics += "\ncompilation stopped: it exceeded the \(memoryMiB) MiB memory limit"
        }
        return CompileResult(
            ok: ok, seconds: outcome.wallTime.seconds, diagnostics: Self.cap(diagnostics), cached: false,
            program: ok ? program : nil)
    }

    /// The system folders and the toolchain, read-only.
    private var toolBinds: [ProcessSpec.Bind] {
        var binds = ProcessSpec.systemBinds
        // /opt/swift/usr/bin/swiftc → /opt/swift; a compiler under /usr is covered already.
        let prefix = URL(fileURLWithPath: executable).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        if !binds.contains(where: { prefix == $0.source || prefix.hasPrefix($0.source + "/") }) {
            binds.append(ProcessSpec.Bind(prefix))
        }
        return binds
    }

    private static func readDiagnostics(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: CompileResult.diagnosticsCap + 1)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Shows the candidate's own file names and drops the linker's note about static `dlopen`, which
    /// every static Swift program triggers and no candidate can act on.
    private static func tidy(_ text: String, sources: [SourceFile], directory: URL) -> String {
        var text = text
        for (index, source) in sources.enumerated() {
            let name = index == 0 ? "main.swift" : "include-\(index)-\(source.name)"
            text = text.replacingOccurrences(of: directory.appendingPathComponent(name).path, with: source.name)
        }
        text = text.replacingOccurrences(of: directory.path + "/", with: "")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("statically linked applications requires at runtime") }
            .joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func cap(_ text: String) -> String {
        guard text.utf8.count > CompileResult.diagnosticsCap else { return text }
        let prefix = String(decoding: text.utf8.prefix(CompileResult.diagnosticsCap), as: UTF8.self)
        return prefix + "\n… (diagnostics truncated at 64 KiB)"
    }
}
