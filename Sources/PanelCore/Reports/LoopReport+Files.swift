import Foundation

extension LoopReport {
    /// Every file of the report folder: `loop.json`, `rounds/<id>.json`, `scorecard.md`, `junit.xml` and
    /// `report.html`.
    public func files() throws -> [String: Data] {
        var files: [String: Data] = [
            "loop.json": try PanelJSON.encode(self),
            "scorecard.md": Data(ScorecardMarkdown.render(self).utf8),
            "junit.xml": Data(JUnitReport.render(self).utf8),
            "report.html": Data(HTMLReport.render(self).utf8),
        ]
        for round in rounds {
            files["rounds/\(round.id).json"] = try PanelJSON.encode(round)
        }
        return files
    }
}

extension RoundReport {
    /// Passed and total tests over the round's problems; nil for a round without code or one that did not run.
    public var testCounts: (passed: Int, total: Int)? {
        guard let evidence, !evidence.problems.isEmpty else { return nil }
        return evidence.problems.reduce((0, 0)) { ($0.0 + $1.tests.passed, $0.1 + $1.tests.total) }
    }

    /// The recommendation as reports print it ("not run" when the round did not run).
    public var recommendationText: String { recommendation?.description ?? "not run" }
}
