import Foundation
import Sandbox

/// Proves a problem package with its own reference solutions, as Kattis's verifyproblem does: every input
/// passes the input validators, every solution gets what its category promises, and the time limit
/// separates the accepted solutions from the slow ones with the ICPC margins.
public struct Verifier {
    /// The judge that runs the solutions.
    public let judge: Judge
    /// The time limit must be at least this multiple of the slowest accepted case (ICPC `ac_to_time_limit`).
    public static let acceptedMargin = 2.0
    /// A time_limit_exceeded solution must still exceed this multiple of the limit (ICPC `time_limit_to_tle`).
    public static let timeoutMargin = 1.5

    /// Creates a verifier.
    public init(judge: Judge) {
        self.judge = judge
    }

    /// Verifies `problem`. `progress` names each step as it starts.
    public func verify(_ problem: ProblemPackage, progress: (String) -> Void = { _ in }) throws(JudgeSetupError)
        -> ProblemVerification
    {
        var problems: [String] = []
        var warnings: [String] = []
        try GeneratedData.materialize(problem, judge: judge) { progress("\(problem.slug): \($0)") }
        progress("\(problem.slug): input validators")
        let inputs = try InputValidation.run(problem, judge: judge)
        if inputs.validators == 0 {
            warnings.append("no input validator (input_validators/ or input_validator/): inputs are not checked")
        }
        problems += inputs.rejections.map { "input rejected: \($0)" }

        var limited = problem
        let derive = problem.metadata.limits.timeLimitSource == "default"
        if derive {
            // No limit stated: run the accepted solutions under a generous one, then derive it from them.
            limited.metadata.limits.timeLimit = .seconds(10)
        }
        var rows: [SubmissionVerification] = []
        var slowestAccepted: (milliseconds: Int, place: String)?
        for submission in problem.submissions where submission.category == "accepted" {
            progress("\(problem.slug): \(submission.category)/\(submission.source.lastPathComponent)")
            let row = try check(submission, problem: limited)
            if let slowest = row.slowestCase, row.slowestMilliseconds > slowestAccepted?.milliseconds ?? -1 {
                slowestAccepted = (row.slowestMilliseconds, "\(row.file) on \(slowest)")
            }
            rows.append(row)
        }
        if rows.isEmpty {
            problems.append("no accepted solution in submissions/accepted/")
        }
        var timeLimitSource = problem.metadata.limits.timeLimitSource
        if derive, slowestAccepted == nil {
            // Nothing to derive from: the other solutions are judged under the default limit, not the probe's.
            limited.metadata.limits.timeLimit = problem.metadata.limits.timeLimit
        } else if derive, let slowestAccepted {
            let derived = max(
                1000, Int((Double(slowestAccepted.milliseconds) * Self.acceptedMargin / 100).rounded(.up)) * 100)
            limited.metadata.limits.timeLimit = .milliseconds(Int64(derived))
            timeLimitSource = "derived: \(Self.acceptedMargin)x the slowest accepted case, rounded up (none stated)"
        }
        let timeLimit = limited.metadata.limits.timeLimit.milliseconds
        if let slowestAccepted, Double(slowestAccepted.milliseconds) * Self.acceptedMargin > Double(timeLimit) {
            problems.append(
                "the time limit \(timeLimit) ms is under \(Self.acceptedMargin)x the slowest accepted case: "
                    + "\(slowestAccepted.milliseconds) ms (\(slowestAccepted.place))")
        }

        for submission in problem.submissions where submission.category != "accepted" {
            guard CategoryRule.of(submission.category) != nil else {
                warnings.append("\(submission.category)/\(submission.source.lastPathComponent): category not checked")
                continue
            }
            progress("\(problem.slug): \(submission.category)/\(submission.source.lastPathComponent)")
            var underTest = limited
            if submission.category == "time_limit_exceeded" {
                // It must still time out with 1.5x the limit: then the limit is at most its time / 1.5.
                underTest.metadata.limits.timeLimit = .milliseconds(Int64(Double(timeLimit) * Self.timeoutMargin))
            }
            rows.append(try check(submission, problem: underTest))
        }
        problems += rows.compactMap { row in row.failure.map { "\(row.file): \($0)" } }
        return ProblemVerification(
            problem: problem.slug, timeLimitMilliseconds: timeLimit, timeLimitSource: timeLimitSource,
            submissions: rows,
            inputValidation: inputs, slowestAcceptedMilliseconds: slowestAccepted?.milliseconds, problems: problems,
            warnings: warnings)
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

    private func check(_ submission: ReferenceSubmission, problem: ProblemPackage) throws(JudgeSetupError)
        -> SubmissionVerification
    {
        let file = "\(submission.category)/\(submission.source.lastPathComponent)"
        // As problemtools does, a rejected solution is judged up to its first failure, which must be the
        // verdict its category promises; running the naive ones on every perf case proves nothing more.
        let stopEarly = !["accepted", "partially_accepted"].contains(submission.category)
        let report = try judge.judge(
            source: submission.source, displayName: file, problem: problem, options: .init(failFast: stopEarly))
        let slowest = report.tests.max { $0.cpuMilliseconds < $1.cpuMilliseconds }
        var failure: String?
        if !report.compile.ok {
            failure =
                "does not compile: " + (report.compile.diagnostics.split(separator: "\n").first.map(String.init) ?? "")
        } else if let rule = CategoryRule.of(submission.category) {
            failure = rule.violation(report.tests)
            if submission.category == "partially_accepted" {
                failure = failure ?? Self.partialScoreViolation(report)
            }
            if failure != nil && submission.category == "time_limit_exceeded" {
                failure =
                    (failure ?? "")
                    + " with \(Self.timeoutMargin)x the time limit (\(problem.metadata.limits.timeLimit.milliseconds) ms), "
                    + "so the limit does not separate it"
            }
        }
        if failure == nil, submission.category == "accepted", let scoring = report.scoring,
            let maximum = scoring.maxScore, scoring.score < maximum
        {
            failure = "scores \(scoring.score) of \(maximum); an accepted solution must score the maximum"
        }
        return SubmissionVerification(
            category: submission.category, file: file, verdict: report.verdict,
            slowestMilliseconds: slowest?.cpuMilliseconds ?? 0, slowestCase: slowest?.name, failure: failure,
            score: report.score)
    }
}
