import Foundation

/// `scorecard.md`: the loop as Markdown that reads well as a CI job summary (GitHub's step summary, a GitLab
/// merge-request note): the decision first, one table of rounds, who dissented and why, attribute coverage,
/// then each round's scorecard folded in a `<details>` block.
public enum ScorecardMarkdown {
    public static func render(_ report: LoopReport) -> String {
        var out: [String] = []
        if let risks = report.sandbox.acceptedRisks, !risks.isEmpty {
            out.append(
                "> **Weak isolation accepted (`--accept-weak-isolation`): this decision could have been forged by "
                    + "the candidate's programs.** " + escape(risks.joined(separator: "; ")))
            out.append("")
        }
        let mark = ["HIRE": "✅", "NO_HIRE": "❌", "HOLD": "⏸️"][report.decision.rawValue] ?? ""
        out.append("# \(mark) \(report.decision.rawValue) — \(escape(report.candidate))")
        out.append("")
        out.append("**\(escape(report.reason.prefix(1).uppercased() + report.reason.dropFirst())).**")
        out.append("")
        out.append(
            "Loop: *\(escape(report.loop.title))* (\(code(report.loop.name))) · candidate folder "
                + "\(escape(report.candidateDirectory)) · \(report.generatedAt) · \(String(format: "%.1f", report.seconds)) s"
        )
        out.append("")
        out.append("| Round | Interviewer | Problems | Tests passed | Recommendation |")
        out.append("|---|---|---|---|---|")
        for round in report.rounds {
            let title = escape(round.title) + (round.gate ? " *(gate)*" : "")
            let problems = round.problems.isEmpty ? "—" : round.problems.map(code).joined(separator: " ")
            let tests = round.testCounts.map { "\($0.passed)/\($0.total)" } ?? "—"
            out.append(
                "| \(title) | \(escape(round.interviewer)) | \(problems) | \(tests) | \(badge(round.recommendation)) |")
        }
        out.append("")
        if !report.dissent.isEmpty {
            out.append("## Dissent")
            out.append("")
            for blocker in report.dissent { out.append(contentsOf: bullet(blocker)) }
            out.append("")
        }
        if !report.held.isEmpty {
            out.append("## No decision")
            out.append("")
            for blocker in report.held { out.append(contentsOf: bullet(blocker)) }
            out.append("")
        }
        if !report.warnings.isEmpty {
            out.append("## Candidate folder")
            out.append("")
            out.append(contentsOf: report.warnings.map { "- ⚠️ " + escape($0) })
            out.append("")
        }
        out.append(contentsOf: testing(report))
        out.append(contentsOf: coverage(report))
        for round in report.rounds { out.append(contentsOf: details(round)) }
        out.append(
            "<sub>Panel · isolation: \(escape(report.sandbox.limits)), filesystem \(escape(report.sandbox.filesystem))"
                + (report.sandbox.warnings.isEmpty
                    ? ""
                    : " · **weaker isolation:** "
                        + report.sandbox.warnings.map(escape).joined(separator: "; ")) + "</sub>")
        return out.joined(separator: "\n") + "\n"
    }

    private static func bullet(_ blocker: Decision.Blocker) -> [String] {
        var lines = ["- **\(escape(blocker.title))** (\(code(blocker.round))): \(badge(blocker.recommendation))"]
        for reason in blocker.reasons.prefix(5) { lines.append("  - \(escape(reason))") }
        return lines
    }

    private static func coverage(_ report: LoopReport) -> [String] {
        let ran = report.rounds.filter { $0.attributes != nil }
        guard !ran.isEmpty else { return [] }
        var lines = ["## Attribute coverage", ""]
        lines.append("| Attribute | " + ran.map { code($0.id) }.joined(separator: " | ") + " |")
        lines.append("|---|" + ran.map { _ in "---|" }.joined())
        for attribute in Attribute.allCases {
            let cells = ran.map { round -> String in
                let rating = round.attributes?[attribute].rating ?? .notAssessed
                return rating == .notAssessed ? "·" : rating.description
            }
            lines.append("| \(attribute.title) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        let unrated = report.unratedAttributes.compactMap { Attribute(rawValue: $0)?.title }
        lines.append(
            "Rated by no round: \(unrated.isEmpty ? "none" : unrated.joined(separator: ", ")). "
                + (report.meanRecommendation.map {
                    String(format: "Mean recommendation %.2f of 4 (informational: averages never decide).", $0)
                } ?? ""))
        lines.append("")
        return lines
    }

    private static func details(_ round: RoundReport) -> [String] {
        var lines: [String] = []
        let who = round.persona.map { "\(round.interviewer) — \($0)" } ?? round.interviewer
        lines.append(
            "<details><summary><b>\(html(round.title))</b> · \(html(round.recommendationText)) · \(html(who))</summary>"
        )
        lines.append("")
        if round.status == .notRun {
            lines.append("Not run: a gating round stopped the loop before it.")
            lines.append("")
            lines.append("</details>")
            lines.append("")
            return lines
        }
        if let error = round.error { lines.append("> **No decision:** \(escape(error))\n") }
        if let signer = round.scorecardSigner { lines.append("Scorecard signed by \(escape(signer)).\n") }
        if let attributes = round.attributes {
            lines.append("| Attribute | Rating | Why |")
            lines.append("|---|---|---|")
            for attribute in Attribute.allCases {
                let score = attributes[attribute]
                let why = score.reasons.prefix(2).map(escape).joined(separator: "; ")
                lines.append("| \(attribute.title) | \(score.rating) | \(why) |")
            }
            lines.append("")
        }
        for problem in round.evidence?.problems ?? [] { lines.append(contentsOf: evidence(problem)) }
        if !round.strengths.isEmpty {
            lines.append("**Strengths**")
            lines.append(contentsOf: round.strengths.map { "- " + escape($0) })
            lines.append("")
        }
        if !round.concerns.isEmpty {
            lines.append("**Concerns**")
            lines.append(contentsOf: round.concerns.map { "- " + escape($0) })
            lines.append("")
        }
        for question in round.questions {
            lines.append("- *\(escape(question.question))* — \(escape(question.answer))")
        }
        if !round.questions.isEmpty { lines.append("") }
        if let notes = round.notes, !notes.isEmpty { lines.append("_\(escape(notes))_\n") }
        lines.append("</details>")
        lines.append("")
        return lines
    }

    private static func evidence(_ problem: ProblemEvidence) -> [String] {
        var lines: [String] = []
        guard problem.submitted else {
            let why = problem.solutionNote.map(escape) ?? "\(code(problem.problem + ".swift")) not found"
            return ["**\(code(problem.problem))**: no solution submitted (\(why)).", ""]
        }
        var summary = "**\(code(problem.problem))**: \(problem.verdict?.rawValue ?? "?") · "
        summary += "\(problem.tests.passed)/\(problem.tests.total) tests"
        if let build = problem.build {
            summary += build.ok ? " · compiled" : " · does not compile"
            if build.warnings > 0 { summary += " with \(build.warnings) warning(s)" }
        }
        let resources = problem.resources
        if let cpu = resources.maxCPUMilliseconds {
            summary += " · slowest \(cpu) ms of \(resources.timeLimitMilliseconds) ms"
        }
        if let memory = resources.maxMemoryKiB {
            summary +=
                " · peak \(String(format: "%.1f", Double(memory) / 1024)) of \(resources.memoryLimitKiB / 1024) MiB"
        }
        lines.append(summary)
        lines.append("")
        let groups = problem.groups.map { "\(escape($0.name)) \($0.passed)/\($0.total)" }.joined(separator: " · ")
        lines.append("- groups: \(groups)")
        let explanation = problem.explanation
        let checks = [
            ("approach", explanation.approach), ("complexity", explanation.complexity),
            ("edge cases", explanation.edgeCases),
        ]
        .map { "\($0.1 ? "✓" : "✗") \($0.0)" }.joined(separator: " ")
        let source =
            explanation.sources.isEmpty
            ? "no header comment or NOTES.md"
            : explanation.sources.joined(
                separator: " + ")
        lines.append("- thinks out loud (\(source)): \(checks)")
        lines.append("- complexity: \(escape(problem.complexity.note))")
        lines.append(contentsOf: testingLine(problem))
        if let failure = problem.firstFailure {
            var text = "- first failure: \(code(failure.test)) \(failure.verdict.rawValue)"
            if let detail = failure.detail { text += " (\(escape(detail)))" }
            if let about = failure.description ?? failure.hint { text += " — \(escape(about))" }
            if let message = failure.message { text += " — \(escape(message))" }
            lines.append(text)
        }
        lines.append("")
        return lines
    }

    private static func badge(_ recommendation: Recommendation?) -> String {
        guard let recommendation else { return "*not run*" }
        switch recommendation.level {
        case .strongHire: return "🟢 **strong_hire**"
        case .hire: return "🟢 hire"
        case .noHire: return "🔴 **no_hire**"
        case .strongNoHire: return "🔴 **strong_no_hire**"
        case nil: return "🟡 **no_decision**"
        }
    }

    /// Text made inert in Markdown (``MarkdownText/escape(_:)``).
    static func escape(_ text: String) -> String { MarkdownText.escape(text) }

    /// A literal code span (``MarkdownText/code(_:)``).
    static func code(_ text: String) -> String { MarkdownText.code(text) }

    /// Text inside the raw HTML of a `<details>` summary: escaped for HTML, on one line (a blank line would end
    /// the HTML block and let the rest be read as Markdown).
    static func html(_ text: String) -> String { HTMLReport.e(TerminalText.visible(text)) }
}
