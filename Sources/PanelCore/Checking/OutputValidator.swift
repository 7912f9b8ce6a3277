import Foundation
import Sandbox

/// A problem's output validator, ready to judge outputs: the default one in-process, or a program.
public enum OutputValidator: Sendable {
    /// The ICPC default output validator.
    case standard
    /// A program speaking the ICPC output-validator protocol: `executable`, then `leading` arguments (a
    /// script for an interpreter), then the ICPC paths and flags. `isStatic` marks a static binary Panel
    /// built (it runs with nothing but its inputs in view); other programs also see the system's folders
    /// and their own `folder`, read-only.
    case program(executable: URL, leading: [String], folder: URL?, isStatic: Bool)
}

/// What a validator said about one output.
public struct ValidatorOutcome: Sendable, Equatable {
    /// AC, WA or JE.
    public var verdict: Verdict
    /// `judgemessage.txt`, the default validator's message, or why the validator failed (JE).
    public var message: String
    /// The contents of `score.txt`, if the validator wrote one.
    public var score: Double?
}

extension OutputValidator {
    /// Limits for a validator run; validators are the author's code, trusted but still capped.
    static func limits(_ problem: ProblemLimits) -> ResourceLimits {
        ResourceLimits(
            cpuTime: problem.validationTime, wallTime: problem.validationTime * 2,
            memoryBytes: problem.validationMemoryMiB << 20, stackBytes: 256 << 20, outputBytes: 8 << 20,
            processCount: 64)
    }

    /// Judges `output` for `testCase`.
    ///
    /// - Parameters:
    ///   - scratch: a folder Panel owns, for the feedback directory and the validator's own output.
    /// - Returns: the outcome; a failing validator is a JE outcome, never a thrown error.
    func judge(
        output: URL,
        testCase: TestCase,
        sandbox: Sandbox,
        limits problemLimits: ProblemLimits,
        scratch: URL
    ) throws(PanelError) -> ValidatorOutcome {
        switch self {
        case .standard:
            return try judgeWithDefault(output: output, testCase: testCase)
        case .program(let executable, let leading, let folder, let isStatic):
            return try judgeWithProgram(
                executable, leading: leading, folder: folder, isStatic: isStatic,
                arguments: testCase.validatorArguments, output: output, testCase: testCase, sandbox: sandbox,
                limits: problemLimits, scratch: scratch)
        }
    }

    private func judgeWithDefault(output: URL, testCase: TestCase) throws(PanelError) -> ValidatorOutcome {
        let options: DefaultValidatorOptions
        do {
            options = try DefaultValidatorOptions(arguments: testCase.validatorArguments, file: "problem.yaml")
        } catch {
            return ValidatorOutcome(verdict: .JE, message: error.description, score: nil)
        }
        guard let answer = FileManager.default.contents(atPath: testCase.answer.path) else {
            throw .io(path: testCase.answer.path, reason: "cannot read the answer file")
        }
        let produced = FileManager.default.contents(atPath: output.path) ?? Data()
        let judgement = DefaultOutputValidator.judge(output: Array(produced), answer: Array(answer), options: options)
        return ValidatorOutcome(verdict: judgement.accepted ? .AC : .WA, message: judgement.message, score: nil)
    }

    private func judgeWithProgram(
        _ executable: URL,
        leading: [String],
        folder: URL?,
        isStatic: Bool,
        arguments: [String],
        output: URL,
        testCase: TestCase,
        sandbox: Sandbox,
        limits problemLimits: ProblemLimits,
        scratch: URL
    ) throws(PanelError) -> ValidatorOutcome {
        let feedback = scratch.appendingPathComponent("feedback")
        let root = scratch.appendingPathComponent("root")
        do {
            try? FileManager.default.removeItem(at: feedback)
            try FileManager.default.createDirectory(at: feedback, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            if geteuid() == 0 {
                let id = NSNumber(value: Sandbox.unprivilegedID)
                try FileManager.default.setAttributes(
                    [.ownerAccountID: id, .groupOwnerAccountID: id], ofItemAtPath: feedback.path)
            }
        } catch {
            throw .io(path: feedback.path, reason: error.localizedDescription)
        }
        // The validator sees its input, the answer and its feedback folder at fixed paths, and (if it is not
        // a static binary of Panel's) the system's folders and its own; never other cases or submissions.
        let paths =
            sandbox.hasPrivateRoot
            ? ["/judge/input", "/judge/answer", "/judge/feedback/"]
            : [testCase.input.path, testCase.answer.path, feedback.path + "/"]
        var spec = Self.programSpec(
            executable, leading: leading, folder: folder, isStatic: isStatic, arguments: paths + arguments,
            stdin: output, root: root,
            binds: [
                ProcessSpec.Bind(testCase.input.path, at: "/judge/input"),
                ProcessSpec.Bind(testCase.answer.path, at: "/judge/answer"),
                ProcessSpec.Bind(feedback.path, at: "/judge/feedback", writable: true),
            ])
        spec.workingDirectory = sandbox.hasPrivateRoot ? nil : scratch.path
        let limits = Self.limits(problemLimits)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        let message = Self.read(feedback.appendingPathComponent("judgemessage.txt"))
        if outcome.wallTimeExceeded || outcome.cpuTime > limits.cpuTime {
            return ValidatorOutcome(verdict: .JE, message: "output validator timed out", score: nil)
        }
        let verdict: Verdict
        switch outcome.termination {
        case .exited(42): verdict = .AC
        case .exited(43): verdict = .WA
        default:
            let stderr = Self.read(URL(fileURLWithPath: spec.stderrPath))
            let detail = stderr.isEmpty ? "" : ": " + stderr
            return ValidatorOutcome(
                verdict: .JE, message: "output validator ended with \(outcome.termination), not 42 or 43\(detail)",
                score: nil)
        }
        var score: Double?
        let scoreText = Self.read(feedback.appendingPathComponent("score.txt"))
        if !scoreText.isEmpty {
            guard let value = Double(scoreText), value.isFinite else {
                return ValidatorOutcome(
                    verdict: .JE, message: "score.txt holds '\(scoreText)', not a number", score: nil)
            }
            score = value
        }
        return ValidatorOutcome(verdict: verdict, message: message, score: score)
    }

    /// The process of a program validator (output or input): its executable, as /program when it is a static
    /// binary Panel built, in a private root at `root` holding `binds`, plus the system's folders and its own
    /// folder when it is not static. Its stdout and stderr go to `out` and `err` beside `root`.
    static func programSpec(
        _ executable: URL,
        leading: [String],
        folder: URL?,
        isStatic: Bool,
        arguments: [String],
        stdin: URL,
        root: URL,
        binds: [ProcessSpec.Bind] = []
    ) -> ProcessSpec {
        var allBinds = binds
        if !isStatic {
            allBinds += ProcessSpec.systemBinds + (folder.map { [ProcessSpec.Bind($0.path)] } ?? [])
        }
        let beside = root.deletingLastPathComponent()
        return ProcessSpec(
            executable: executable.path, arguments: leading + arguments,
            environment: [
                "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "SWIFT_BACKTRACE=enable=no", "HOME=/tmp", "TMPDIR=/tmp",
            ],
            stdinPath: stdin.path, stdoutPath: beside.appendingPathComponent("out").path,
            stderrPath: beside.appendingPathComponent("err").path, privateRoot: root.path,
            executableAsProgram: isStatic, binds: allBinds)
    }

    private static func read(_ url: URL) -> String {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
