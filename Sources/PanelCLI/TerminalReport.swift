import Foundation
import PanelCore

/// The human-readable form of a submission report: a per-test table and what to look at first.
enum TerminalReport {
    /// "3 runs: 2 010, 1 980, 1 990 ms CPU" for a case re-run near the time limit.
    static func runs(_ cpuMilliseconds: [Int]) -> String {
        "\(cpuMilliseconds.count) runs (" + cpuMilliseconds.map(String.init).joined(separator: ", ") + " ms CPU)"
    }

    static func render(_ report: SubmissionReport, palette: Palette = .plain) -> String {
        var lines: [String] = []
        lines.append("\(t(report.title)) (\(t(report.problem))) — \(t(report.source))")
        let compile = report.compile
        if !compile.ok {
            lines.append("")
            lines.append(palette.bad("CE") + "  compile error")
            if !compile.diagnostics.isEmpty {
                lines.append(
                    compile.diagnostics.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "    " + t(String($0)) }.joined(separator: "\n"))
            }
            return lines.joined(separator: "\n")
        }
        // A cache hit took no compile time in this run: its original duration would mislead.
        lines.append(compile.cached ? "compiled (cached)" : String(format: "compiled in %.2f s", compile.seconds))
        lines.append("")
        let nameWidth = max(4, report.tests.map { t($0.name).count }.max() ?? 4)
        let scored = report.scoring != nil
        lines.append(
            "test".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  verdict   cpu ms  wall ms  memory KiB"
                + (scored ? "   points" : ""))
        for test in report.tests {
            let points = test.score.map { score in
                "  " + (formatScore(score) + (test.maxScore.map { "/" + formatScore($0) } ?? "")).leftPadded(to: 7)
            }
            lines.append(
                t(test.name).padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                    + palette.verdict(
                        test.verdict, test.verdict.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))
                    + pad(test.cpuMilliseconds, 9) + pad(test.wallMilliseconds, 9) + pad(test.memoryKiB, 12)
                    + (scored ? points ?? "        -" : "") + (test.detail.map { "  " + t($0) } ?? "")
                    + (test.rerunCPUMilliseconds.map { "  near the limit, best of " + Self.runs($0) } ?? ""))
        }
        if let scoring = report.scoring {
            lines.append("")
            lines.append(
                "score: \(formatScore(scoring.score))" + (scoring.maxScore.map { " of \(formatScore($0))" } ?? "")
                    + (scoring.groups.isEmpty
                        ? ""
                        : " ("
                            + scoring.groups.map { group in
                                "\(group.group) \(formatScore(group.score))"
                                    + (group.maxScore.map { "/\(formatScore($0))" } ?? "")
                            }.joined(separator: ", ") + ")"))
        }
        lines.append("")
        let limits = report.limits
        lines.append(
            "limits: \(limits.timeMilliseconds) ms CPU (\(limits.timeLimitSource)), \(limits.memoryKiB / 1024) MiB, "
                + "output \(limits.outputKiB / 1024) MiB")
        let passed = report.passedCount
        var verdictLine =
            "verdict: \(palette.verdict(report.verdict)) (\(report.verdict.phrase)), \(passed)/\(report.tests.count) tests passed"
        if report.failFast && report.verdict != .AC { verdictLine += "; stopped at the first failure (--fail-fast)" }
        lines.append(verdictLine)
        if let failure = report.firstFailure {
            lines.append(contentsOf: describe(failure))
        }
        let refusing = report.tests.filter { $0.deniedCalls != nil }
        if !refusing.isEmpty {
            let calls = Set(refusing.flatMap { $0.deniedCalls ?? [] }).sorted().joined(separator: ", ")
            lines.append(
                "the sandbox refused system calls: \(calls) (in \(refusing.count) of \(report.tests.count) tests; "
                    + "the program saw EPERM)")
        }
        return lines.joined(separator: "\n")
    }

    /// A score with at most two decimals and no trailing zeros.
    static func formatScore(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        guard text.contains(".") else { return text }
        return String(text.reversed().drop { $0 == "0" }.drop { $0 == "." }.reversed())
    }

    static func describe(_ failure: TestResult) -> [String] {
        var lines = [
            "first failure: \(t(failure.name)): \(failure.verdict.phrase)" + (failure.detail.map { ", \(t($0))" } ?? "")
        ]
        if let difference = failure.firstDifference {
            lines.append("  line \(difference.line):")
            lines.append("    expected: \(difference.expected.map(t) ?? "(end of answer)")")
            lines.append("    got:      \(difference.actual.map(t) ?? "(end of output)")")
        }
        if let message = failure.message, !message.isEmpty {
            lines.append(
                "  validator: "
                    + TerminalText.visible(message, keepingNewlines: true)
                    .replacingOccurrences(of: "\n", with: "\n             "))
        }
        if let description = failure.caseDescription { lines.append("  about this case: \(t(description))") }
        if let hint = failure.hint { lines.append("  hint: \(t(hint))") }
        if !failure.isSample && failure.firstDifference == nil && failure.verdict == .WA {
            lines.append("  (secret case: its input and answer stay hidden)")
        }
        return lines
    }

    /// A value that may carry a candidate's text (a file name, program output, a validator's message): control
    /// characters shown, never acted on.
    static func t(_ text: String) -> String { TerminalText.visible(text) }

    private static func pad(_ value: Int, _ width: Int) -> String {
        String(value).leftPadded(to: width)
    }
}

extension String {
    /// The string with spaces before it, up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// The string with spaces after it, up to `width` characters; never cut.
    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
