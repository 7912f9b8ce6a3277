import Foundation
import Sandbox

/// The Swift compiler as Panel runs it: `swiftc -O` whole-module, statically linked, under its own limits.
///
/// Static linking (as DOMjudge does) means the program needs no runtime libraries inside a sandbox and
/// starts faster. The compiler runs in the sandbox too, with the network unshared.
public struct SwiftCompiler: ProgramCompiler {
    /// Absolute path of `swiftc`.
    public let executable: String
    /// The first line of `swiftc --version`, part of every cache key.
    public let version: String
    /// Flags every compile uses; part of every cache key.
    public static let flags = ["-O", "-wmo", "-static-executable"]

    private let sandbox: Sandbox

    /// The version and the flags, for cache keys.
    public var identity: String { version + "\0" + Self.flags.joined(separator: " ") }

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
            executable = ToolRun.find(["swiftc"], path: path) ?? ""
        }
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw .compilerNotFound(searched: searched)
        }
        version = try ToolRun.versionLine(of: executable, sandbox: sandbox)
    }

    /// Compiles `sources` (the first holds the top-level code) into `directory/program`.
    ///
    /// - Parameters:
    ///   - directory: an empty folder Panel owns; the compiler writes only there.
    ///   - timeLimit: wall-clock limit; the compiler is killed past it and the result is a compile error.
    ///   - memoryMiB: memory for the compiler and the linker together.
    /// - Returns: the result; a compile error is a result, not an error.
    public func compile(
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
        let run = try ToolRun.run(
            executable: executable, arguments: arguments, in: directory,
            extraBinds: ToolRun.toolchainBinds(for: executable), path: "\(toolchain):/usr/bin:/bin",
            timeLimit: timeLimit, memoryMiB: memoryMiB,
            sandbox: sandbox)
        let diagnostics = Self.tidy(run.diagnostics, sources: sources, directory: directory) + run.stopReason
        let ok = run.outcome.termination.isSuccess && FileManager.default.fileExists(atPath: program.path)
        var result = CompileResult(
            ok: ok, seconds: run.outcome.wallTime.seconds, diagnostics: ToolRun.cap(diagnostics), cached: false,
            program: ok ? program : nil)
        if case .signaled = run.outcome.termination { result.unfinished = true }
        return result
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
}
