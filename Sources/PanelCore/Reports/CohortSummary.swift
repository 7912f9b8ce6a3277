import Foundation

/// One line per candidate of a cohort loop (`panel loop A B C`): the decision and the rounds that blocked it.
/// Written as `cohort.json` and `cohort.md` beside the candidates' report folders.
public struct CohortSummary: Sendable, Codable, Equatable {
    /// Identifies the document's shape for other tools.
    public var schema = "panel.cohort/v1"
    /// The loop every candidate went through.
    public var loop: LoopReport.LoopInfo
    public var candidates: [Line]
    /// How many candidates got each decision.
    public var counts: [String: Int]
    /// When the summary was written (ISO 8601, UTC).
    public var generatedAt: String

    enum CodingKeys: String, CodingKey {
        case schema, loop, candidates, counts
        case generatedAt = "generated_at"
    }

    /// One candidate.
    public struct Line: Sendable, Codable, Equatable {
        public var candidate: String
        public var candidateDirectory: String
        public var decision: Decision.Outcome
        /// The rounds at no_hire or below.
        public var dissent: [String]
        /// The rounds without a decision.
        public var held: [String]
        public var reason: String
        /// The candidate's report folder, relative to the cohort's.
        public var reportDirectory: String

        enum CodingKeys: String, CodingKey {
            case candidate, decision, dissent, held, reason
            case candidateDirectory = "candidate_dir"
            case reportDirectory = "report_dir"
        }
    }

    /// The summary of `reports`, each written to the folder named after its candidate.
    public init(_ reports: [LoopReport], loop: LoopReport.LoopInfo, generatedAt: Date = Date()) {
        self.loop = loop
        candidates = reports.map { report in
            Line(
                candidate: report.candidate, candidateDirectory: report.candidateDirectory, decision: report.decision,
                dissent: report.dissent.map(\.round), held: report.held.map(\.round), reason: report.reason,
                reportDirectory: report.candidate)
        }
        var counts: [String: Int] = [:]
        for outcome in [Decision.Outcome.hire, .noHire, .hold] {
            counts[outcome.rawValue] = reports.filter { $0.decision == outcome }.count
        }
        self.counts = counts
        self.generatedAt = ISO8601DateFormatter().string(from: generatedAt)
    }

    /// The Markdown table (`cohort.md`), fit for a CI job summary.
    public var markdown: String {
        var lines = [
            "# Cohort: \(loop.title)", "",
            "\(candidates.count) candidate\(candidates.count == 1 ? "" : "s"): "
                + [Decision.Outcome.hire, .noHire, .hold].map { "\(counts[$0.rawValue] ?? 0) \($0.rawValue)" }
                .joined(separator: ", "),
            "",
            "| candidate | decision | dissenting rounds | rounds without a decision | report |",
            "|---|---|---|---|---|",
        ]
        func cell(_ text: String) -> String {
            text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
        }
        for line in candidates {
            lines.append(
                "| \(cell(line.candidate)) | **\(line.decision.rawValue)** | "
                    + "\(line.dissent.isEmpty ? "—" : cell(line.dissent.joined(separator: ", "))) | "
                    + "\(line.held.isEmpty ? "—" : cell(line.held.joined(separator: ", "))) | "
                    + "[scorecard](\(cell(line.reportDirectory))/scorecard.md) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `cohort.json` and `cohort.md`.
    public func files() throws -> [String: Data] {
        ["cohort.json": try PanelJSON.encode(self), "cohort.md": Data(markdown.utf8)]
    }
}
