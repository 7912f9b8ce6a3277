import Foundation
import PanelCore

/// The terminal form of a loop: one row per round, then the decision and why.
enum LoopTerminalReport {
    static func render(_ report: LoopReport, reportDirectory: String, palette: Palette = .plain) -> String {
        var lines = ["\(t(report.loop.title)) — \(t(report.candidate)) (\(t(report.candidateDirectory)))", ""]
        if let risks = report.sandbox.acceptedRisks, !risks.isEmpty {
            lines.insert(
                palette.bad(
                    "WEAK ISOLATION ACCEPTED: this decision could have been forged by the candidate's programs ("
                        + risks.joined(separator: "; ") + ")"), at: 0)
        }
        let rows = report.rounds.map { round -> [String] in
            let problems =
                round.problems.isEmpty
                ? "—"
                : round.problems.map {
                    t(URL(fileURLWithPath: $0).lastPathComponent)
                }.joined(separator: ", ")
            let tests = round.testCounts.map { "\($0.passed)/\($0.total)" } ?? "—"
            return [
                t(round.id) + (round.gate ? " (gate)" : ""), t(round.interviewer), problems, tests,
                round.recommendationText,
            ]
        }
        let header = ["round", "interviewer", "problems", "tests", "rating"]
        let widths = header.indices.map { column in
            ([header[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
        }
        let format = { (cells: [String]) in
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }
        lines.append(format(header))
        lines += rows.map { row in
            // The rating is the last cell, unpadded, so colour cannot upset the alignment.
            format(Array(row.dropLast()) + [""]) + rating(row[row.count - 1], palette)
        }
        lines.append("")
        lines += testing(report)
        for warning in report.warnings { lines.append("warning: \(t(warning))") }
        if !report.warnings.isEmpty { lines.append("") }
        let decision: String
        switch report.decision {
        case .hire: decision = palette.good(report.decision.rawValue)
        case .noHire: decision = palette.bad(report.decision.rawValue)
        case .hold: decision = palette.undecided(report.decision.rawValue)
        }
        lines.append("decision: \(decision) — \(t(report.reason))")
        for blocker in report.dissent {
            lines.append("  dissent: \(t(blocker.round)) (\(blocker.recommendation))")
            lines += blocker.reasons.prefix(3).map { "    - \(t($0))" }
        }
        for blocker in report.held {
            lines.append("  no decision: \(t(blocker.round))")
            lines += blocker.reasons.prefix(2).map { "    - \(t($0))" }
        }
        if let mean = report.meanRecommendation {
            lines.append(String(format: "mean rating %.2f of 4 (informational; it never decides)", mean))
        }
        lines.append("reports: \(t(reportDirectory))/ (scorecard.md, report.html, junit.xml, loop.json, rounds/)")
        return lines.joined(separator: "\n")
    }

    /// A rating in its colour: hire and above green, below hire red, anything undecided yellow.
    private static func rating(_ text: String, _ palette: Palette) -> String {
        if text.hasPrefix("no_hire") || text.hasPrefix("strong_no_hire") { return palette.bad(text) }
        if text.hasPrefix("hire") || text.hasPrefix("strong_hire") { return palette.good(text) }
        return palette.undecided(text)
    }

    /// A value from the report, which may carry a candidate's text: control characters shown, never acted on.
    private static func t(_ text: String) -> String { TerminalText.visible(text) }
}
