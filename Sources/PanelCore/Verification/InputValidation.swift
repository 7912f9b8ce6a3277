import Foundation
import Sandbox

/// Runs a package's input validators (ICPC contract: the input on stdin, exit 42 when it is valid) on
/// every test input.
enum InputValidation {
    /// An input validator ready to run, and the exit code by which it accepts.
    struct Runnable {
        var name: String
        var program: RunnableProgram
        /// 42 for ICPC validators; 0 for checktestdata and viva.
        var acceptCode: Int32
    }

    /// Tools that run validators written in their own language (file extension, tool, accepting exit code).
    static let validatorTools: [(extension: String, tool: String, acceptCode: Int32)] = [
        ("ctd", "checktestdata", 0), ("viva", "viva", 0),
    ]

    static func run(_ problem: ProblemPackage, judge: Judge) throws(JudgeSetupError) -> InputValidationSummary {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-verify-\(UUID().uuidString)")
        do {
            try TemporaryFolders.make(scratch)
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(scratch) }
        let (validators, notes, broken) = try build(problem, judge: judge, scratch: scratch)
        var rejections = broken
        // Every validator on every input, `--jobs` at a time, each job in a scratch folder of its own;
        // rejections are listed in the order one job would find them.
        let checks = validators.flatMap { validator in problem.testCases.map { (validator, $0) } }
        let workers = max(1, min(judge.jobs, checks.count))
        let folders = (0..<workers).map { scratch.appendingPathComponent("job-\($0)") }
        for folder in folders {
            do {
                try TemporaryFolders.makeInside(folder)
            } catch {
                throw .panel(error)
            }
        }
        try ParallelCases.run(
            count: checks.count, workers: workers, stops: { _ in false },
            work: { (index, worker) throws(JudgeSetupError) -> String? in
                let (validator, testCase) = checks[index]
                return try judge.slots.withSlot { _ throws(JudgeSetupError) in
                    try verdict(
                        validator, input: testCase.input,
                        arguments: testCase.inputValidatorArguments.arguments(for: validator.name), problem: problem,
                        judge: judge, scratch: folders[worker])
                }.map { "\(validator.name) on \(testCase.name): \($0)" }
            },
            deliver: { _, rejection in
                if let rejection { rejections.append(rejection) }
            })
        var summary = InputValidationSummary(
            validators: validators.count, inputs: problem.testCases.count, rejections: rejections)
        summary.notes = notes
        summary.skipped = notes.count
        summary.broken = broken.count
        return summary
    }

    /// Builds every input validator of `problem` in `scratch`: the ones that run, notes on the ones this
    /// machine cannot run (skipped), and the ones that do not build (failures).
    static func build(_ problem: ProblemPackage, judge: Judge, scratch: URL) throws(JudgeSetupError) -> (
        [Runnable], notes: [String], broken: [String]
    ) {
        var runnables: [Runnable] = []
        var notes: [String] = []
        var broken: [String] = []
        for (index, original) in programs(of: problem).enumerated() {
            let name = original.lastPathComponent
            // Built from a copy with the constants substituted (the spec: validators use them too).
            let location = try ValidatorBuilder.substitutingConstants(
                original, problem: problem, scratch: scratch)
            if let special = validatorTools.first(where: { $0.extension == location.pathExtension }) {
                guard let tool = ToolRun.find([special.tool], path: Language.toolPath) else {
                    notes.append("input validator \(name): skipped: no \(special.tool) on this machine")
                    continue
                }
                let program = RunnableProgram(
                    executable: URL(fileURLWithPath: tool), leading: [location.path],
                    folder: location.deletingLastPathComponent(), isStatic: false, language: special.tool)
                runnables.append(Runnable(name: name, program: program, acceptCode: special.acceptCode))
                continue
            }
            let builder = ProgramBuilder(
                table: judge.languages, cache: judge.cache, sandbox: judge.sandbox, limits: problem.metadata.limits)
            do {
                let built = try builder.build(location, scratch: scratch.appendingPathComponent("build-\(index)"))
                guard let program = built.program else {
                    let diagnostics = built.compile.diagnostics.replacingOccurrences(
                        of: location.path, with: original.path)
                    broken.append("\(name): cannot be built: \(diagnostics)")
                    continue
                }
                runnables.append(Runnable(name: name, program: program, acceptCode: 42))
            } catch .languageUnavailable(_, let reason) {
                notes.append("input validator \(name): skipped: \(reason)")
            }
        }
        return (runnables, notes, broken)
    }

    /// Why `validator` rejects `input`, or nil when it accepts it.
    static func verdict(
        _ validator: Runnable,
        input: URL,
        arguments: [String],
        problem: ProblemPackage,
        judge: Judge,
        scratch: URL
    ) throws(JudgeSetupError) -> String? {
        let program = validator.program
        let outcome = try run(
            program.executable, leading: program.leading, folder: program.folder, isStatic: program.isStatic,
            arguments: arguments, input: input, sandbox: judge.sandbox, limits: problem.metadata.limits,
            scratch: scratch)
        if outcome.termination == .exited(validator.acceptCode) { return nil }
        return "\(outcome.termination)" + (firstLine(in: scratch).map { ": \($0)" } ?? "")
    }

    /// A validator's reason: whatever the run in `scratch` printed first, on stdout, else on stderr.
    static func firstLine(in scratch: URL) -> String? {
        ["out", "err"].lazy.compactMap { stream in
            let text = (try? String(contentsOf: scratch.appendingPathComponent(stream), encoding: .utf8)) ?? ""
            return text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").first.map(String.init)
        }.first
    }

    /// `input_validator/` (2023-07, one program) or each entry of `input_validators/` (legacy).
    static func programs(of problem: ProblemPackage) -> [URL] {
        let single = problem.directory.appendingPathComponent("input_validator")
        if FileManager.default.fileExists(atPath: single.path) { return [ProblemLoader.programFolder(single)] }
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
        try? TemporaryFolders.makeInside(root)
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
