import Foundation

/// One problem of a round in the HTML report: verdict, groups, the think-out-loud and complexity check, the
/// first failure, and each test's bars.
extension HTMLReport {
    static func problemSection(_ problem: ProblemEvidence) -> String {
        let title = "<h4>\(e(problem.title)) <code>\(e(problem.problem))</code></h4>"
        guard problem.submitted else {
            let why =
                problem.solutionNote.map { e($0) + "." }
                ?? "<code>\(e(problem.problem)).swift</code> is not in the candidate folder."
            return
                "<section class=\"problem\">\(title)<div class=\"error\">No solution submitted: \(why)</div></section>"
        }
        var facts: [String] = []
        if let verdict = problem.verdict {
            facts.append(
                "<span class=\"verdict v-\(verdict.rawValue)\">\(verdict.rawValue)</span> \(e(verdict.phrase))")
        }
        facts.append("\(problem.tests.passed)/\(problem.tests.total) tests")
        if let build = problem.build {
            // A cache hit took no compile time in this run: its original duration would mislead.
            var text =
                !build.ok
                ? "does not compile"
                : build.cached
                    ? "compiled (cached)" : "compiled in \(String(format: "%.1f", build.seconds)) s"
            if build.warnings > 0 { text += ", \(build.warnings) warning\(build.warnings == 1 ? "" : "s")" }
            facts.append(e(text))
        }
        let resources = problem.resources
        if let cpu = resources.maxCPUMilliseconds {
            facts.append("slowest \(cpu) ms CPU of \(resources.timeLimitMilliseconds) ms")
        }
        if let memory = resources.maxMemoryKiB {
            facts.append("peak \(mebibytes(memory)) of \(resources.memoryLimitKiB / 1024) MiB")
        }
        var parts = [title, "<p class=\"facts-line\">\(facts.joined(separator: " · "))</p>"]
        let groups = problem.groups.map { group -> String in
            let ok = group.passed == group.total
            return "<span class=\"group \(ok ? "ok" : "bad")\">\(e(group.name)) \(group.passed)/\(group.total)</span>"
        }.joined(separator: " ")
        parts.append("<div class=\"groups\">\(groups)</div>")

        let explanation = problem.explanation
        let checks = [
            ("Approach", explanation.approach, explanation.approachLine),
            ("Complexity", explanation.complexity, explanation.complexityLine),
            ("Edge cases", explanation.edgeCases, explanation.edgeCasesLine),
        ].map { name, ok, line -> String in
            let quote = line.map { " <q>\(e($0))</q>" } ?? ""
            return "<li class=\"\(ok ? "yes" : "no")\"><b>\(ok ? "✓" : "✗") \(name)</b>\(quote)</li>"
        }.joined()
        let source = explanation.sources.isEmpty ? "none found" : explanation.sources.joined(separator: " and ")
        let complexity = problem.complexity
        let agreement =
            [
                "agrees": "agrees", "disagrees": "disagrees", "inconclusive": "inconclusive",
                "not_stated": "not stated",
            ][complexity.agreement.rawValue] ?? ""
        parts.append(
            """
            <div class="thinking"><div><h5>Thinks out loud <span class="muted small">(\(e(source)))</span></h5>\
            <ul class="checks">\(checks)</ul></div>\
            <div><h5>Stated vs measured complexity <span class="agree a-\(complexity.agreement.rawValue)">\(agreement)</span></h5>\
            \(HTMLCharts.growth(complexity))\(complexitySummary(complexity))</div></div>
            """)
        parts.append(testingSection(problem))
        if let failure = problem.firstFailure {
            var text = "<b>First failure:</b> <code>\(e(failure.test))</code> \(e(failure.verdict.phrase))"
            if let detail = failure.detail { text += " (\(e(detail)))" }
            if let about = failure.description {
                text += "<br><span class=\"muted\">about this case:</span> \(e(about))"
            }
            if let hint = failure.hint { text += "<br><span class=\"muted\">hint:</span> \(e(hint))" }
            if let message = failure.message { text += "<br><span class=\"muted\">checker:</span> \(e(message))" }
            parts.append("<div class=\"failure\">\(text)</div>")
        }
        if let errors = problem.build?.errors {
            parts.append("<details open><summary>Compiler errors</summary><pre>\(e(errors))</pre></details>")
        }
        if !problem.runs.isEmpty {
            parts.append(
                "<details class=\"runs\" open><summary>Each test's CPU time and memory against the limits</summary>"
                    + HTMLCharts.testBars(problem) + "</details>")
        }
        return "<section class=\"problem\">\(parts.joined(separator: "\n"))</section>"
    }

    /// The stated and measured growth in two lines; the full note is the tooltip.
    private static func complexitySummary(_ check: ComplexityCheck) -> String {
        let stated =
            check.stated.map { "<code>\(e($0))</code> · \(e(check.statedGrowth?.phrase ?? ""))" } ?? "not stated"
        var measured = e(check.note)
        if let exponent = check.measuredExponent {
            let fitted = check.fittedPoints
            let sizes = fitted.map(\.inputBytes)
            let ratio = Double(sizes.max() ?? 1) / Double(max(1, sizes.min() ?? 1))
            measured = String(
                format: "time ∝ size<sup>%@%.2f</sup> · %@ · %d cases, %.1f× apart in size%@",
                check.exponentIsLowerBound ? "≥" : "", exponent, e(check.measuredGrowth?.phrase ?? "can't tell"),
                fitted.count, ratio, fitted.count == 2 ? " (a rough estimate)" : "")
        }
        return """
            <dl class="cx" title="\(e(check.note))"><dt>stated</dt><dd>\(stated)</dd><dt>measured</dt><dd>\(measured)</dd></dl>
            """
    }
}
