import Foundation
import Sandbox

/// Turns a package's output (or input) validator into something runnable, through the same
/// ``ProgramBuilder`` as submissions: any language of the table, a `build`/`run` folder, or an executable.
/// A validator that does not build is `validatorBroken` (every case JE); a language this machine lacks is
/// `languageUnavailable`.
enum ValidatorBuilder {
    static func build(
        _ source: OutputValidatorSource,
        problem: ProblemPackage,
        judge: Judge,
        scratch: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        guard case .program(let original) = source else { return .standard }
        let location = try substitutingConstants(original, problem: problem, scratch: scratch)
        guard location != original else { return try build(location, problem: problem, judge: judge, scratch: scratch) }
        // Messages name the package's own validator, not the copy with constants substituted.
        do {
            return try build(location, problem: problem, judge: judge, scratch: scratch)
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
        judge: Judge,
        scratch: URL
    ) throws(JudgeSetupError) -> OutputValidator {
        let builder = ProgramBuilder(
            table: judge.languages, cache: judge.cache, sandbox: judge.sandbox, limits: problem.metadata.limits)
        let built = try builder.build(location, scratch: scratch.appendingPathComponent("validator-build"))
        guard let program = built.program else {
            throw .validatorBroken("the validator in \(location.path) does not build:\n\(built.compile.diagnostics)")
        }
        return .program(
            executable: program.executable, leading: program.leading, folder: program.folder,
            isStatic: program.isStatic)
    }

    /// The program itself, or (when the package defines constants) a copy in `scratch` with `{{name}}`
    /// substituted in its text files, as the 2025-09 spec asks for validators (input and output, checktestdata
    /// and viva ones too).
    static func substitutingConstants(
        _ location: URL, problem: ProblemPackage, scratch: URL
    ) throws(JudgeSetupError) -> URL {
        let constants = problem.metadata.constants
        guard !constants.isEmpty else { return location }
        let folder = scratch.appendingPathComponent("constants-\(UUID().uuidString)")
        do throws(PanelError) {
            try TemporaryFolders.makeInside(folder)
            let copy = folder.appendingPathComponent(location.lastPathComponent)
            try constants.copyProgram(from: location, to: copy)
            return copy
        } catch {
            throw .panel(error)
        }
    }
}

/// Why judging could not start: a bad package, a broken validator, or Panel's own failure.
public enum JudgeSetupError: Error, Sendable, CustomStringConvertible {
    /// The package is invalid (exit 2).
    case spec(SpecError)
    /// The package's output validator cannot be used; every test would be JE.
    case validatorBroken(String)
    /// A program of the package is in a language this machine cannot build or run (exit 2; verify notes it).
    case languageUnavailable(file: String, reason: String)
    /// Panel failed (exit 3).
    case panel(PanelError)

    public var description: String {
        switch self {
        case .spec(let error): return error.description
        case .validatorBroken(let reason): return reason
        case .languageUnavailable(let file, let reason): return "\(file): not judged: \(reason)"
        case .panel(let error): return error.description
        }
    }
}
