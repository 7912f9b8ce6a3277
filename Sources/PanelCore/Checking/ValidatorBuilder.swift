import Foundation

/// Turns a package's output validator source into something runnable: Swift is compiled (and cached),
/// an executable file is used as is, and other languages are named as unsupported.
enum ValidatorBuilder {
    static func build(
        _ source: OutputValidatorSource,
        problem: ProblemPackage,
        cache: CompileCache
    ) throws(JudgeSetupError) -> OutputValidator {
        guard case .program(let location) = source else { return .standard }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        manager.fileExists(atPath: location.path, isDirectory: &isDirectory)
        let files: [URL]
        if isDirectory.boolValue {
            let names = ((try? manager.contentsOfDirectory(atPath: location.path)) ?? []).sorted()
            files = names.filter { !$0.hasPrefix(".") }.map { location.appendingPathComponent($0) }
        } else {
            files = [location]
        }
        let swiftFiles = files.filter { $0.pathExtension == "swift" }
        if !swiftFiles.isEmpty {
            // main.swift (if any) holds the top-level code and goes first.
            let ordered = swiftFiles.sorted { a, _ in a.lastPathComponent == "main.swift" }
            var sources: [SourceFile] = []
            for file in ordered {
                do {
                    sources.append(try SourceFile(contentsOf: file))
                } catch {
                    throw .panel(error)
                }
            }
            let result: CompileResult
            do {
                result = try cache.program(
                    for: sources, timeLimit: problem.metadata.limits.compilationTime,
                    memoryMiB: problem.metadata.limits.compilationMemoryMiB)
            } catch {
                throw .panel(error)
            }
            guard result.ok, let program = result.program else {
                throw .validatorBroken(
                    "the output validator in \(location.path) does not compile:\n\(result.diagnostics)")
            }
            return .program(executable: program, arguments: [], isStatic: true)
        }
        if files.count == 1, let file = files.first, manager.isExecutableFile(atPath: file.path),
            !["c", "cc", "cpp", "py"].contains(file.pathExtension)
        {
            return .program(executable: file, arguments: [], isStatic: false)
        }
        let kinds = Set(files.map { $0.pathExtension.isEmpty ? $0.lastPathComponent : "." + $0.pathExtension })
        throw .spec(
            .unsupported(
                file: location.path,
                feature: "output validator written as \(kinds.sorted().joined(separator: ", ")) "
                    + "(supported: Swift sources, or one executable file)"))
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
