import Foundation

/// `report.html`: one self-contained page (inline CSS and SVG, nothing from the network) for a hiring manager:
/// the decision and why, who said what, attribute coverage, then each round with a radar chart of its
/// attributes, the interviewer's reasons, and each test's CPU time and memory as bars against the limits.
public enum HTMLReport {
    public static func render(_ report: LoopReport) -> String {
        var body: [String] = []
        if let risks = report.sandbox.acceptedRisks, !risks.isEmpty {
            body.append(
                "<p class=\"warn\"><strong>Weak isolation accepted (--accept-weak-isolation): this decision "
                    + "could have been forged by the candidate's programs.</strong> "
                    + e(risks.joined(separator: "; ")) + "</p>")
        }
        body.append(header(report))
        body.append("<main>")
        body.append(blockers(report))
        body.append(whoSaidWhat(report))
        body.append(coverage(report))
        body.append("<h2 class=\"section\">Rounds</h2>")
        for (index, round) in report.rounds.enumerated() { body.append(roundCard(round, number: index + 1)) }
        body.append(footer(report))
        body.append("</main>")
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(report.decision.rawValue)) — \(e(report.candidate)) · Panel mock loop</title>
            <style>\(style)</style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    // MARK: - Sections

    private static func header(_ report: LoopReport) -> String {
        let outcome = report.decision
        let cls = outcome == .hire ? "hire" : outcome == .noHire ? "nohire" : "hold"
        let label = ["HIRE": "Hire", "NO_HIRE": "No hire", "HOLD": "Hold — more information needed"][outcome.rawValue]
        let passed = report.rounds.compactMap(\.testCounts).reduce((0, 0)) { ($0.0 + $1.passed, $0.1 + $1.total) }
        var facts = [
            ("Loop", "\(report.loop.title)"),
            ("Candidate folder", report.candidateDirectory),
            ("Rounds", "\(report.rounds.filter { $0.status != .notRun }.count) of \(report.rounds.count) run"),
            ("Tests passed", passed.1 == 0 ? "—" : "\(passed.0) / \(passed.1)"),
            (
                "Run",
                "\(report.generatedAt.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")) · \(String(format: "%.0f", report.seconds)) s"
            ),
        ]
        if let mean = report.meanRecommendation {
            facts.append(("Mean rating", String(format: "%.2f / 4 (informational only)", mean)))
        }
        let dl = facts.map { "<div><dt>\(e($0.0))</dt><dd>\(e($0.1))</dd></div>" }.joined()
        return """
            <header class="decision \(cls)">
              <div class="eyebrow">Panel · mock interview loop</div>
              <div class="headline">
                <h1>\(e(report.candidate))</h1>
                <div class="outcome-box"><span class="outcome">\(e(report.decision.rawValue))</span><span class="label">\(e(label ?? ""))</span></div>
              </div>
              <p class="reason">\(e(sentence(report.reason)))</p>
              <dl class="facts">\(dl)</dl>
            </header>
            """
    }

    private static func blockers(_ report: LoopReport) -> String {
        var html = ""
        if !report.dissent.isEmpty {
            html += callout(
                "nohire", "Dissent", "The decision must be unanimous; these rounds said no.", report.dissent)
        }
        if !report.held.isEmpty {
            html += callout(
                "hold", "No decision", "These rounds have no scorecard yet, so the panel cannot decide.",
                report.held)
        }
        if !report.warnings.isEmpty {
            let items = report.warnings.map { "<li>\(e($0))</li>" }.joined()
            html +=
                "<section class=\"callout hold\"><h2>Candidate folder</h2>"
                + "<p>Files Panel did not read, or that match no problem of the loop.</p><ul>\(items)</ul></section>"
        }
        return html
    }

    private static func callout(_ cls: String, _ title: String, _ lead: String, _ blockers: [Decision.Blocker])
        -> String
    {
        let items = blockers.map { blocker in
            let reasons = blocker.reasons.prefix(4).map { "<li>\(e($0))</li>" }.joined()
            return """
                <div class="blocker"><div class="blocker-head"><a href="#round-\(e(blocker.round))">\(e(blocker.title))</a> \
                \(chip(blocker.recommendation.description))</div><ul>\(reasons)</ul></div>
                """
        }.joined()
        return "<section class=\"callout \(cls)\"><h2>\(e(title))</h2><p>\(e(lead))</p>\(items)</section>"
    }

    private static func whoSaidWhat(_ report: LoopReport) -> String {
        let rows = report.rounds.enumerated().map { index, round -> String in
            let problems =
                round.problems.isEmpty
                ? "<span class=\"muted\">—</span>"
                : round.problems.map {
                    "<code>\(e(URL(fileURLWithPath: $0).lastPathComponent))</code>"
                }.joined(separator: " ")
            let tests =
                round.testCounts.map { counts -> String in
                    let share = counts.total == 0 ? 0 : Double(counts.passed) / Double(counts.total)
                    return "<span class=\"tests\">\(counts.passed)/\(counts.total)</span>\(HTMLCharts.meter(share))"
                } ?? "<span class=\"muted\">—</span>"
            let who = round.persona.map { "<div class=\"muted small\">\(e(firstSentence($0)))</div>" } ?? ""
            let gate = round.gate ? " <span class=\"tag\">gate</span>" : ""
            return """
                <tr class="\(round.status == .notRun ? "notrun" : "")"><td class="num">\(index + 1)</td>\
                <td><a href="#round-\(e(round.id))">\(e(round.title))</a>\(gate)<div class="muted small">\(e(round.kind))</div></td>\
                <td data-label="Interviewer">\(e(round.interviewer))\(who)</td><td data-label="Problems">\(problems)</td>\
                <td data-label="Tests passed">\(tests)</td>\
                <td data-label="Recommendation">\(chip(round.recommendation?.description ?? "not_run"))</td></tr>
                """
        }.joined(separator: "\n")
        return """
            <section class="card"><h2>Who said what</h2>
            <table class="rounds"><thead><tr><th></th><th>Round</th><th>Interviewer</th><th>Problems</th>\
            <th>Tests passed</th><th>Recommendation</th></tr></thead><tbody>
            \(rows)
            </tbody></table></section>
            """
    }

    private static func coverage(_ report: LoopReport) -> String {
        let ran = report.rounds.filter { $0.attributes != nil }
        guard !ran.isEmpty else { return "" }
        // A phone shows the rounds' numbers from the table above instead of their ids, so every column fits.
        let head = ran.map { round in
            let number = (report.rounds.firstIndex { $0.id == round.id } ?? 0) + 1
            return "<th title=\"\(e(round.title))\"><span class=\"wide\">\(e(round.id))</span>"
                + "<span class=\"narrow\">\(number)</span></th>"
        }.joined()
        let rows = Attribute.allCases.map { attribute -> String in
            let cells = ran.map { round -> String in
                let rating = round.attributes?[attribute].rating ?? .notAssessed
                return "<td>\(chip(rating.description, short: true))</td>"
            }.joined()
            return "<tr><th>\(e(attribute.title))</th>\(cells)</tr>"
        }.joined(separator: "\n")
        let unrated = report.unratedAttributes.compactMap { Attribute(rawValue: $0)?.title }
        let note =
            unrated.isEmpty
            ? "Every attribute was rated by at least one round."
            : "Rated by no round: <b>\(e(unrated.joined(separator: ", ")))</b>."
        return """
            <section class="card"><h2>Attribute coverage</h2>
            <div class="scroll"><table class="coverage"><thead><tr><th></th>\(head)</tr></thead><tbody>
            \(rows)
            </tbody></table></div>
            <p class="muted small">\(note) Scale: strong no hire · no hire · hire · strong hire (forced choice, no \
            middle); “n/a” is not assessed. Any onsite round at no hire or below blocks the offer.</p></section>
            """
    }

    private static func roundCard(_ round: RoundReport, number: Int) -> String {
        let gate = round.gate ? "<span class=\"tag\">gate</span>" : ""
        let head = """
            <div class="round-head"><div><div class="muted small">Round \(number) · \(e(round.kind)) \(gate)</div>\
            <h3>\(e(round.title))</h3></div>\(chip(round.recommendation?.description ?? "not_run", large: true))</div>
            """
        guard round.status != .notRun else {
            return """
                <article class="card round notrun" id="round-\(e(round.id))">\(head)\
                <p class="muted">Not run: a gating round earlier in the loop stopped it.</p></article>
                """
        }
        var parts = [head]
        var who: String
        if round.interviewerKind == .manual {
            who = "<b>\(e(round.persona ?? "A human interviewer"))</b> — human interviewer"
        } else {
            who = "<b>\(e(round.interviewer))</b> (\(e(round.interviewerKind.rawValue))"
            if let version = round.interviewerVersion { who += " v\(e(version))" }
            who += ")"
            if let persona = round.persona { who += " — \(e(persona))" }
        }
        parts.append("<p class=\"persona\">\(who)</p>")
        if let error = round.error {
            parts.append("<div class=\"error\"><b>No decision.</b> \(e(error))</div>")
        }
        if let attributes = round.attributes {
            let rows = Attribute.allCases.map { attribute -> String in
                let score = attributes[attribute]
                let reasons = score.reasons.prefix(3).map { "<li>\(e($0))</li>" }.joined()
                return """
                    <tr><th>\(e(attribute.title))</th><td>\(chip(score.rating.description))</td>\
                    <td><ul class="reasons">\(reasons)</ul></td></tr>
                    """
            }.joined()
            parts.append(
                """
                <div class="round-grid"><figure class="radar">\(HTMLCharts.radar(attributes, recommendation: round.recommendation))\
                <figcaption>1 strong no hire … 4 strong hire · dashed ring: hire · grey: not assessed</figcaption></figure>\
                <table class="attributes"><tbody>\(rows)</tbody></table></div>
                """)
        }
        if !round.strengths.isEmpty || !round.concerns.isEmpty {
            let list = { (items: [String]) in items.map { "<li>\(e($0))</li>" }.joined() }
            parts.append(
                """
                <div class="sc"><div><h4>Strengths</h4><ul>\(round.strengths.isEmpty ? "<li class=\"muted\">none noted</li>" : list(round.strengths))</ul></div>\
                <div><h4>Concerns</h4><ul>\(round.concerns.isEmpty ? "<li class=\"muted\">none noted</li>" : list(round.concerns))</ul></div></div>
                """)
        }
        if !round.questions.isEmpty {
            let items = round.questions.map { "<dt>\(e($0.question))</dt><dd>\(e($0.answer))</dd>" }.joined()
            parts.append("<h4>Questions</h4><dl class=\"questions\">\(items)</dl>")
        }
        if let notes = round.notes, !notes.isEmpty {
            parts.append("<p class=\"notes\">\(e(notes))</p>")
        }
        if let file = round.scorecardFile {
            let signer = round.scorecardSigner.map { " · signed by <b>\(e($0))</b>" } ?? ""
            parts.append("<p class=\"muted small\">Scorecard file: <code>\(e(file))</code>\(signer)</p>")
        }
        for problem in round.evidence?.problems ?? [] { parts.append(problemSection(problem)) }
        if let log = round.pluginLog {
            parts.append("<details class=\"log\"><summary>Plugin log (stderr)</summary><pre>\(e(log))</pre></details>")
        }
        return "<article class=\"card round\" id=\"round-\(e(round.id))\">\(parts.joined(separator: "\n"))</article>"
    }

    private static func footer(_ report: LoopReport) -> String {
        let sandbox = report.sandbox
        var text =
            "Candidate programs ran under: \(sandbox.limits); filesystem: \(sandbox.filesystem); namespaces: "
            + (sandbox.namespaces.isEmpty ? "none" : sandbox.namespaces.joined(separator: ", "))
        if let uid = sandbox.runAsUID { text += "; uid \(uid)" }
        var html = "<footer><p>\(e(text)).</p>"
        for warning in sandbox.warnings { html += "<p class=\"warn\">Weaker isolation: \(e(warning))</p>" }
        html += "<p>Loop file <code>\(e(report.loop.file))</code> · generated by Panel · the decision rule: "
        html += "a gating screen below hire stops the loop; any round at no hire or below means no hire; a missing "
        html += "or undecided scorecard means hold; otherwise hire. Averages are shown, never used.</p></footer>"
        return html
    }

    // MARK: - Pieces

    /// A rating or recommendation as a coloured chip.
    static func chip(_ name: String, short: Bool = false, large: Bool = false) -> String {
        let labels = [
            "strong_hire": ("Strong hire", "SH"), "hire": ("Hire", "H"), "no_hire": ("No hire", "NH"),
            "strong_no_hire": ("Strong no hire", "SNH"), "not_assessed": ("Not assessed", "n/a"),
            "no_decision": ("No decision", "ND"), "not_run": ("Not run", "—"),
        ]
        let (long, abbreviation) = labels[name] ?? (name, name)
        let size = large ? " chip-lg" : ""
        return "<span class=\"chip r-\(e(name))\(size)\" title=\"\(e(name))\">\(e(short ? abbreviation : long))</span>"
    }

    /// A size in bytes as B, KiB or MiB with one decimal.
    static func byteSize(_ bytes: Int) -> String {
        bytes < 1024
            ? "\(bytes) B"
            : bytes < 1 << 20
                ? String(format: "%.0f KiB", Double(bytes) / 1024)
                : String(format: "%.1f MiB", Double(bytes) / 1_048_576)
    }

    static func mebibytes(_ kib: Int) -> String {
        kib < 1024 ? "\(kib) KiB" : String(format: "%.1f MiB", Double(kib) / 1024)
    }

    private static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    private static func firstSentence(_ text: String) -> String {
        text.split(separator: ".").first.map(String.init) ?? text
    }

    /// Escapes text for HTML, in element content and in quoted attribute values alike; control characters (a
    /// program's escape sequences) are shown as ``TerminalText`` shows them.
    static func e(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in TerminalText.visible(text, keepingNewlines: true) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
