import Foundation
import Sandbox

/// Judges a candidate's own tests of one problem as a reviewer would, with the package's own tools.
///
/// 1. Each input goes to the problem's input validators; one they reject, or that crashes or hangs them, is an
///    invalid test, named with the validator's message.
/// 2. The package's first accepted solution solves each valid input under the problem's limits; an input it
///    fails on (a crash, a timeout) is invalid too. Its output is the right answer, and the output validator
///    judges the candidate's `.ans` against it ("your expected answer for 03 is wrong").
/// 3. The candidate's solution runs on the valid tests, as on any other.
/// 4. Every known-wrong solution (`wrong_answer`, `time_limit_exceeded`, `run_time_error`) runs on the valid
///    tests, sandboxed under the problem's limits; a bug is caught when one makes it fail (the reference
///    passes every valid test by construction). Reference answers and verdicts are cached across candidates
///    (``TestRunCache``).
///
/// A candidate's input never makes this throw: whatever a validator or solution does on it is a result.
struct CandidateTestJudge {
    let judge: Judge

    /// The package's categories of known-wrong solutions, each a bug a good test should expose.
    static let bugCategories = ["wrong_answer", "time_limit_exceeded", "run_time_error"]
    /// A validator's or solution's message kept in the evidence, in characters.
    static let messageCap = 300

    /// The evidence of `tests` (nil: none written) for `problem`; `solution` is the candidate's source.
    func evidence(
        _ tests: CandidateTests?,
        problem: ProblemPackage,
        solution: SourceFile?,
        displayName: String,
        candidate: String
    ) throws(JudgeSetupError) -> TestingEvidence {
        let bugs = problem.submissions.filter { Self.bugCategories.contains($0.category) }
        guard let tests, !tests.tests.isEmpty else {
            return .none(bugsKnown: bugs.count, notes: tests?.notes ?? [])
        }
        var evidence = TestingEvidence.none(bugsKnown: bugs.count, notes: tests.notes)
        evidence.written = tests.tests.count
        evidence.missed = bugs.map { .init(category: $0.category, file: $0.source.lastPathComponent) }
        var rows = tests.tests.map { test in
            TestingEvidence.Test(name: test.name, valid: test.refusal == nil, reason: test.refusal)
        }
        if problem.metadata.interactive || problem.metadata.multiPass || problem.metadata.type == .scoring {
            let kind =
                problem.metadata.interactive
                ? "an interactive" : problem.metadata.multiPass ? "a multi-pass" : "a scoring"
            evidence.notes.append("\(problem.slug) is \(kind) problem: candidate tests are listed, not judged")
            evidence.tests = rows.map { row in
                var row = row
                row.valid = false
                row.reason = row.reason ?? "not judged (\(kind) problem)"
                return row
            }
            return evidence
        }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-tests-\(UUID().uuidString)")
        do throws(PanelError) {
            try TemporaryFolders.make(scratch, permissions: 0o711)
            for folder in ["in", "given", "validate", "validator"] {
                try TemporaryFolders.makeInside(scratch.appendingPathComponent(folder), permissions: 0o711)
            }
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(scratch) }

        // The candidate's files, copied where the sandbox can bind them (readable by the box's user).
        var inputs: [Int: URL] = [:]
        var given: [Int: URL] = [:]
        for (index, test) in tests.tests.enumerated() {
            guard let bytes = test.input else { continue }
            let input = scratch.appendingPathComponent("in/\(index).in")
            try write(bytes, to: input)
            inputs[index] = input
            if let answer = test.answer {
                given[index] = scratch.appendingPathComponent("given/\(index).ans")
                try write(answer, to: scratch.appendingPathComponent("given/\(index).ans"))
            }
        }
        let template = problem.testCases.first { !$0.isSample } ?? problem.testCases.first

        // 1. The input validators.
        for (index, reason) in try validateInputs(
            inputs, problem: problem, template: template, scratch: scratch, &evidence.notes)
        {
            rows[index].valid = false
            rows[index].reason = reason
            inputs[index] = nil
        }

        // 2. The reference solution's answers, and the candidate's expected answers against them.
        let cache = TestRunCache(cache: judge.cache)
        guard let reference = problem.submissions.first(where: { $0.category == "accepted" }) else {
            evidence.notes.append("the package has no accepted solution: expected answers and bugs not checked")
            return finish(evidence, rows: rows)
        }
        let answers = try referenceAnswers(
            inputs, reference: reference, problem: problem, template: template, cache: cache, scratch: scratch,
            &evidence.notes)
        for (index, outcome) in answers {
            if case .failure(let reason) = outcome {
                rows[index].valid = false
                rows[index].reason = reason
            }
        }
        let validator: OutputValidator
        do {
            validator = try ValidatorBuilder.build(
                problem.outputValidator, problem: problem, judge: judge,
                scratch: scratch.appendingPathComponent("validator"))
        } catch .validatorBroken(let reason) {
            evidence.notes.append(
                "the output validator cannot be used (\(reason)): expected answers and bugs not checked")
            return finish(evidence, rows: rows)
        }
        var cases: [(index: Int, testCase: TestCase)] = []
        for (index, outcome) in answers.sorted(by: { $0.key < $1.key }) {
            guard case .answer(let answer) = outcome, let input = inputs[index] else { continue }
            var testCase = TestCase(
                name: rows[index].name, group: "tests", input: input, answer: answer, hint: nil, description: nil,
                validatorArgumentSources: template?.validatorArgumentSources ?? [], generated: nil)
            testCase.arguments = template?.arguments ?? []
            if case .program = validator {
                // A validator that cannot judge the reference's own answer on this input cannot judge anyone on it.
                let own = try check(
                    answer, testCase: testCase, validator: validator, problem: problem, scratch: scratch)
                if own.verdict != .AC {
                    rows[index].valid = false
                    rows[index].reason =
                        "the output validator does not accept the reference solution's answer on it (\(own.verdict.rawValue)"
                        + (own.message.isEmpty ? ")" : ": \(clip(own.message)))")
                    continue
                }
            }
            cases.append((index, testCase))
            guard let expected = given[index] else {
                rows[index].answer = TestingEvidence.Answer.none
                continue
            }
            let judged = try check(
                expected, testCase: testCase, validator: validator, problem: problem, scratch: scratch)
            rows[index].answer = judged.verdict == .AC ? .right : .wrong
            if judged.verdict != .AC {
                rows[index].answerMessage =
                    judged.message.isEmpty
                    ? nil : clip(judged.message.split(separator: "\n").first.map(String.init) ?? "")
            }
        }
        guard !cases.isEmpty else { return finish(evidence, rows: rows) }

        // 3. The candidate's solution on the valid tests.
        var derived = problem
        derived.testCases = cases.map(\.testCase)
        if let solution {
            let report = try judge.judge(
                submission: solution, displayName: displayName, problem: derived,
                options: .init(candidate: candidate))
            if report.compile.ok {
                let verdicts = Dictionary(
                    report.tests.map { ($0.name, $0.verdict) }, uniquingKeysWith: { first, _ in first })
                for (index, _) in cases { rows[index].verdict = verdicts[rows[index].name] }
                evidence.solutionPassed = report.tests.count { $0.verdict == .AC }
            }
        }

        // 4. The known bugs.
        let validatorKey = validatorIdentity(problem, template: template)
        var caught: [TestingEvidence.Bug] = []
        var missed: [TestingEvidence.Bug] = []
        for bug in bugs {
            var entry = TestingEvidence.Bug(category: bug.category, file: bug.source.lastPathComponent)
            if let (test, verdict) = try catches(
                bug, cases: cases.map(\.testCase), problem: derived, validatorKey: validatorKey, cache: cache,
                notes: &evidence.notes)
            {
                entry.test = test
                entry.verdict = verdict
                caught.append(entry)
            } else {
                missed.append(entry)
            }
        }
        evidence.caught = caught
        evidence.missed = missed
        evidence.bugsCaught = caught.count
        return finish(evidence, rows: rows)
    }

    /// Fills in the counts from the rows.
    private func finish(_ evidence: TestingEvidence, rows: [TestingEvidence.Test]) -> TestingEvidence {
        var evidence = evidence
        evidence.tests = rows
        evidence.valid = rows.count(where: \.valid)
        evidence.answers = rows.count { $0.valid && ($0.answer == .right || $0.answer == .wrong) }
        evidence.rightAnswers = rows.count { $0.valid && $0.answer == .right }
        if rows.allSatisfy({ !$0.valid }) { evidence.bugsCaught = 0 }
        return evidence
    }

    // MARK: - Steps

    /// Runs every input validator on every input; returns the reason for each rejected one.
    private func validateInputs(
        _ inputs: [Int: URL],
        problem: ProblemPackage,
        template: TestCase?,
        scratch: URL,
        _ notes: inout [String]
    ) throws(JudgeSetupError) -> [Int: String] {
        var rejected: [Int: String] = [:]
        let work = scratch.appendingPathComponent("validate")
        // A validator's judgement of an input is cached by content: the validators' files, their arguments,
        // the input and the time they may take. A timeout is not cached (it may be the machine's load).
        let cache = TestRunCache(cache: judge.cache)
        let validatorFiles = InputValidation.programs(of: problem).map { TestRunCache.digest(of: $0) }
        var keys: [Int: String] = [:]
        var pending = inputs
        for (index, input) in inputs {
            let key = TestRunCache.key(
                [
                    "inputs 1", "\(problem.metadata.limits.validationTime.milliseconds)",
                    String(describing: template?.inputValidatorArguments ?? .all([])), TestRunCache.digest(of: input),
                ]
                    + validatorFiles)
            keys[index] = key
            guard let known = cache.note(key) else { continue }
            if known != Self.validInput { rejected[index] = known }
            pending[index] = nil
        }
        guard !pending.isEmpty else { return rejected }
        let (validators, skipped, broken) = try InputValidation.build(problem, judge: judge, scratch: work)
        notes += skipped
        notes += broken.map { "input validator \($0): inputs not checked by it" }
        if validators.isEmpty && broken.isEmpty && skipped.isEmpty {
            notes.append("the package has no input validator: inputs are not checked")
        }
        for validator in validators {
            let program = validator.program
            for (index, input) in pending.sorted(by: { $0.key < $1.key }) where rejected[index] == nil {
                for stream in ["out", "err"] {
                    try? FileManager.default.removeItem(at: work.appendingPathComponent(stream))
                }
                let outcome = try InputValidation.run(
                    program.executable, leading: program.leading, folder: program.folder, isStatic: program.isStatic,
                    arguments: template?.inputValidatorArguments.arguments(for: validator.name) ?? [], input: input,
                    sandbox: judge.sandbox, limits: problem.metadata.limits, scratch: work)
                if outcome.wallTimeExceeded || outcome.cpuLimitSignaled {
                    rejected[index] = "the input validator ran out of time on it"
                    keys[index] = nil
                } else if case .signaled = outcome.termination {
                    rejected[index] = "the input validator crashed on it (\(outcome.termination))"
                } else if outcome.termination != .exited(validator.acceptCode) {
                    let message = InputValidation.firstLine(in: work).map { ": \(clip($0))" } ?? ""
                    rejected[index] = "the input validator rejects it (\(outcome.termination))\(message)"
                }
            }
        }
        if broken.isEmpty && skipped.isEmpty {
            for index in pending.keys {
                if let key = keys[index] { cache.record(note: rejected[index] ?? Self.validInput, for: key) }
            }
        }
        return rejected
    }

    /// What the validation cache records for an input every validator accepts.
    static let validInput = "valid"

    /// The reference solution's answer on one input, or why there is none.
    enum ReferenceOutcome {
        case answer(URL)
        case failure(String)
    }

    /// Runs the reference solution on each input (or takes its answer from the cache).
    private func referenceAnswers(
        _ inputs: [Int: URL],
        reference: ReferenceSubmission,
        problem: ProblemPackage,
        template: TestCase?,
        cache: TestRunCache,
        scratch: URL,
        _ notes: inout [String]
    ) throws(JudgeSetupError) -> [Int: ReferenceOutcome] {
        guard !inputs.isEmpty else { return [:] }
        let limits = problem.metadata.limits
        let programKey = programIdentity(reference, problem: problem)
        let arguments = template?.arguments ?? []
        var results: [Int: ReferenceOutcome] = [:]
        var pending: [(Int, URL, String)] = []
        for (index, input) in inputs.sorted(by: { $0.key < $1.key }) {
            let key = TestRunCache.key(
                [
                    "reference 1", programKey, TestRunCache.digest(of: input), "\(limits.timeLimit.milliseconds)",
                    "\(limits.memoryMiB)", "\(limits.outputMiB)",
                ] + arguments)
            let cached = cache.answer(key)
            if FileManager.default.fileExists(atPath: cached.path) {
                results[index] = .answer(cached)
            } else {
                pending.append((index, input, key))
            }
        }
        guard !pending.isEmpty else { return results }
        let builder = ProgramBuilder(
            table: judge.languages, cache: judge.cache, sandbox: judge.sandbox, limits: limits,
            constants: problem.metadata.constants)
        let built = try builder.build(
            reference.source, includes: problem.includes, scratch: scratch.appendingPathComponent("reference"))
        guard built.compile.ok, let program = built.program else {
            notes.append(
                "the reference solution \(reference.source.lastPathComponent) does not compile: answers not checked")
            return results
        }
        let workspace = try RunWorkspace(program: program, isolated: judge.sandbox.hasPrivateRoot)
        defer { workspace.remove() }
        for (index, input, key) in pending {
            let outcome: RunOutcome
            do {
                try workspace.resetScratch()
                outcome = try judge.sandbox.run(
                    workspace.spec(stdin: input, arguments: arguments), limits: Self.solutionLimits(limits))
            } catch let error as SandboxError {
                throw .panel(.sandbox(error))
            } catch {
                throw .panel(error as? PanelError ?? .io(path: workspace.root.path, reason: "\(error)"))
            }
            if let (verdict, detail) = RunClassification.classify(
                outcome, cpuLimit: limits.timeLimit, stderrPrefix: workspace.stderrPrefix())
            {
                results[index] = .failure(
                    "the reference solution gets \(verdict.rawValue) on it (\(detail)): the input is outside what the "
                        + "problem allows")
            } else if let answer = cache.storeAnswer(workspace.stdout, for: key) {
                results[index] = .answer(answer)
            } else {
                throw .panel(.io(path: cache.answer(key).path, reason: "cannot store the reference answer"))
            }
        }
        return results
    }

    /// Whether some test makes the known-wrong solution `bug` fail: the first such test and its verdict.
    private func catches(
        _ bug: ReferenceSubmission,
        cases: [TestCase],
        problem: ProblemPackage,
        validatorKey: String,
        cache: TestRunCache,
        notes: inout [String]
    ) throws(JudgeSetupError) -> (String, Verdict)? {
        let limits = problem.metadata.limits
        let programKey = programIdentity(bug, problem: problem)
        func key(_ testCase: TestCase) -> String {
            TestRunCache.key(
                [
                    "run 1", programKey, TestRunCache.digest(of: testCase.input),
                    TestRunCache.digest(of: testCase.answer),
                    validatorKey, "\(limits.timeLimit.milliseconds)", "\(limits.memoryMiB)", "\(limits.outputMiB)",
                ]
                    + testCase.arguments)
        }
        var uncached: [TestCase] = []
        var found: (String, Verdict)?
        for testCase in cases {
            if let known = cache.verdict(key(testCase)) {
                if known.verdict != .AC && found == nil { found = (testCase.name, known.verdict) }
            } else {
                uncached.append(testCase)
            }
        }
        if let found { return found }
        guard !uncached.isEmpty else { return nil }
        var subset = problem
        subset.testCases = uncached
        // Caught at its first failure: the tests after it would say nothing more.
        let report = try judge.judge(
            source: bug.source, displayName: "\(bug.category)/\(bug.source.lastPathComponent)", problem: subset,
            options: .init(failFast: true))
        guard report.compile.ok else {
            notes.append("\(bug.category)/\(bug.source.lastPathComponent) does not compile: not run on the tests")
            return nil
        }
        let byName = Dictionary(uncached.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for result in report.tests where result.verdict != .JE {
            if let testCase = byName[result.name] {
                cache.record(result.verdict, detail: result.detail, for: key(testCase))
            }
        }
        return report.tests.first { $0.verdict != .AC && $0.verdict != .JE }.map { ($0.name, $0.verdict) }
    }

    // MARK: - Helpers

    /// The limits a solution runs under, as the judge sets them.
    static func solutionLimits(_ limits: ProblemLimits) -> ResourceLimits {
        ResourceLimits(
            cpuTime: limits.timeLimit, wallTime: limits.timeLimit * 2 + .seconds(1),
            memoryBytes: limits.memoryMiB << 20, outputBytes: limits.outputMiB << 20, processCount: 64)
    }

    /// What identifies a package solution's program: its files, the included files and the constants
    /// substituted into them, and the languages table.
    private func programIdentity(_ submission: ReferenceSubmission, problem: ProblemPackage) -> String {
        let includes = problem.includes.keys.sorted().flatMap { language in
            [language] + (problem.includes[language] ?? []).map { TestRunCache.digest(of: $0) }
        }
        let constants = problem.metadata.constants.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return TestRunCache.key(
            [submission.source.lastPathComponent, TestRunCache.digest(of: submission.source)] + includes + constants)
    }

    /// What identifies the output validator's judgement: its files and the arguments it gets.
    private func validatorIdentity(_ problem: ProblemPackage, template: TestCase?) -> String {
        let arguments = (template?.validatorArguments ?? []).joined(separator: "\0")
        switch problem.outputValidator {
        case .standard: return "standard\0" + arguments
        case .program(let url): return TestRunCache.digest(of: url) + "\0" + arguments
        }
    }

    /// The output validator's verdict on `output` for `testCase`; a failing validator is a JE outcome.
    private func check(
        _ output: URL,
        testCase: TestCase,
        validator: OutputValidator,
        problem: ProblemPackage,
        scratch: URL
    ) throws(JudgeSetupError) -> ValidatorOutcome {
        let work = scratch.appendingPathComponent("validator/run")
        try? FileManager.default.removeItem(at: work)
        do {
            try TemporaryFolders.makeInside(work, permissions: 0o700)
            return try validator.judge(
                output: output, testCase: testCase, sandbox: judge.sandbox, limits: problem.metadata.limits,
                scratch: work)
        } catch {
            throw .panel(error)
        }
    }

    private func write(_ bytes: [UInt8], to url: URL) throws(JudgeSetupError) {
        guard
            FileManager.default.createFile(
                atPath: url.path, contents: Data(bytes), attributes: [.posixPermissions: 0o644])
        else {
            throw .panel(.io(path: url.path, reason: "cannot write a copy of the candidate's test"))
        }
    }

    private func clip(_ text: String) -> String {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return line.count > Self.messageCap ? String(line.prefix(Self.messageCap)) + "…" : line
    }
}
