import Foundation
import Sandbox

/// Proves a problem package with its own reference solutions, as Kattis's verifyproblem does: every input
/// passes the input validators, every solution gets what its category promises, and the time limit
/// separates the accepted solutions from the slow ones with the ICPC margins.
public struct Verifier: Sendable {
    /// The judge that runs the solutions.
    public let judge: Judge
    /// Creates a verifier.
    public init(judge: Judge) {
        self.judge = judge
    }

    /// Verifies `problem`. `progress` names each step as it starts.
    ///
    /// The time limit is the one `panel submit` uses (``TimeLimitRule``: stated, `.timelimit`, else derived
    /// from the accepted solutions); the margins are the package's `time_multipliers`. Every submission under `submissions/` is held to its folder's
    /// rule and to the `submissions.yaml` entries naming it; one whose language this machine lacks is noted
    /// and never counts as passed.
    public func verify(_ stated: ProblemPackage, progress: (String) -> Void = { _ in }) throws(JudgeSetupError)
        -> ProblemVerification
    {
        var problem = stated
        // A limit nobody stated is the one TimeLimitRule derived before (cached), or is derived here from the
        // accepted solutions' runs under the rule's ceiling, which verify makes anyway (as problemtools judges
        // accepted solutions before it knows the limit), so they run once.
        var derivation: TimeLimitRule.CacheEntry?
        if stated.metadata.limits.timeLimitPending {
            let entry = try TimeLimitRule(judge: judge).cacheEntry(stated)
            if let cached = TimeLimitRule.load(entry.file) {
                problem = TimeLimitRule.resolved(stated, cached)
            } else {
                derivation = entry
            }
        }
        var problems: [String] = []
        var warnings: [String] = []
        try GeneratedData.materialize(problem, judge: judge) { progress("\(problem.slug): \($0)") }
        progress("\(problem.slug): input validators")
        let inputs = try InputValidation.run(problem, judge: judge)
        if inputs.validators == 0 {
            warnings.append(Self.noValidatorWarning(inputs))
        }
        problems += inputs.rejections.map { "input rejected: \($0)" }
        warnings += inputs.notes
        warnings += SampleDisplayFiles.notes(problem)
        let expectations: SubmissionExpectations
        do {
            expectations = try SubmissionExpectations.read(problem)
        } catch {
            throw .spec(error)
        }
        warnings += expectations.notes

        let planned = problem.submissions.map { submission in
            let path = TimeLimitRule.path(of: submission)
            return Planned(
                submission: submission, path: path, rules: expectations.rules(for: path, source: submission.source))
        }
        // Accepted ones (only AC permitted) run first: their times decide whether the limit has its margin.
        let isAccepted = TimeLimitRule.isAccepted
        var rows: [SubmissionVerification] = []
        var slowestAccepted: (milliseconds: Int, place: String)?
        var judgedAccepted = 0
        let ordered = planned.filter({ isAccepted($0.rules) }) + planned.filter({ !isAccepted($0.rules) })
        // Every submission is judged at once, `--jobs` at a time (the judge's slots), and folded in this order, so
        // rows, warnings and margins are those of one job.
        // `timing`: the lower-bound ones at the ceiling, each on the cases it is timed on.
        func judgeAll(_ items: ArraySlice<Planned>, at problem: ProblemPackage, timing: Bool = false)
            throws(JudgeSetupError) -> [SubmissionOutcome]
        {
            let items = Array(items)
            let limits = problem.metadata.limits
            var outcomes: [SubmissionOutcome] = []
            try ParallelCases.run(
                count: items.count, workers: judge.jobs, stops: { _ in false },
                work: { [self] (index, _) throws(JudgeSetupError) -> SubmissionOutcome in
                    let item = items[index]
                    guard !item.rules.isEmpty else { return .noRule }
                    var underTest = problem
                    if timing { underTest = TimeLimitRule.timedCases(problem, rules: item.rules) }
                    if !timing, item.rules.contains(where: \.boundsFromAbove) {
                        // It must still time out with the margin: then the limit is at most its time / the margin.
                        underTest.metadata.limits.timeLimit = .milliseconds(
                            Int64(Double(limits.timeLimit.milliseconds) * limits.timeoutMultiplier))
                    }
                    do throws(JudgeSetupError) {
                        return .judged(
                            try check(
                                item.submission, path: item.path, rules: item.rules,
                                program: expectations.program(for: item.path), problem: underTest))
                    } catch .languageUnavailable(_, let reason) {
                        return .notJudged(reason)
                    }
                },
                waiting: { index in
                    if !items[index].rules.isEmpty { progress("\(problem.slug): \(items[index].path)") }
                },
                deliver: { _, outcome in outcomes.append(outcome) })
            return outcomes
        }
        var outcomes: [SubmissionOutcome]
        if let derivation {
            let acceptedCount = ordered.prefix { isAccepted($0.rules) }.count
            outcomes = try judgeAll(ordered.prefix(acceptedCount), at: TimeLimitRule.atCeiling(stated), timing: true)
            let slowestCases = zip(ordered, outcomes).compactMap { item, outcome -> Int? in
                guard case .judged(let row) = outcome, TimeLimitRule.counts(row.verdict, under: item.rules),
                    row.slowestCase != nil
                else { return nil }
                return row.slowestMilliseconds
            }
            let derived = TimeLimitRule.derivation(slowestCases: slowestCases, limits: stated.metadata.limits)
            TimeLimitRule(judge: judge).record(derived, at: derivation.file)
            problem = TimeLimitRule.resolved(stated, derived)
            outcomes += try judgeAll(ordered.dropFirst(acceptedCount), at: problem)
            // One timed on some cases only is judged again in full at the limit, where its rules are checked.
            let partial = ordered.indices.filter {
                $0 < acceptedCount && TimeLimitRule.isTimedOnPart(ordered[$0].rules)
            }
            if !partial.isEmpty {
                let again = try judgeAll(ArraySlice(partial.map { ordered[$0] }), at: problem)
                for (index, outcome) in zip(partial, again) { outcomes[index] = outcome }
            }
        } else {
            outcomes = try judgeAll(ordered[...], at: problem)
        }
        let limits = problem.metadata.limits
        let timeLimit = limits.timeLimit.milliseconds
        for (item, outcome) in zip(ordered, outcomes) {
            var row: SubmissionVerification
            switch outcome {
            case .noRule:
                warnings.append("\(item.path): no rule for the folder '\(item.submission.category)'; not checked")
                continue
            case .notJudged(let reason):
                warnings.append("\(item.path): not judged: \(reason)")
                continue
            case .judged(let judged):
                row = judged
            }
            if isAccepted(item.rules), limits.timeLimitSource == "problem.yaml", row.slowestCase != nil,
                !TimeLimitRule.isTimedOnPart(item.rules),
                Double(row.slowestMilliseconds) * limits.timeMultiplier > Double(timeLimit)
            {
                // A slowest case past the margin may be the machine's doing (another job's program, a busy host:
                // one such case took 100 to 200 ms across runs here): judged twice more, the best run counts,
                // as for a case near the limit (BorderlineReruns).
                var times = [row.slowestMilliseconds]
                for _ in 0..<2 {
                    guard case .judged(let again)? = try judgeAll(ArraySlice([item]), at: problem).first,
                        again.slowestCase != nil
                    else { continue }
                    times.append(again.slowestMilliseconds)
                    if again.slowestMilliseconds < row.slowestMilliseconds { row = again }
                }
                warnings.append(
                    "\(item.path): its slowest case took \(times[0]) ms, past the margin; judged again: "
                        + times.dropFirst().map { "\($0) ms" }.joined(separator: ", ") + "; the best run counts")
            }
            if isAccepted(item.rules) {
                judgedAccepted += 1
                // One timed on some cases only (its full run may time out elsewhere, as its rules allow) bounds
                // the limit through its timed run alone.
                if !TimeLimitRule.isTimedOnPart(item.rules), let slowest = row.slowestCase,
                    row.slowestMilliseconds > slowestAccepted?.milliseconds ?? -1
                {
                    slowestAccepted = (row.slowestMilliseconds, "\(row.file) on \(slowest)")
                }
            }
            rows.append(row)
        }
        if judgedAccepted == 0 {
            if planned.contains(where: { isAccepted($0.rules) }) {
                problems.append("no accepted solution could be judged on this machine (see the notes)")
            } else if rows.isEmpty {
                problems.append("no solution in submissions/ could be judged (the spec asks for an accepted one)")
            } else {
                // The spec asks for one, but BAPCtools' `bt run` proves a package of rejected solutions only
                // (its own hellounix): every solution is held to its rule, nothing bounds the limit from below.
                warnings.append(
                    "no accepted solution in submissions/accepted/ (the spec asks for one): the other "
                        + "solutions are checked, the time limit's margin is not")
            }
        }
        if let slowestAccepted, Double(slowestAccepted.milliseconds) * limits.timeMultiplier > Double(timeLimit) {
            let suggested = TimeLimitRule.derivedLimit(
                slowest: .milliseconds(Int64(slowestAccepted.milliseconds)), factor: limits.timeMultiplier,
                resolution: limits.timeResolution)
            let text =
                "the time limit \(timeLimit) ms is under \(limits.timeMultiplier)x the slowest accepted case: "
                + "\(slowestAccepted.milliseconds) ms (\(slowestAccepted.place)); the accepted solutions give "
                + "\(suggested.milliseconds) ms"
            // As problemtools: an error for a limit problem.yaml states; a `.timelimit` (which problemtools does
            // not read, and DOMjudge does not check) or a limit derived from an earlier, faster run is warned of.
            if limits.timeLimitSource == "problem.yaml" { problems.append(text) } else { warnings.append(text) }
        }
        let step = max(1, limits.timeResolution.milliseconds)
        if limits.timeLimitSource == "problem.yaml", timeLimit % Int(step) != 0 {
            warnings.append(
                "limits.time_limit (\(timeLimit) ms) is not a multiple of time_resolution (\(step) ms), which the "
                    + "2025-09 spec calls an error")
        }
        if let note = interpreterNote(problem) { warnings.append(note) }
        problems += rows.compactMap { row in row.failure.map { "\(row.file): \($0)" } }
        problems += try InvalidData.check(problem, judge: judge)
        var verification = ProblemVerification(
            problem: problem.slug, timeLimitMilliseconds: timeLimit, timeLimitSource: limits.timeLimitSource,
            submissions: rows,
            inputValidation: inputs, slowestAcceptedMilliseconds: slowestAccepted?.milliseconds, problems: problems,
            warnings: warnings)
        verification.acceptedMargin = limits.timeMultiplier
        verification.timeoutMargin = limits.timeoutMultiplier
        return verification
    }

    /// Why the aggregated score of the test groups a rule names (submissions.yaml `secret/group1: score:`) is
    /// out of its range, or nil when it is in it or the rule bounds no group's score.
    static func groupScoreViolation(_ rule: CategoryRule, _ report: SubmissionReport) -> String? {
        guard let cases = rule.cases, let range = rule.scoreRange else { return nil }
        let bounds = "\(range.lowerBound)…\(range.upperBound)"
        let groups = (report.scoring?.groups ?? []).filter { group in
            SubmissionExpectations.expand(cases).contains { SubmissionExpectations.glob($0, matches: group.group) }
        }
        guard !groups.isEmpty else {
            return "no scored test group is named '\(cases)', whose score \(rule.origin) bounds to \(bounds)"
        }
        return groups.first { !rule.scoreFits($0.score) }.map {
            "scores \($0.score) on \($0.group), outside \(bounds) (\(rule.origin))"
        }
    }

    /// A reference submission to judge, with its path under `submissions/` and the rules it is held to.
    private struct Planned: Sendable {
        var submission: ReferenceSubmission
        var path: String
        var rules: [CategoryRule]
    }

    /// A note when the package's Python 3 submissions ran on another interpreter than the reference tools'
    /// (DOMjudge, problemtools and BAPCtools run Python 3 on PyPy): the table's first choice is missing here.
    func interpreterNote(_ problem: ProblemPackage) -> String? {
        let languages = Set(
            problem.submissions.compactMap { judge.languages.detect(ProgramBuilder.files(of: $0.source))?.language.id })
        for id in languages.sorted() {
            guard let language = judge.languages.language(id), let wanted = language.run.first?.split(separator: "|"),
                wanted.count > 1, let tool = language.tool(of: language.run),
                URL(fileURLWithPath: tool).lastPathComponent != wanted.first.map(String.init)
            else { continue }
            return "\(language.name) ran on \(tool): no \(wanted[0]) on this machine, which DOMjudge, problemtools "
                + "and BAPCtools use; a deep recursion or a slow loop may get another verdict than the package expects"
        }
        return nil
    }

    /// Why no input validator checked the inputs: the package has none, or every one it has was skipped
    /// (a tool this machine lacks; the notes name each) or does not build.
    static func noValidatorWarning(_ inputs: InputValidationSummary) -> String {
        let found = inputs.skipped + inputs.broken
        guard found > 0 else {
            return "no input validator (input_validators/ or input_validator/): inputs are not checked"
        }
        var reasons: [String] = []
        if inputs.skipped > 0 { reasons.append("\(inputs.skipped) skipped (see the notes below for why)") }
        if inputs.broken > 0 { reasons.append("\(inputs.broken) do not build") }
        return "no input validator ran: of the package's \(found), "
            + reasons.joined(separator: " and ") + ": inputs are not checked"
    }

    /// What became of one reference submission.
    private enum SubmissionOutcome: Sendable {
        case judged(SubmissionVerification)
        case noRule
        case notJudged(String)
    }

    /// Verifies every problem of `problems`, `--jobs` at a time, and hands each result to `deliver` in the
    /// given order with the wall time it took; `starting` is called (in order) as the caller waits for one.
    public func verify(
        _ problems: [ProblemPackage],
        starting: (ProblemPackage) -> Void = { _ in },
        deliver: (ProblemVerification, Duration) -> Void
    ) throws(JudgeSetupError) {
        try ParallelCases.run(
            count: problems.count, workers: judge.jobs, stops: { _ in false },
            work: { [self] (index, _) throws(JudgeSetupError) -> (ProblemVerification, Duration) in
                let started = ContinuousClock.now
                let result = try verify(problems[index])
                return (result, .now - started)
            },
            waiting: { starting(problems[$0]) },
            deliver: { _, done in deliver(done.0, done.1) })
    }

    /// A partially accepted solution of a scoring problem scores more than 0 and less than the maximum.
    static func partialScoreViolation(_ report: SubmissionReport) -> String? {
        guard let scoring = report.scoring else { return "partially_accepted is for scoring problems only" }
        if scoring.score <= 0 { return "scores 0; a partial solution must score something" }
        if let maximum = scoring.maxScore, scoring.score >= maximum {
            return "scores the maximum \(scoring.score); it belongs in accepted/"
        }
        return nil
    }

    /// How a reference submission in `category`, held to `rules`, is judged.
    ///
    /// As problemtools does, a rejected solution is judged up to its first failure, which must be a verdict
    /// its rules allow; running the naive ones on every perf case proves nothing more. Rules about some cases
    /// or about judge messages need every case. Such a fail-fast judging runs its cases one at a time: the
    /// other submissions and problems fill the slots, and a case run beside its first failure would be thrown
    /// away (a time-limit-exceeded solution's next slow case costs seconds of CPU).
    static func options(
        category: String, rules: [CategoryRule], program: (language: String?, entrypoint: String?)
    ) -> Judge.Options {
        let isAccepted = rules.contains { $0.cases == nil && $0.permitted == [.AC] }
        let stopEarly =
            !isAccepted && category != "partially_accepted"
            && rules.allSatisfy { $0.permitted.contains(.AC) && $0.cases == nil && $0.message == nil }
        var options = Judge.Options(failFast: stopEarly, checksCodeSize: false)
        options.language = program.language
        options.entrypoint = program.entrypoint
        options.checksFileNames = true
        options.casesInParallel = !stopEarly
        return options
    }

    private func check(
        _ submission: ReferenceSubmission, path: String, rules: [CategoryRule],
        program: (language: String?, entrypoint: String?), problem: ProblemPackage
    ) throws(JudgeSetupError) -> SubmissionVerification {
        let isAccepted = rules.contains { $0.cases == nil && $0.permitted == [.AC] }
        let partial = submission.category == "partially_accepted"
        let options = Self.options(category: submission.category, rules: rules, program: program)
        let report = try judge.judge(source: submission.source, displayName: path, problem: problem, options: options)
        // A multi-pass case is held to its slowest pass, as the limit applies to each pass.
        let slowest = report.tests.max { $0.limitedCPUMilliseconds < $1.limitedCPUMilliseconds }
        var failure: String?
        let expectsCompileError = rules.contains { $0.required == [.CE] }
        if !report.compile.ok {
            if !rules.allSatisfy({ $0.permitted.contains(.CE) }) {
                failure =
                    "does not compile: "
                    + (report.compile.diagnostics.split(separator: "\n").first.map(String.init) ?? "")
            }
        } else if expectsCompileError {
            failure = "compiles, but it must be a compile error"
        } else {
            failure = rules.lazy.compactMap { $0.violation(report.tests) }.first
            if partial {
                failure = failure ?? Self.partialScoreViolation(report)
            }
            if failure != nil && rules.contains(where: \.boundsFromAbove) {
                failure =
                    (failure ?? "")
                    + " with \(problem.metadata.limits.timeoutMultiplier)x the time limit "
                    + "(\(problem.metadata.limits.timeLimit.milliseconds) ms), so the limit does not separate it"
            }
        }
        let scoreRule = rules.first { $0.cases == nil && $0.scoreRange != nil }
        if failure == nil, let scoreRule, let scoreRange = scoreRule.scoreRange, let score = report.score,
            !scoreRule.scoreFits(score)
        {
            failure =
                "scores \(score), outside \(scoreRange.lowerBound)…\(scoreRange.upperBound) (submissions.yaml score)"
        }
        if failure == nil, report.compile.ok {
            failure = rules.lazy.compactMap { Self.groupScoreViolation($0, report) }.first
        }
        if failure == nil, isAccepted, scoreRule == nil, let scoring = report.scoring,
            let maximum = scoring.maxScore, scoring.score < maximum
        {
            failure = "scores \(scoring.score) of \(maximum); an accepted solution must score the maximum"
        }
        return SubmissionVerification(
            category: submission.category, file: path, verdict: report.verdict,
            slowestMilliseconds: slowest?.limitedCPUMilliseconds ?? 0, slowestCase: slowest?.name, failure: failure,
            score: report.score)
    }
}
