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
    /// The contents of `score.txt`, if the validator wrote one: the case's score (scoring problems).
    public var score: Double?
    /// The contents of `score_multiplier.txt`: the fraction of the case's maximum score earned (2023-07).
    public var scoreMultiplier: Double?
    /// `nextpass.in` in the feedback folder (multi-pass problems): the input of the solution's next pass.
    public var nextPass: URL?

    /// An outcome with no score files.
    public init(verdict: Verdict, message: String, score: Double? = nil, scoreMultiplier: Double? = nil) {
        self.verdict = verdict
        self.message = message
        self.score = score
        self.scoreMultiplier = scoreMultiplier
    }
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
        scratch: URL,
        keepFeedback: Bool = false
    ) throws(PanelError) -> ValidatorOutcome {
        switch self {
        case .standard:
            return try judgeWithDefault(output: output, testCase: testCase)
        case .program(let executable, let leading, let folder, let isStatic):
            return try judgeWithProgram(
                executable, leading: leading, folder: folder, isStatic: isStatic,
                arguments: testCase.validatorArguments, output: output, testCase: testCase, sandbox: sandbox,
                limits: problemLimits, scratch: scratch, keepFeedback: keepFeedback)
        }
    }

    private func judgeWithDefault(output: URL, testCase: TestCase) throws(PanelError) -> ValidatorOutcome {
        let options: DefaultValidatorOptions
        do {
            options = try DefaultValidatorOptions(sources: testCase.validatorArgumentSources)
        } catch {
            return ValidatorOutcome(verdict: .JE, message: error.description)
        }
        guard let answer = FileManager.default.contents(atPath: testCase.answer.path) else {
            throw .io(path: testCase.answer.path, reason: "cannot read the answer file")
        }
        let produced = FileManager.default.contents(atPath: output.path) ?? Data()
        let judgement = DefaultOutputValidator.judge(output: Array(produced), answer: Array(answer), options: options)
        return ValidatorOutcome(verdict: judgement.accepted ? .AC : .WA, message: judgement.message)
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
        scratch: URL,
        keepFeedback: Bool
    ) throws(PanelError) -> ValidatorOutcome {
        let run = try ProgramRun(
            executable, leading: leading, folder: folder, isStatic: isStatic, arguments: arguments, stdin: output,
            testCase: testCase, sandbox: sandbox, limits: problemLimits, scratch: scratch, keepFeedback: keepFeedback)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(run.spec, limits: run.limits)
        } catch {
            throw .sandbox(error)
        }
        return run.interpret(outcome)
    }

    /// One run of a program validator on one case: its process, its limits and its feedback folder.
    struct ProgramRun {
        var spec: ProcessSpec
        let limits: ResourceLimits
        let feedback: URL

        init(
            _ executable: URL,
            leading: [String],
            folder: URL?,
            isStatic: Bool,
            arguments: [String],
            stdin: URL,
            testCase: TestCase,
            sandbox: Sandbox,
            limits problemLimits: ProblemLimits,
            scratch: URL,
            keepFeedback: Bool = false
        ) throws(PanelError) {
            feedback = scratch.appendingPathComponent("feedback")
            let root = scratch.appendingPathComponent("root")
            // A multi-pass validator keeps its feedback folder from pass to pass (its notes to itself).
            if !keepFeedback { try? FileManager.default.removeItem(at: feedback) }
            // The sandbox hands the feedback folder (a writable bind) to the validator's box.
            try TemporaryFolders.makeInside(feedback)
            try TemporaryFolders.makeInside(root)
            // The validator sees its input, the answer and its feedback folder at fixed paths, and (if it is
            // not a static binary of Panel's) the system's folders and its own; never other cases or submissions.
            let paths =
                sandbox.hasPrivateRoot
                ? ["/judge/input", "/judge/answer", "/judge/feedback/"]
                : [testCase.input.path, testCase.answer.path, feedback.path + "/"]
            spec = OutputValidator.programSpec(
                executable, leading: leading, folder: folder, isStatic: isStatic, arguments: paths + arguments,
                stdin: stdin, root: root,
                binds: [
                    ProcessSpec.Bind(testCase.input.path, at: "/judge/input"),
                    ProcessSpec.Bind(testCase.answer.path, at: "/judge/answer"),
                    ProcessSpec.Bind(feedback.path, at: "/judge/feedback", writable: true),
                ])
            spec.workingDirectory = sandbox.hasPrivateRoot ? nil : scratch.path
            limits = OutputValidator.limits(problemLimits)
        }

        /// The judgement of a finished run: its exit code (42 AC, 43 WA, else JE) and feedback files.
        func interpret(_ outcome: RunOutcome) -> ValidatorOutcome {
            let judgeMessage = OutputValidator.feedback("judgemessage.txt", in: feedback)
            let message = judgeMessage.note ?? judgeMessage.text
            if outcome.wallTimeExceeded || outcome.cpuTime > limits.cpuTime {
                return ValidatorOutcome(verdict: .JE, message: "output validator timed out")
            }
            let verdict: Verdict
            switch outcome.termination {
            case .exited(42): verdict = .AC
            case .exited(43): verdict = .WA
            default:
                let stderr = OutputValidator.read(URL(fileURLWithPath: spec.stderrPath))
                let detail = stderr.isEmpty ? "" : ": " + stderr
                return ValidatorOutcome(
                    verdict: .JE, message: "output validator ended with \(outcome.termination), not 42 or 43\(detail)")
            }
            var result = ValidatorOutcome(verdict: verdict, message: message)
            let next = feedback.appendingPathComponent("nextpass.in")
            // The validator is the author's code, but the file is read as data only: a regular file, no link.
            if let kind = try? FileManager.default.attributesOfItem(atPath: next.path)[.type] as? FileAttributeType,
                kind == .typeRegular
            {
                result.nextPass = next
            }
            for (file, keyPath) in [
                ("score.txt", \ValidatorOutcome.score), ("score_multiplier.txt", \.scoreMultiplier),
            ] {
                let (text, note) = OutputValidator.feedback(file, in: feedback)
                if let note { return ValidatorOutcome(verdict: .JE, message: note) }
                if text.isEmpty { continue }
                guard let value = Double(text), value.isFinite, value >= 0 else {
                    return ValidatorOutcome(
                        verdict: .JE, message: "\(file) holds '\(text)', not a non-negative number")
                }
                result[keyPath: keyPath] = value
            }
            return result
        }
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
            stderrPath: beside.appendingPathComponent("err").path, role: .judge, privateRoot: root.path,
            executableAsProgram: isStatic, binds: allBinds)
    }

    /// Bytes of a feedback file or a validator's stderr that reports keep.
    static let feedbackCapBytes = 4096

    /// The start of a file Panel created for a program's output (its stderr), read without following a link.
    static func read(_ url: URL) -> String {
        let bytes =
            (try? UntrustedFile.read(path: url.path, capBytes: feedbackCapBytes, truncating: true)) ?? []
        return String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Reads the feedback file `name` a validator wrote in `folder` (or a solution planted there): never through
    /// a link, never a FIFO or a device, at most ``feedbackCapBytes``. A missing file is empty text; one that is
    /// there but is not a regular file is not read, and `note` says why.
    static func feedback(_ name: String, in folder: URL) -> (text: String, note: String?) {
        do {
            let directory = try UntrustedFolder(folder, display: "feedback")
            let bytes = try directory.read(name, capBytes: feedbackCapBytes, truncating: true)
            return (String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), nil)
        } catch .missing {
            return ("", nil)
        } catch {
            return ("", "\(name) \(error.reason): not read")
        }
    }
}
