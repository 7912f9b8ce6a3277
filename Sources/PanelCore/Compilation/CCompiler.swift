import Foundation
import Sandbox

/// The system's C or C++ compiler, for output validators written for other judges (problemtools and
/// DOMjudge accept C and C++). Programs are linked statically, so they run in a private root that holds
/// nothing but them and their inputs.
public struct CCompiler: ProgramCompiler {
    /// The language a validator is written in.
    public enum Language: String, Sendable {
        case c = "C"
        case cplusplus = "C++"

        /// File extensions of its sources (headers are copied alongside, not compiled).
        var sourceExtensions: [String] { self == .c ? ["c"] : ["cc", "cpp", "cxx", "c++"] }
        var compilerNames: [String] { self == .c ? ["cc", "gcc", "clang"] : ["c++", "g++", "clang++"] }
        var flags: [String] { self == .c ? ["-O2", "-std=gnu11", "-static"] : ["-O2", "-std=gnu++17", "-static"] }
    }

    /// The language compiled.
    public let language: Language
    /// Absolute path of the compiler.
    public let executable: String
    /// The first line of `--version`.
    public let version: String
    private let sandbox: Sandbox

    /// The version and the flags, for cache keys.
    public var identity: String { "\(language.rawValue)\0\(version)\0\(language.flags.joined(separator: " "))" }

    /// Finds a compiler for `language` on PATH.
    /// - Throws: ``SpecError/unsupported(file:feature:)`` naming the language when none is installed.
    public init(language: Language, sandbox: Sandbox, environment: [String: String], neededBy file: String)
        throws(SpecError)
    {
        self.language = language
        self.sandbox = sandbox
        guard let found = ToolRun.find(language.compilerNames, path: environment["PATH"] ?? "/usr/bin:/bin") else {
            throw .unsupported(
                file: file,
                feature:
                    "an output validator written in \(language.rawValue): no \(language.compilerNames.joined(separator: ", ")) "
                    + "on PATH (install gcc/g++ or clang)")
        }
        executable = found
        do {
            version = try ToolRun.versionLine(of: found, sandbox: sandbox)
        } catch {
            throw .unsupported(file: file, feature: "an output validator written in \(language.rawValue): \(error)")
        }
    }

    /// Compiles every source of the language, with the other files (headers) beside them.
    public func compile(_ sources: [SourceFile], in directory: URL, timeLimit: Duration, memoryMiB: Int)
        throws(PanelError) -> CompileResult
    {
        var compiled: [String] = []
        for source in sources {
            let path = directory.appendingPathComponent(source.name).path
            guard FileManager.default.createFile(atPath: path, contents: Data(source.contents)) else {
                throw .io(path: path, reason: "cannot write the source for the compiler")
            }
            if language.sourceExtensions.contains(URL(fileURLWithPath: source.name).pathExtension) {
                compiled.append(path)
            }
        }
        let program = directory.appendingPathComponent("program")
        let run = try ToolRun.run(
            executable: executable, arguments: language.flags + ["-o", program.path] + compiled + ["-lm"],
            in: directory, extraBinds: ToolRun.toolchainBinds(for: executable), timeLimit: timeLimit,
            memoryMiB: memoryMiB, sandbox: sandbox)
        let diagnostics = run.diagnostics.replacingOccurrences(of: directory.path + "/", with: "") + run.stopReason
        let ok = run.outcome.termination.isSuccess && FileManager.default.fileExists(atPath: program.path)
        var result = CompileResult(
            ok: ok, seconds: run.outcome.wallTime.seconds, diagnostics: ToolRun.cap(diagnostics), cached: false,
            program: ok ? program : nil)
        if case .signaled = run.outcome.termination { result.unfinished = true }
        return result
    }
}
