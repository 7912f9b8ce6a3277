/// The candidate's own tests in the reports: one line per problem of each coded round ("Testing"), and the
/// details of each problem (which tests are invalid, which expected answers are wrong, which bugs were missed).
public enum TestingReport {
    /// One round's problem with its candidate-test evidence.
    public struct Line: Sendable, Equatable {
        public var round: String
        public var problem: String
        public var evidence: TestingEvidence

        /// "hit-counter: 6 tests, 6 valid, 6/6 expected answers right, catch 3 of 4 known bugs".
        public var text: String { "\(problem): \(evidence.summary)" }
    }

    /// Every coded round's problems that have a solution, in loop order.
    public static func lines(_ report: LoopReport) -> [Line] {
        report.rounds.flatMap { round in
            (round.evidence?.problems ?? []).compactMap { problem in
                problem.candidateTests.map { Line(round: round.id, problem: problem.problem, evidence: $0) }
            }
        }
    }

    /// What a reader should act on: invalid tests, wrong expected answers, missed bugs, notes; capped.
    public static func details(_ evidence: TestingEvidence, limit: Int = 6) -> [String] {
        var details = evidence.findings
        if evidence.written > 0, let missed = evidence.missedLine { details.append(missed) }
        details += evidence.notes
        return details.count > limit ? Array(details.prefix(limit)) + ["… \(details.count - limit) more"] : details
    }
}

extension ScorecardMarkdown {
    /// The "Testing" section: one line per problem of each coded round.
    static func testing(_ report: LoopReport) -> [String] {
        let lines = TestingReport.lines(report)
        guard !lines.isEmpty else { return [] }
        var out = ["## Testing (the candidate's own tests)", ""]
        for line in lines {
            out.append("- **\(escape(line.round))** · \(code(line.problem)): \(escape(line.evidence.summary))")
            out += TestingReport.details(line.evidence).map { "  - \(escape($0))" }
        }
        out.append("")
        return out
    }

    /// The problem's own-tests line in its round's details.
    static func testingLine(_ problem: ProblemEvidence) -> [String] {
        guard let tests = problem.candidateTests else { return [] }
        var lines = ["- own tests: \(escape(tests.summary))"]
        if let passed = tests.solutionPassed, tests.valid > 0 {
            lines[0] += " · the solution passes \(passed)/\(tests.valid) of them"
        }
        for caught in tests.caught {
            lines.append(
                "  - caught \(code(caught.name)) with \(code(caught.test ?? "?")) (\(caught.verdict?.rawValue ?? "?"))")
        }
        lines += TestingReport.details(tests, limit: 10).map { "  - \(escape($0))" }
        return lines
    }
}

extension HTMLReport {
    /// The problem's own tests: the summary, then what went wrong.
    static func testingSection(_ problem: ProblemEvidence) -> String {
        guard let tests = problem.candidateTests else { return "" }
        var text = "<b>Own tests:</b> \(e(tests.summary))"
        if let passed = tests.solutionPassed, tests.valid > 0 {
            text += " · the solution passes \(passed)/\(tests.valid) of them"
        }
        let caught = tests.caught.map {
            "<li class=\"yes\">caught <code>\(e($0.name))</code> with <code>\(e($0.test ?? "?"))</code></li>"
        }
        let details = TestingReport.details(tests, limit: 10).map { "<li class=\"no\">\(e($0))</li>" }
        let list = caught + details
        return "<div class=\"testing\">\(text)"
            + (list.isEmpty ? "" : "<ul class=\"checks\">\(list.joined())</ul>") + "</div>"
    }
}
