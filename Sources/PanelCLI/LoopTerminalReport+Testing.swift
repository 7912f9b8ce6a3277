import PanelCore

extension LoopTerminalReport {
    /// The "testing" lines under the rounds table: one per problem of each coded round, then what the candidate
    /// should act on (an invalid test, a wrong expected answer), indented.
    static func testing(_ report: LoopReport) -> [String] {
        let lines = TestingReport.lines(report)
        guard !lines.isEmpty else { return [] }
        let width = lines.map { $0.round.count }.max() ?? 0
        var out = ["testing (the candidate's own tests)"]
        for line in lines {
            out.append(
                "  " + TerminalText.visible(line.round).padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + TerminalText.visible(line.text))
            out += line.evidence.findings.prefix(3).map { "      " + TerminalText.visible($0) }
        }
        out.append("")
        return out
    }
}
