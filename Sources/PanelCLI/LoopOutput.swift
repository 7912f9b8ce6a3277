import Foundation
import PanelCore

/// Where a loop's reports go and what it prints, for `panel loop` and for `panel merge` of loop packets: one
/// candidate's report folder, or for a cohort one folder per candidate plus `cohort.md` and `cohort.json`.
///
/// Exit code: 0 when every candidate is HIRE, else 1 (for one candidate that is `panel loop`'s own rule).
struct LoopOutput {
    /// The folder given with `--report-dir`, if any.
    var reportDirectory: String?
    /// Whether `--json` was given.
    var json: Bool
    let command: String

    /// Where one candidate's reports go: `--report-dir` itself for one candidate (default
    /// `panel-reports/<candidate>`), `<report-dir>/<candidate>` in a cohort (default `panel-reports`).
    func folder(for candidate: String, cohort: Bool) -> URL {
        if cohort { return cohortFolder.appendingPathComponent(candidate) }
        return URL(fileURLWithPath: reportDirectory ?? "panel-reports/\(candidate)")
    }

    /// The folder of `cohort.md` and `cohort.json`.
    var cohortFolder: URL { URL(fileURLWithPath: reportDirectory ?? "panel-reports") }

    /// Refuses before anything runs when a candidate's report folder holds files that are not a report.
    func checkFolders(_ candidates: [String]) throws(UsageError) {
        for candidate in candidates {
            do {
                try ReportFolder.checkReplaceable(folder(for: candidate, cohort: candidates.count > 1))
            } catch {
                throw UsageError("--report-dir: \(error)", command: command)
            }
        }
    }

    /// Writes every report, prints the terminal report (or the JSON), and returns the exit code.
    func finish(_ reports: [LoopReport]) throws -> Int32 {
        let cohort = reports.count > 1
        for report in reports {
            try ReportFolder.write(try report.files(), to: folder(for: report.candidate, cohort: cohort))
        }
        let allHired = reports.allSatisfy { $0.decision == .hire }
        guard cohort, let first = reports.first else {
            if let report = reports.first {
                if json {
                    try printJSON(report)
                } else {
                    let shown = folder(for: report.candidate, cohort: false).relativePath
                    print(LoopTerminalReport.render(report, reportDirectory: shown, palette: .current))
                }
            }
            return allHired ? 0 : 1
        }
        let summary = CohortSummary(reports, loop: first.loop)
        let files = try summary.files()
        do {
            try FileManager.default.createDirectory(at: cohortFolder, withIntermediateDirectories: true)
            for (name, data) in files {
                try data.write(to: cohortFolder.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw PanelError.io(path: cohortFolder.path, reason: error.localizedDescription)
        }
        if json {
            try printJSON(summary)
        } else {
            for report in reports {
                let shown = folder(for: report.candidate, cohort: true).relativePath
                print(LoopTerminalReport.render(report, reportDirectory: shown, palette: .current))
                print("")
            }
            print(Self.renderCohort(summary, folder: cohortFolder.relativePath))
        }
        return allHired ? 0 : 1
    }

    /// The cohort's table for the terminal.
    static func renderCohort(_ summary: CohortSummary, folder: String) -> String {
        let width = max(9, summary.candidates.map(\.candidate.count).max() ?? 9)
        var lines = [
            "cohort: \(summary.candidates.count) candidates, "
                + [Decision.Outcome.hire, .noHire, .hold].map { "\(summary.counts[$0.rawValue] ?? 0) \($0.rawValue)" }
                .joined(separator: ", ")
        ]
        lines.append("  " + "candidate".padding(toLength: width, withPad: " ", startingAt: 0) + "  decision  dissent")
        for line in summary.candidates {
            var blockers = line.dissent.joined(separator: ", ")
            if !line.held.isEmpty {
                blockers += (blockers.isEmpty ? "" : "; ") + "no decision: " + line.held.joined(separator: ", ")
            }
            lines.append(
                "  " + TerminalText.visible(line.candidate).padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + line.decision.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0) + "  "
                    + (blockers.isEmpty ? "—" : TerminalText.visible(blockers)))
        }
        lines.append("cohort reports: \(folder)/cohort.md, \(folder)/cohort.json")
        return lines.joined(separator: "\n")
    }
}
