import Foundation
import Sandbox

/// Turns a package's output validator into something runnable, in any language problemtools and DOMjudge
/// accept: Swift, C and C++ are compiled (and cached), Python runs under the system's python3, a folder with
/// `build` and `run` scripts is built and run, and a lone executable is used as it is. A language whose
/// compiler or interpreter is missing here is named in the error.
enum ValidatorBuilder {
    static func build(
        _ source: OutputValidatorSource,
        problem: ProblemPackage,
        cache: CompileCache,
        sandbox: Sandbox,
        scratch: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        guard case .program(let original) = source else { return .standard }
        let location = try substitutingConstants(original, problem: problem, scratch: scratch)
        guard location != original else {
            return try build(location, problem: problem, cache: cache, sandbox: sandbox, scratch: scratch)
        }
        // Messages name the package's own validator, not the copy with constants substituted.
        do {
            return try build(location, problem: problem, cache: cache, sandbox: sandbox, scratch: scratch)
        } catch .validatorBroken(let reason) {
            throw .validatorBroken(reason.replacingOccurrences(of: location.path, with: original.path))
        } catch .spec(.unsupported(let file, let feature)) {
            throw .spec(
                .unsupported(
                    file: file.replacingOccurrences(of: location.path, with: original.path),
                    feature: feature.replacingOccurrences(of: location.path, with: original.path)))
        }
    }

    private static func build(
        _ location: URL,
        problem: ProblemPackage,
        cache: CompileCache,
        sandbox: Sandbox,
        scratch: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        _ = manager.fileExists(atPath: location.path, isDirectory: &isDirectory)
        let folder = isDirectory.boolValue ? location : location.deletingLastPathComponent()
        let files: [URL]
        if isDirectory.boolValue {
            let names = ((try? manager.contentsOfDirectory(atPath: location.path)) ?? []).sorted()
            files = names.filter { !$0.hasPrefix(".") }.map { location.appendingPathComponent($0) }
        } else {
            files = [location]
        }
        let extensions = Set(files.map(\.pathExtension))
        let limits = problem.metadata.limits

        if files.contains(where: { ["build", "run"].contains($0.lastPathComponent) }) {
            return try buildAndRun(folder, limits: limits, sandbox: sandbox, scratch: scratch)
        }
        if extensions.contains("swift") {
            // main.swift (if any) holds the top-level code and goes first.
            let swiftFiles = files.filter { $0.pathExtension == "swift" }.sorted { a, _ in
                a.lastPathComponent == "main.swift"
            }
            return try compiled(swiftFiles, by: nil, cache: cache, limits: limits, location: location)
        }
        for language in [CCompiler.Language.cplusplus, .c] where !extensions.isDisjoint(with: language.sourceExtensions)
        {
            let compiler: CCompiler
            do {
                compiler = try CCompiler(
                    language: language, sandbox: sandbox, environment: ProcessInfo.processInfo.environment,
                    neededBy: location.path)
            } catch {
                throw .spec(error)
            }
            // Headers and other files are copied beside the sources.
            return try compiled(files, by: compiler, cache: cache, limits: limits, location: location)
        }
        if let script = files.first(where: { $0.pathExtension == "py" }) {
            guard let interpreter = ToolRun.python3 else {
                throw .spec(
                    .unsupported(
                        file: script.path,
                        feature: "an output validator written in Python: no python3 in /usr/bin or /usr/local/bin"))
            }
            return .program(
                executable: URL(fileURLWithPath: interpreter), leading: [script.path], folder: folder, isStatic: false)
        }
        if files.count == 1, let file = files.first, manager.isExecutableFile(atPath: file.path) {
            return .program(executable: file, leading: [], folder: folder, isStatic: false)
        }
        let kinds = Set(files.map { $0.pathExtension.isEmpty ? $0.lastPathComponent : "." + $0.pathExtension })
        throw .spec(
            .unsupported(
                file: location.path,
                feature: "output validator written as \(kinds.sorted().joined(separator: ", ")) "
                    + "(supported: Swift, C, C++, Python, a build/run folder, or one executable file)"))
    }

    /// The program itself, or (when the package defines constants) a copy in `scratch` with `{{name}}`
    /// substituted in its text files, as the 2025-09 spec asks for validators.
    private static func substitutingConstants(
        _ location: URL, problem: ProblemPackage, scratch: URL
    ) throws(JudgeSetupError) -> URL {
        let constants = problem.metadata.constants
        guard !constants.isEmpty else { return location }
        let folder = scratch.appendingPathComponent("constants-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let copy = folder.appendingPathComponent(location.lastPathComponent)
            try constants.copyProgram(from: location, to: copy)
            return copy
        } catch let error as PanelError {
            throw .panel(error)
        } catch {
            throw .panel(.io(path: folder.path, reason: error.localizedDescription))
        }
    }

    private static func compiled(
        _ files: [URL],
        by compiler: (any ProgramCompiler)?,
        cache: CompileCache,
        limits: ProblemLimits,
        location: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        var sources: [SourceFile] = []
        for file in files {
            do {
                sources.append(try SourceFile(contentsOf: file))
            } catch {
                throw .panel(error)
            }
        }
        let result: CompileResult
        do {
            result = try (compiler.map { cache.using($0) } ?? cache).program(
                for: sources, timeLimit: limits.compilationTime, memoryMiB: limits.compilationMemoryMiB)
        } catch {
            throw .panel(error)
        }
        guard result.ok, let program = result.program else {
            throw .validatorBroken("the output validator in \(location.path) does not compile:\n\(result.diagnostics)")
        }
        return .program(executable: program, leading: [], folder: nil, isStatic: true)
    }

    /// A folder with a `build` script (run once, in a copy, with the folder writable) and a `run` script.
    private static func buildAndRun(
        _ folder: URL,
        limits: ProblemLimits,
        sandbox: Sandbox,
        scratch: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        let copy = scratch.appendingPathComponent("validator-build/program")
        do {
            try? FileManager.default.removeItem(at: copy.deletingLastPathComponent())
            try FileManager.default.createDirectory(
                at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .panel(.io(path: copy.path, reason: error.localizedDescription))
        }
        // Not FileManager.copyItem: it also copies owners, which an ordinary user cannot do.
        do {
            try ProblemConstants.none.copyProgram(from: folder, to: copy)
        } catch {
            throw .panel(error)
        }
        let build = copy.appendingPathComponent("build")
        if FileManager.default.fileExists(atPath: build.path) {
            let run: ToolRun.Result
            do {
                run = try ToolRun.run(
                    executable: build.path, arguments: [], in: copy, timeLimit: limits.compilationTime,
                    memoryMiB: limits.compilationMemoryMiB, sandbox: sandbox)
            } catch {
                throw .panel(error)
            }
            guard run.outcome.termination.isSuccess else {
                throw .validatorBroken(
                    "the output validator's build script in \(folder.path) failed (\(run.outcome.termination)):\n"
                        + ToolRun.cap(run.diagnostics + run.stopReason))
            }
        }
        let runScript = copy.appendingPathComponent("run")
        guard FileManager.default.isExecutableFile(atPath: runScript.path) else {
            throw .validatorBroken(
                "the output validator in \(folder.path) has no executable run script after its build")
        }
        return .program(executable: runScript, leading: [], folder: copy, isStatic: false)
    }
}

/// Why judging could not start: a bad package, a broken validator, or Panel's own failure.
public enum JudgeSetupError: Error, Sendable, CustomStringConvertible {
    /// The package is invalid (exit 2).
    case spec(SpecError)
    /// The package's output validator cannot be used; every test would be JE.
    case validatorBroken(String)
    /// Panel failed (exit 3).
    case panel(PanelError)

    public var description: String {
        switch self {
        case .spec(let error): return error.description
        case .validatorBroken(let reason): return reason
        case .panel(let error): return error.description
        }
    }
}
