import Foundation

/// `junit.xml` for CI dashboards: a `<testsuite>` per round, a `<testcase>` per test with its wall time in
/// seconds (failures carry the verdict as their type), plus one `scorecard` testcase per round that fails for
/// no_hire and below and errors for no_decision, so the dashboard shows the panel's view too.
public enum JUnitReport {
    public static func render(_ report: LoopReport) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0, time: 0.0)
        for round in report.rounds {
            var cases: [String] = []
            var counts = (tests: 0, failures: 0, errors: 0, skipped: 0, time: 0.0)
            func add(_ name: String, _ classname: String, seconds: Double, outcome: String) {
                counts.tests += 1
                counts.time += seconds
                if outcome.hasPrefix("<failure") { counts.failures += 1 }
                if outcome.hasPrefix("<error") { counts.errors += 1 }
                if outcome.hasPrefix("<skipped") { counts.skipped += 1 }
                let open = "<testcase classname=\"\(xml(classname))\" name=\"\(xml(name))\" time=\"\(time(seconds))\""
                cases.append(outcome.isEmpty ? "    \(open)/>" : "    \(open)>\n      \(outcome)\n    </testcase>")
            }
            let scorecardOutcome: String
            switch round.recommendation {
            case nil:
                scorecardOutcome = "<skipped message=\"not run: a gating round stopped the loop\"/>"
            case .noDecision:
                scorecardOutcome =
                    "<error type=\"no_decision\" message=\"\(xml(round.error ?? "no decision"))\"/>"
            case .decided(let level) where level <= .noHire:
                scorecardOutcome =
                    "<failure type=\"\(level.name)\" message=\"\(xml(round.interviewer)) recommends \(level.name)\">"
                    + xml(round.concerns.joined(separator: "\n")) + "</failure>"
            case .decided:
                scorecardOutcome = ""
            }
            add(
                "scorecard: \(round.recommendationText)", "\(round.id).scorecard", seconds: 0, outcome: scorecardOutcome
            )
            for problem in round.evidence?.problems ?? [] {
                let classname = "\(round.id).\(problem.problem)"
                guard problem.submitted else {
                    add(
                        "solution", classname, seconds: 0,
                        outcome:
                            "<failure type=\"missing\" message=\"no solution file \(xml(problem.problem)).swift\"/>")
                    continue
                }
                if let build = problem.build, !build.ok {
                    add(
                        "compile", classname, seconds: build.seconds,
                        outcome: "<failure type=\"CE\" message=\"compile error\">\(xml(build.errors ?? ""))</failure>")
                    continue
                }
                for run in problem.runs {
                    var outcome = ""
                    if run.verdict != .AC {
                        let kind = run.verdict == .JE ? "error" : "failure"
                        let limit = problem.resources.timeLimitMilliseconds
                        var message = "\(run.verdict.phrase)" + (run.detail.map { ", \($0)" } ?? "")
                        message += "; cpu \(run.cpuMilliseconds) ms of the \(limit) ms limit, peak \(run.memoryKiB) KiB"
                        if problem.firstFailure?.test == run.name,
                            let about = problem.firstFailure?.description
                                ?? problem.firstFailure?.hint
                        {
                            message += "; \(about)"
                        }
                        outcome = "<\(kind) type=\"\(run.verdict.rawValue)\" message=\"\(xml(message))\"/>"
                    }
                    add(run.name, classname, seconds: Double(run.wallMilliseconds) / 1000, outcome: outcome)
                }
            }
            totals.tests += counts.tests
            totals.failures += counts.failures
            totals.errors += counts.errors
            totals.skipped += counts.skipped
            totals.time += counts.time
            let properties = [
                ("title", round.title), ("kind", round.kind), ("interviewer", round.interviewer),
                ("recommendation", round.recommendationText), ("gate", round.gate ? "true" : "false"),
            ].map { "      <property name=\"\($0.0)\" value=\"\(xml($0.1))\"/>" }.joined(separator: "\n")
            suites.append(
                "  <testsuite name=\"\(xml(round.id))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\" "
                    + "errors=\"\(counts.errors)\" skipped=\"\(counts.skipped)\" time=\"\(time(counts.time))\">\n"
                    + "    <properties>\n\(properties)\n    </properties>\n" + cases.joined(separator: "\n")
                    + "\n  </testsuite>")
        }
        let name = "panel loop \(report.loop.name): \(report.candidate) — \(report.decision.rawValue)"
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="\(xml(name))" tests="\(totals.tests)" failures="\(totals.failures)" \
            errors="\(totals.errors)" skipped="\(totals.skipped)" time="\(time(totals.time))">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    private static func time(_ seconds: Double) -> String { String(format: "%.3f", seconds) }

    /// Escapes text for an XML attribute or element, dropping characters XML 1.0 cannot hold.
    static func xml(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t", "\r": out += " "
            default:
                // XML 1.0 forbids other C0 controls and U+FFFE/U+FFFF; C1 controls are shown, as on a terminal.
                if (0x7F..<0xA0).contains(scalar.value) {
                    out += TerminalText.shown(scalar)
                } else if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += TerminalText.shown(scalar)
                }
            }
        }
        return out
    }
}
