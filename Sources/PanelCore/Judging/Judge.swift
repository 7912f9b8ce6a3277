import Foundation
import Sandbox

/// Something the judge reports while it works, for progress output.
public enum JudgeEvent: Sendable {
    /// Generated test data is being made (not sent when it is all in the cache).
    case preparing(String)
    /// Compilation started (not sent for a cache hit).
    case compiling
    /// Compilation finished.
    case compiled(CompileResult)
    /// A test case is about to run; `index` counts from 1.
    case running(index: Int, total: Int, name: String)
    /// A test case finished.
    case finished(TestResult)
}

/// Judges one submission against one problem: compile once, run every test in a fresh process, validate.
public struct Judge: Sendable {
    /// The sandbox every program runs in.
    public let sandbox: Sandbox
    /// The compile cache.
    public let cache: CompileCache
    /// How programs in each language are built and run.
    public let languages: LanguageTable
    /// How many cases of one submission run at once, each in a box of its own (`--jobs`); 1 runs them in turn.
    public var jobs = 1
    /// The CPUs the jobs are pinned to, from ``Sandbox/reserve(jobs:)``; nil: not pinned, nothing said.
    public var cpuPlan: CPUPlan?
    /// The command's whole `--jobs` budget, shared by every copy of this judge: cases, compilations and input
    /// validations of parallel submissions, problems and rounds take a slot each, so no more than `jobs` run.
    public var slots = JobSlots(count: 1)

    /// Creates a judge.
    public init(sandbox: Sandbox, cache: CompileCache, languages: LanguageTable = .builtin) {
        self.sandbox = sandbox
        self.cache = cache
        self.languages = languages
    }

    /// Options for one judging.
    public struct Options: Sendable {
        /// Stop at the first test that is not accepted.
        public var failFast = false
        /// Candidate name for the report.
        public var candidate: String?
        /// Hold the source to `limits.code` (a candidate's); verify, like problemtools, does not hold the
        /// author's reference solutions to it (DOMjudge's hangman ships a 144 KiB word list as one).
        public var checksCodeSize = true
        /// The language the program is in, by its id in the table (`python3`), instead of the one its files
        /// suggest (submissions.yaml `language`).
        public var language: String?
        /// The file a folder program starts from (submissions.yaml `entrypoint`), instead of the table's choice.
        public var entrypoint: String?
        /// Refuse, as a compile error, a submission with a file name the judges refuse (``refusedFileName(_:)``):
        /// verify holds a package's submissions to it; a candidate's own file is Panel's to name.
        public var checksFileNames = false
        /// Run this submission's cases up to `--jobs` at once. A caller with other judgings to run beside this
        /// one (verify) turns it off for a fail-fast judging: a case started beside the first failure is thrown
        /// away, and a slow solution's second time-limit-exceeded case costs as much as its first.
        public var casesInParallel = true

        /// Default options: run every test.
        public init(failFast: Bool = false, candidate: String? = nil, checksCodeSize: Bool = true) {
            self.failFast = failFast
            self.candidate = candidate
            self.checksCodeSize = checksCodeSize
        }
    }

    /// Judges `submission`, already read (a candidate's file is read through ``UntrustedFile``), against
    /// `problem`: its bytes are written to a private folder under their own name, and that copy is judged,
    /// so nothing the candidate's folder holds is opened again.
    ///
    /// - Returns: the report; every verdict, including CE and JE, is a result.
    /// - Throws: ``JudgeSetupError`` for an invalid package or a failure of Panel itself.
    public func judge(
        submission: SourceFile,
        displayName: String,
        problem: ProblemPackage,
        options: Options = Options(),
        progress: (JudgeEvent) -> Void = { _ in }
    ) throws(JudgeSetupError) -> SubmissionReport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-source-\(UUID().uuidString)")
        let copy = folder.appendingPathComponent((submission.name as NSString).lastPathComponent)
        do {
            try TemporaryFolders.make(folder, permissions: 0o700)
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(folder) }
        do {
            try Data(submission.contents).write(to: copy)
        } catch {
            throw .panel(.io(path: copy.path, reason: error.localizedDescription))
        }
        return try judge(source: copy, displayName: displayName, problem: problem, options: options, progress: progress)
    }

    /// Judges the file or program folder `source` (a file Panel may trust, such as a package's own solution)
    /// against `problem`.
    ///
    /// - Returns: the report; every verdict, including CE and JE, is a result.
    /// - Throws: ``JudgeSetupError`` for an invalid package or a failure of Panel itself.
    public func judge(
        source: URL,
        displayName: String,
        problem: ProblemPackage,
        options: Options = Options(),
        progress: (JudgeEvent) -> Void = { _ in }
    ) throws(JudgeSetupError) -> SubmissionReport {
        // One time-limit rule for submit, loop and verify: a limit nobody stated is derived (or taken from the
        // cache) before anything is judged.
        let problem = try TimeLimitRule(judge: self).resolve(problem) { progress(.preparing($0)) }
        let limits = problem.metadata.limits
        var report = SubmissionReport(
            problem: problem.slug, title: problem.title, source: displayName, candidate: options.candidate,
            verdict: .CE, score: nil, scoring: nil,
            compile: .init(ok: false, seconds: 0, diagnostics: "", cached: false), tests: [],
            limits: .init(
                timeMilliseconds: limits.timeLimit.milliseconds, timeLimitSource: limits.timeLimitSource,
                memoryKiB: limits.memoryMiB * 1024, outputKiB: limits.outputMiB * 1024),
            sandbox: sandbox.isolation, failFast: options.failFast)
        // How many of this submission's cases run at once, each with a workspace of its own.
        let caseWorkers = max(1, min(options.casesInParallel ? jobs : 1, problem.testCases.count))
        report.sandbox.jobs = caseWorkers
        report.sandbox.cpus = cpuPlan?.judging
        report.sandbox.pinning = cpuPlan?.summary

        if options.checksCodeSize, let size = Self.sourceBytes(source), size > limits.codeKiB * 1024 {
            report.compile.diagnostics =
                "source is \(size / 1024) KiB; the limit (limits.code) is \(limits.codeKiB) KiB"
            return report
        }
        if options.checksFileNames, let refusal = Self.refusedFileName(source) {
            report.compile.diagnostics = refusal
            return report
        }
        if let allowed = problem.metadata.languages,
            let language = languages.detect(ProgramBuilder.files(of: source))?.language,
            !allowed.contains(language.id)
        {
            throw .languageUnavailable(
                file: source.path,
                reason: "\(language.name) (\(language.id)) is not among the languages problem.yaml allows: "
                    + allowed.joined(separator: ", "))
        }
        try GeneratedData.materialize(problem, judge: self) { progress(.preparing($0)) }
        progress(.compiling)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-build-\(UUID().uuidString)")
        do {
            try TemporaryFolders.make(scratch)
        } catch {
            throw .panel(error)
        }
        defer { TemporaryFolders.remove(scratch) }
        let builder = ProgramBuilder(
            table: languages, cache: cache, sandbox: sandbox, limits: limits, constants: problem.metadata.constants)
        let built = try slots.withSlot { _ throws(JudgeSetupError) in
            try builder.build(
                source, includes: problem.includes, scratch: scratch, language: options.language,
                entrypoint: options.entrypoint)
        }
        let compiled = built.compile
        progress(.compiled(compiled))
        report.compile = .init(
            ok: compiled.ok, seconds: compiled.seconds, diagnostics: compiled.diagnostics, cached: compiled.cached)
        guard compiled.ok, let program = built.program else { return report }

        // One workspace per worker: a case's output, stderr and scratch folder are its own while it runs.
        var workspaces: [RunWorkspace] = []
        defer { for workspace in workspaces { workspace.remove() } }
        for _ in 0..<caseWorkers {
            // Its CPU is the one of the slot each case takes (see runBest).
            workspaces.append(
                try RunWorkspace(
                    program: program, isolated: sandbox.hasPrivateRoot,
                    writableWorkingDirectory: problem.metadata.allowsFileWriting))
        }
        let workspace = workspaces[0]
        // A validator that does not build or rejects the reference answer makes every case JE: the
        // candidate's runs are still measured, but no output is judged by a checker that cannot be trusted.
        var validator = OutputValidator.standard
        var brokenValidator: String?
        // A custom validator may take many seconds to build: progress names the step.
        progress(.preparing("building and self-testing the output validator"))
        do {
            validator = try slots.withSlot { _ throws(JudgeSetupError) in
                let built = try ValidatorBuilder.build(
                    problem.outputValidator, problem: problem, judge: self, scratch: workspace.root)
                try selfTest(built, problem: problem, workspace: workspace)
                return built
            }
        } catch .validatorBroken(let reason) {
            brokenValidator = reason
        }

        let cases = problem.testCases
        if workspaces.count == 1 {
            for (index, testCase) in cases.enumerated() {
                progress(.running(index: index + 1, total: cases.count, name: testCase.name))
                let result = try runBest(
                    testCase, validator: validator, brokenValidator: brokenValidator, problem: problem,
                    workspace: workspace)
                report.tests.append(result)
                progress(.finished(result))
                if options.failFast && result.verdict != .AC { break }
            }
        } else {
            // Folded in case order: the report is the one a single worker writes, timings aside.
            let failFast = options.failFast
            try ParallelCases.run(
                count: cases.count, workers: workspaces.count,
                stops: { failFast && $0.verdict != .AC },
                work: { [self, workspaces, validator, brokenValidator] (index, worker) throws(JudgeSetupError) in
                    try runBest(
                        cases[index], validator: validator, brokenValidator: brokenValidator, problem: problem,
                        workspace: workspaces[worker])
                },
                waiting: { progress(.running(index: $0 + 1, total: cases.count, name: cases[$0].name)) },
                deliver: { _, result in
                    report.tests.append(result)
                    progress(.finished(result))
                })
        }
        report.verdict = report.firstFailure?.verdict ?? .AC
        if problem.metadata.type == .scoring {
            let summary = ScoreAggregation.aggregate(&report.tests, problem: problem)
            report.score = summary.score
            report.scoring = summary
            // A legacy grader may accept what some case rejected (always_accept, accept_if_any_accepted).
            if let graded = summary.graderVerdict { report.verdict = graded }
        }
        return report
    }

    /// The size of a source file, or of a program folder's files together.
    /// Why the submission at `source` cannot be submitted, or nil: DOMjudge takes only file names of
    /// letters, digits, `_`, `.`, `+` and `-`, not starting with `.`, `+` or `-` (its `FILENAME_REGEX`;
    /// BAPCtools' is the same without `+`), and refuses the submission otherwise.
    static func refusedFileName(_ source: URL) -> String? {
        let isPlain = { (byte: UInt8) in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
        let refused = ProgramBuilder.files(of: source).map(\.lastPathComponent).first { name in
            let bytes = Array(name.utf8)
            guard let first = bytes.first, isPlain(first) else { return true }
            return !bytes.allSatisfy { isPlain($0) || Array("+.-".utf8).contains($0) }
        }
        return refused.map {
            "file name '\($0)' is not one a judge takes: DOMjudge and BAPCtools accept letters, digits and _ . + - "
                + "only (not first: . + -), and refuse the submission"
        }
    }

    static func sourceBytes(_ source: URL) -> Int? {
        let files = ProgramBuilder.files(of: source)
        guard !files.isEmpty else { return nil }
        return files.reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)
        }
    }

    /// The validator must accept the reference answer of the first case before it judges anyone.
    private func selfTest(
        _ validator: OutputValidator,
        problem: ProblemPackage,
        workspace: RunWorkspace
    ) throws(JudgeSetupError) {
        // An interactive validator talks to a solution, and a multi-pass one judges passes, not the answer:
        // the answer file cannot stand in for either.
        guard case .program = validator, !problem.metadata.interactive, !problem.metadata.multiPass,
            let first = problem.testCases.first
        else {
            return
        }
        let outcome: ValidatorOutcome
        do {
            outcome = try validator.judge(
                output: first.answer, testCase: first, sandbox: sandbox, limits: problem.metadata.limits,
                scratch: workspace.validatorScratch)
        } catch {
            throw .panel(error)
        }
        if outcome.verdict != .AC {
            let reason = outcome.message.isEmpty ? "" : ": \(outcome.message)"
            throw .validatorBroken(
                "the output validator of \(problem.slug) gives \(outcome.verdict.rawValue) on the reference answer "
                    + "of \(first.name), so it cannot be trusted\(reason)")
        }
    }

    /// One case, in as many passes as a multi-pass validator asks for (one otherwise): each accepted pass
    /// whose validator wrote `nextpass.in` runs the solution again with it as the input (of both the solution
    /// and the validator), as BAPCtools does; the validator's feedback folder is kept between passes.
    /// One case, re-run while its CPU time is borderline (see ``BorderlineReruns``).
    private func runBest(
        _ testCase: TestCase,
        validator: OutputValidator,
        brokenValidator: String?,
        problem: ProblemPackage,
        workspace: RunWorkspace
    ) throws(JudgeSetupError) -> TestResult {
        // The slot is held through the re-runs and the validation: a case and its checks are one job.
        try slots.withSlot { cpus throws(JudgeSetupError) in
            var pinned = workspace
            if cpus != nil { pinned.cpus = cpus }
            let limit = problem.metadata.limits.timeLimit
            return try BorderlineReruns.best(limit: limit) { wallTime throws(JudgeSetupError) in
                try runPasses(
                    testCase, validator: validator, brokenValidator: brokenValidator, problem: problem,
                    workspace: pinned, wallTime: wallTime)
            }
        }
    }

    private func runPasses(
        _ testCase: TestCase,
        validator: OutputValidator,
        brokenValidator: String?,
        problem: ProblemPackage,
        workspace: RunWorkspace,
        wallTime: Duration
    ) throws(JudgeSetupError) -> TestResult {
        let passes = problem.metadata.multiPass ? problem.metadata.limits.validationPasses : 1
        var current = testCase
        var total = try run(
            current, validator: validator, brokenValidator: brokenValidator, problem: problem, workspace: workspace,
            wallTime: wallTime, keepFeedback: false)
        var pass = 1
        while problem.metadata.multiPass, total.verdict == .AC, let next = total.validatorScore?.nextPass {
            total.validatorScore?.nextPass = nil
            if pass == passes {
                total.verdict = .JE
                total.message =
                    "the output validator asked for pass \(pass + 1) (nextpass.in); limits.validation_passes is \(passes)"
                break
            }
            pass += 1
            let input = workspace.root.appendingPathComponent("io/pass-\(pass).in")
            do {
                try? FileManager.default.removeItem(at: input)
                try FileManager.default.moveItem(at: next, to: input)
            } catch {
                throw .panel(.io(path: next.path, reason: error.localizedDescription))
            }
            current.input = input
            let previous = total
            total = try run(
                current, validator: validator, brokenValidator: brokenValidator, problem: problem,
                workspace: workspace, wallTime: wallTime, keepFeedback: true)
            total.slowestPassCPUMilliseconds = max(total.cpuMilliseconds, previous.limitedCPUMilliseconds)
            total.cpuMilliseconds += previous.cpuMilliseconds
            total.wallMilliseconds += previous.wallMilliseconds
            total.memoryKiB = max(total.memoryKiB, previous.memoryKiB)
        }
        total.validatorScore?.nextPass = nil
        return total
    }

    private func run(
        _ testCase: TestCase,
        validator: OutputValidator,
        brokenValidator: String?,
        problem: ProblemPackage,
        workspace: RunWorkspace,
        wallTime: Duration,
        keepFeedback: Bool
    ) throws(JudgeSetupError) -> TestResult {
        let limits = problem.metadata.limits
        var resourceLimits = ResourceLimits(
            cpuTime: limits.timeLimit, wallTime: wallTime,
            memoryBytes: limits.memoryMiB << 20, outputBytes: limits.outputMiB << 20, processCount: 64)
        // Killed once past the borderline band, so a run that is killed is never borderline (and re-run), and one
        // that is borderline is measured to its end.
        resourceLimits.cpuKillTime = BorderlineReruns.killTime(limit: limits.timeLimit)
        if problem.metadata.interactive {
            return try runInteractive(
                testCase, limits: resourceLimits, validator: validator, brokenValidator: brokenValidator,
                problem: problem, workspace: workspace, keepFeedback: keepFeedback)
        }
        let outcome: RunOutcome
        do {
            try workspace.resetScratch()
            outcome = try sandbox.run(
                workspace.spec(stdin: testCase.input, arguments: testCase.arguments), limits: resourceLimits)
        } catch let error as SandboxError {
            throw .panel(.sandbox(error))
        } catch {
            throw .panel(error as? PanelError ?? .io(path: workspace.root.path, reason: "\(error)"))
        }
        var result = TestResult(
            name: testCase.name, group: testCase.group, verdict: .AC,
            cpuMilliseconds: outcome.cpuTime.milliseconds, wallMilliseconds: outcome.wallTime.milliseconds,
            memoryKiB: outcome.peakMemoryKiB)
        result.deniedCalls = outcome.deniedCalls.isEmpty ? nil : outcome.deniedCalls
        if let (verdict, detail) = RunClassification.classify(
            outcome, cpuLimit: limits.timeLimit, stderrPrefix: workspace.stderrPrefix())
        {
            result.verdict = verdict
            result.detail = detail
            result.stderrLine = workspace.stderrPrefix().split(whereSeparator: \.isNewline).first.map {
                String($0.prefix(200))
            }
        } else if let brokenValidator {
            result.verdict = .JE
            result.message = brokenValidator
        } else {
            let checked: ValidatorOutcome
            do {
                checked = try validator.judge(
                    output: workspace.stdout, testCase: testCase, sandbox: sandbox, limits: limits,
                    scratch: workspace.validatorScratch, keepFeedback: keepFeedback)
            } catch {
                throw .panel(error)
            }
            result.verdict = checked.verdict
            result.validatorScore = checked
            // The default validator quotes the answer; only samples may show it.
            let isCustom: Bool = if case .program = validator { true } else { false }
            if !checked.message.isEmpty && (testCase.isSample || isCustom || checked.verdict == .JE) {
                result.message = checked.message
            }
            if checked.verdict == .WA && testCase.isSample {
                result.firstDifference = LineDifference.first(output: workspace.stdout, answer: testCase.answer)
            }
        }
        return finished(result, testCase: testCase)
    }

    private func finished(_ result: TestResult, testCase: TestCase) -> TestResult {
        var result = result
        if result.verdict != .AC {
            result.hint = testCase.hint
            result.caseDescription = testCase.description
        }
        return result
    }

    /// One case of an interactive problem: the solution and the validator talk through pipes.
    private func runInteractive(
        _ testCase: TestCase,
        limits resourceLimits: ResourceLimits,
        validator: OutputValidator,
        brokenValidator: String?,
        problem: ProblemPackage,
        workspace: RunWorkspace,
        keepFeedback: Bool
    ) throws(JudgeSetupError) -> TestResult {
        // The loader insists on a validator program, so only a broken one gets here without it: with nothing
        // to talk to, the solution cannot run, and the case is the validator's fault.
        guard brokenValidator == nil, case .program(let executable, let leading, let folder, let isStatic) = validator
        else {
            var result = TestResult(
                name: testCase.name, group: testCase.group, verdict: .JE, cpuMilliseconds: 0, wallMilliseconds: 0,
                memoryKiB: 0)
            result.message = brokenValidator ?? "the interactive problem has no output validator program"
            return finished(result, testCase: testCase)
        }
        let session: InteractiveSession.Result
        do {
            try workspace.resetScratch()
            let run = try OutputValidator.ProgramRun(
                executable, leading: leading, folder: folder, isStatic: isStatic,
                arguments: testCase.validatorArguments, stdin: URL(fileURLWithPath: "/dev/null"), testCase: testCase,
                sandbox: sandbox, limits: problem.metadata.limits, scratch: workspace.validatorScratch,
                keepFeedback: keepFeedback)
            session = try InteractiveSession.run(
                solution: workspace.spec(stdin: URL(fileURLWithPath: "/dev/null"), arguments: testCase.arguments),
                solutionLimits: resourceLimits,
                validator: run, sandbox: sandbox)
        } catch {
            throw .panel(error)
        }
        let outcome = session.solution
        var result = TestResult(
            name: testCase.name, group: testCase.group, verdict: .AC,
            cpuMilliseconds: outcome.cpuTime.milliseconds, wallMilliseconds: outcome.wallTime.milliseconds,
            memoryKiB: outcome.peakMemoryKiB)
        result.deniedCalls = outcome.deniedCalls.isEmpty ? nil : outcome.deniedCalls
        let classification = RunClassification.classify(
            outcome, cpuLimit: problem.metadata.limits.timeLimit, stderrPrefix: workspace.stderrPrefix())
        let (verdict, detail) = session.verdict(classification: classification)
        result.verdict = verdict
        result.detail = detail
        if !session.validator.message.isEmpty && [.AC, .WA, .JE].contains(verdict) {
            result.message = session.validator.message
        }
        if result.verdict == .AC { result.validatorScore = session.validator }
        return finished(result, testCase: testCase)
    }
}

extension TestResult {
    init(name: String, group: String, verdict: Verdict, cpuMilliseconds: Int, wallMilliseconds: Int, memoryKiB: Int) {
        self.init(
            name: name, group: group, verdict: verdict, cpuMilliseconds: cpuMilliseconds,
            wallMilliseconds: wallMilliseconds, memoryKiB: memoryKiB, detail: nil, message: nil, firstDifference: nil,
            hint: nil, caseDescription: nil, score: nil, maxScore: nil)
    }
}

extension LineDifference {
    /// The first differing line of two small files (samples only), ignoring trailing whitespace per line.
    static func first(output: URL, answer: URL) -> LineDifference? {
        func lines(_ url: URL) -> [String] {
            let data = FileManager.default.contents(atPath: url.path) ?? Data()
            let text = String(decoding: data.prefix(1 << 20), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
                String($0.reversed().drop { $0 == " " || $0 == "\r" || $0 == "\t" }.reversed())
            }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        let produced = lines(output)
        let expected = lines(answer)
        for index in 0..<max(produced.count, expected.count) {
            let got = index < produced.count ? produced[index] : nil
            let want = index < expected.count ? expected[index] : nil
            if got != want {
                return LineDifference(line: index + 1, expected: want.map(Self.clip), actual: got.map(Self.clip))
            }
        }
        return nil
    }

    private static func clip(_ line: String) -> String {
        line.count > 200 ? String(line.prefix(200)) + "…" : line
    }
}
