import Foundation
import Sandbox

/// The build command of a ``Language`` from the table, run in the sandbox (as the judge's side, in a private
/// root holding the system's folders read-only and the build folder writable).
struct TableCompiler: ProgramCompiler {
    /// The language built.
    let language: Language
    /// Absolute path of its build tool.
    let tool: String
    /// The tool's `--version` line (or its path when it prints none), part of every cache key.
    let version: String
    /// Values of the placeholders other than `{files}`, `{binary}` and `{path}`.
    let values: [String: [String]]
    let sandbox: Sandbox

    var identity: String {
        ([language.id, version] + (language.compile ?? []) + values.keys.sorted().flatMap { values[$0] ?? [] })
            .joined(separator: "\0")
    }

    /// Writes `sources` into `directory` and runs the build command there; `directory/program` is the
    /// static binary of a language whose run command is `{binary}`.
    func compile(_ sources: [SourceFile], in directory: URL, timeLimit: Duration, memoryMiB: Int) throws(PanelError)
        -> CompileResult
    {
        for source in sources {
            let path = directory.appendingPathComponent(source.name).path
            guard FileManager.default.createFile(atPath: path, contents: Data(source.contents)) else {
                throw .io(path: path, reason: "cannot write the source for the compiler")
            }
        }
        let names = sources.map(\.name).filter { name in language.patterns.contains { Language.glob($0, matches: name) }
        }
        var placeholders = values
        placeholders["files"] = names
        placeholders["binary"] = ["program"]
        placeholders["path"] = [directory.path]
        let command = Language.expand(language.compile ?? [], values: placeholders)
        let run = try ToolRun.run(
            executable: tool, arguments: Array(command.dropFirst()), in: directory,
            extraBinds: ToolRun.toolchainBinds(for: tool), path: Language.toolPath, timeLimit: timeLimit,
            memoryMiB: memoryMiB, limitsAddressSpace: language.limitsAddressSpace, sandbox: sandbox)
        let diagnostics = run.diagnostics.replacingOccurrences(of: directory.path + "/", with: "") + run.stopReason
        let program = directory.appendingPathComponent("program")
        let ok =
            run.outcome.termination.isSuccess
            && (!language.buildsStaticBinary || FileManager.default.fileExists(atPath: program.path))
        var result = CompileResult(
            ok: ok, seconds: run.outcome.wallTime.seconds, diagnostics: ToolRun.cap(diagnostics), cached: false,
            program: ok && language.buildsStaticBinary ? program : nil)
        // A build killed by a signal (interrupted, out of time) is not a verdict on the source: never cached.
        if case .signaled = run.outcome.termination { result.unfinished = true }
        return result
    }
}
