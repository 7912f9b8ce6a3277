import Foundation
import Sandbox

/// Runs a package's input validators (ICPC contract: the input on stdin, exit 42 when it is valid) on
/// every test input.
enum InputValidation {
    static func run(_ problem: ProblemPackage, judge: Judge) throws(JudgeSetupError) -> InputValidationSummary {
        let programs = programs(of: problem)
        var rejections: [String] = []
        guard !programs.isEmpty else {
            return InputValidationSummary(validators: 0, inputs: problem.testCases.count, rejections: [])
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-verify-\(UUID().uuidString)")
        do {
            try TemporaryFolders.make(scratch)
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(scratch) }
        for program in programs {
            let name = program.lastPathComponent
            let validator: OutputValidator
            do {
                validator = try ValidatorBuilder.build(
                    .program(program), problem: problem, cache: judge.cache, sandbox: judge.sandbox, scratch: scratch)
            } catch .validatorBroken(let reason) {
                rejections.append("\(name): cannot be built: \(reason)")
                continue
            }
            guard case .program(let executable, let leading, let folder, let isStatic) = validator else { continue }
            for testCase in problem.testCases {
                let outcome = try run(
                    executable, leading: leading, folder: folder, isStatic: isStatic,
                    arguments: testCase.inputValidatorArguments.arguments(for: name), input: testCase.input,
                    sandbox: judge.sandbox, limits: problem.metadata.limits, scratch: scratch)
                if outcome.termination != .exited(42) {
                    let reason = firstLine(in: scratch)
                    rejections.append(
                        "\(name) on \(testCase.name): \(outcome.termination)" + (reason.map { ": \($0)" } ?? ""))
                }
            }
        }
        return InputValidationSummary(
            validators: programs.count, inputs: problem.testCases.count, rejections: rejections)
    }

    /// What a validator that ran with `scratch` printed first: on stdout, else on stderr (its reason).
    static func firstLine(in scratch: URL) -> String? {
        ["out", "err"].lazy.compactMap { stream in
            let text = (try? String(contentsOf: scratch.appendingPathComponent(stream), encoding: .utf8)) ?? ""
            return text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").first.map(String.init)
        }.first
    }

    /// `input_validator/` (2023-07, one program) or each entry of `input_validators/` (legacy).
    static func programs(of problem: ProblemPackage) -> [URL] {
        let single = problem.directory.appendingPathComponent("input_validator")
        if FileManager.default.fileExists(atPath: single.path) { return [single] }
        let legacy = problem.directory.appendingPathComponent("input_validators")
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: legacy.path)) ?? []
        return entries.filter { !$0.hasPrefix(".") }.sorted().map { legacy.appendingPathComponent($0) }
    }

    /// Runs one input validator on `input`; its stdout and stderr land in `scratch/out` and `scratch/err`.
    static func run(
        _ executable: URL,
        leading: [String],
        folder: URL?,
        isStatic: Bool,
        arguments: [String],
        input: URL,
        sandbox: Sandbox,
        limits: ProblemLimits,
        scratch: URL
    ) throws(JudgeSetupError) -> RunOutcome {
        let root = scratch.appendingPathComponent("root")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Its stdout and stderr land beside the root, in scratch/out and scratch/err, where the reason is read.
        let spec = OutputValidator.programSpec(
            executable, leading: leading, folder: folder, isStatic: isStatic, arguments: arguments, stdin: input,
            root: root)
        do {
            return try sandbox.run(spec, limits: OutputValidator.limits(limits))
        } catch {
            throw .panel(.sandbox(error))
        }
    }
}
