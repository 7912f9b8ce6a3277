import Foundation
import Sandbox
import Testing

@testable import PanelCore

/// The plugin protocol's answers, and the report files rendered from a loop.
@Suite struct LoopReportTests {
    // MARK: - Plugin answers

    static func answer(_ json: String) -> Result<Scorecard, InterviewProtocol.Failure> {
        do {
            return .success(try InterviewProtocol.scorecard(fromResponse: Data(json.utf8), plugin: "p"))
        } catch {
            return .failure(error)
        }
    }

    @Test func aValidAnswerBecomesAScorecard() throws {
        let card = try Self.answer(
            """
            {"protocol_version": 1, "recommendation": "hire", "interviewer": "Ada", "version": 2,
             "attributes": {"testing": "strong_hire", "efficiency": {"rating": "no_hire", "reasons": ["slow"]}},
             "strengths": ["tests"], "concerns": null}
            """
        ).get()
        #expect(card.recommendation == .decided(.hire))
        #expect(card.interviewer == InterviewerIdentity(name: "p", kind: .plugin, persona: "Ada", version: "2"))
        #expect(card.attributes[.testing].rating == .rated(.strongHire))
        #expect(card.attributes[.efficiency].reasons == ["slow"])
        #expect(card.attributes[.communication].rating == .notAssessed)
        #expect(card.strengths == ["tests"] && card.concerns.isEmpty)
    }

    static let unusable: [(json: String, says: String)] = [
        ("", "printed nothing"),
        ("hire", "not valid JSON"),
        ("[1]", "not an object"),
        (#"{"recommendation": "hire"}"#, "'protocol_version': missing"),
        (#"{"protocol_version": 3, "recommendation": "hire"}"#, "3 is not a version Panel speaks"),
        (#"{"protocol_version": 1}"#, "'recommendation': missing"),
        (#"{"protocol_version": 1, "recommendation": "yes"}"#, "'yes' is not one of"),
        (#"{"protocol_version": 1, "recommendation": "hire", "atributes": {}}"#, "did you mean 'attributes'?"),
        (#"{"protocol_version": 1, "recommendation": "hire", "attributes": {"speed": "hire"}}"#, "'attributes.speed'"),
        (#"{"protocol_version": 1, "recommendation": "hire", "attributes": {"testing": 3}}"#, "expected a rating"),
        (#"{"protocol_version": 1, "recommendation": "hire", "strengths": "all"}"#, "'strengths': expected a list"),
    ]

    @Test(arguments: unusable)
    func anUnusableAnswerSaysWhy(json: String, says: String) {
        guard case .failure(let failure) = Self.answer(json) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.message.contains(says), "\(failure.message)")
    }

    @Test func theRequestCarriesOnlyItsRound() throws {
        let round = Round(
            id: "onsite", title: "Onsite", kind: "coding", interviewer: .manual, problems: ["p"], gate: false,
            scorecard: "")
        let request = InterviewProtocol.Request(
            candidate: "ana", round: round, evidence: RoundEvidence(problems: [LoopRubricTests.evidence()]))
        let json = try #require(
            try JSONSerialization.jsonObject(with: try PanelJSON.encode(request)) as? [String: Any])
        #expect(json["protocol_version"] as? Int == 2)
        #expect(
            Set(json.keys) == [
                "protocol_version", "candidate", "round", "attributes", "ratings", "recommendations", "evidence",
            ])
        #expect((json["round"] as? [String: Any])?["id"] as? String == "onsite")
    }

    // MARK: - Report files

    static func report(decision: Decision.Outcome = .noHire) -> LoopReport {
        let evidence = RoundEvidence(problems: [LoopRubricTests.evidence(performance: 1, failure: .TLE, slowest: 2100)])
        let rubric = LoopRubricTests.standard
        let coded = Round(
            id: "design", title: "Design <cache>", kind: "design-implementation",
            interviewer: .rubric(name: "standard", file: URL(fileURLWithPath: "/x")), problems: ["p"], gate: false,
            scorecard: "")
        let manual = Round(
            id: "culture", title: "Culture", kind: "culture", interviewer: .manual, problems: [], gate: false,
            scorecard: "culture.yaml")
        let later = Round(
            id: "later", title: "Later", kind: "coding", interviewer: .manual, problems: [], gate: false, scorecard: "")
        let rounds = [
            RoundReport(
                round: coded, status: .scored, scorecard: rubric?.scorecard(for: evidence), evidence: evidence,
                seconds: 3),
            RoundReport(
                round: manual, status: .missingScorecard,
                scorecard: .noDecision(.init(name: "manual", kind: .manual), error: "no scorecard yet"), evidence: nil,
                seconds: 0),
            RoundReport(round: later, status: .notRun, scorecard: nil, evidence: nil, seconds: 0),
        ]
        return LoopReport(
            candidate: "ana", candidateDirectory: "Submissions/ana",
            loop: .init(name: "default", title: "Loop & co", file: "Problems/loops/default.yaml"), decision: decision,
            reason: "not unanimous", dissent: [], held: [], stoppedAt: nil, meanRecommendation: 2, rounds: rounds,
            whoSaidWhat: [], coverage: [:], unratedAttributes: ["testing"],
            sandbox: Isolation(
                limits: "rlimit", runAsUID: nil, namespaces: [], noNewPrivileges: true, filesystem: "host",
                warnings: ["no namespaces"]),
            generatedAt: "2025-01-01T00:00:00Z", seconds: 4)
    }

    @Test func everyFileIsRendered() throws {
        let files = try Self.report().files()
        #expect(
            Set(files.keys) == [
                "loop.json", "scorecard.md", "junit.xml", "report.html", "rounds/design.json", "rounds/culture.json",
                "rounds/later.json",
            ])
        let later = try #require(files["rounds/later.json"])
        let round = try #require(try JSONSerialization.jsonObject(with: later) as? [String: Any])
        #expect(round["recommendation"] is NSNull, "absent fields are null, not missing")
        #expect(round["status"] as? String == "not_run")
        let decoded = try JSONDecoder().decode(LoopReport.self, from: try #require(files["loop.json"]))
        #expect(decoded == Self.report())
    }

    @Test func junitHasASuitePerRoundAndATimedCasePerTest() throws {
        let junit = JUnitReport.render(Self.report())
        #expect(junit.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
        #expect(junit.contains("<testsuite name=\"design\" tests=\"15\" failures=\"2\" errors=\"0\" skipped=\"0\""))
        #expect(junit.contains("<testcase classname=\"design.p\" name=\"secret/perf/1\" time=\"2.100\">"))
        #expect(
            junit.contains(
                "<failure type=\"TLE\" message=\"time limit exceeded; cpu 2100 ms of the 2000 ms limit, peak 4096 KiB"))
        #expect(junit.contains("<failure type=\"no_hire\""), "the panel's view fails too")
        #expect(junit.contains("<error type=\"no_decision\" message=\"no scorecard yet\"/>"))
        #expect(junit.contains("<skipped message=\"not run"))
        #expect(junit.contains("Design &lt;cache&gt;"), "escaped")
        #expect(junit.components(separatedBy: "<testsuite ").count - 1 == 3)
    }

    @Test func theMarkdownLeadsWithTheDecision() {
        let markdown = ScorecardMarkdown.render(Self.report())
        #expect(markdown.hasPrefix("# ❌ NO_HIRE — ana\n"))
        #expect(markdown.contains("| Design &lt;cache&gt; | standard | `p` | 13/14 | 🔴 **no_hire** |"))
        #expect(markdown.contains("Rated by no round: Testing."))
        #expect(markdown.contains("averages never decide"))
        #expect(markdown.contains("<details>"))
    }

    @Test func theHTMLIsSelfContainedWithItsCharts() {
        let html = HTMLReport.render(Self.report())
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(!html.contains("src=") && !html.contains("http"), "nothing from the network")
        #expect(html.contains("aria-label=\"radar chart of attribute ratings\""))
        #expect(html.contains("class=\"fill cpu over\""), "the TLE bar is over the limit")
        #expect(html.contains("Design &lt;cache&gt;") && !html.contains("Design <cache>"))
        #expect(html.contains("Weaker isolation: no namespaces"))
        #expect(html.contains("Not run"))
    }

    @Test func theHTMLReflowsOnAPhoneAndItsChartsCarryTheirValues() {
        let html = HTMLReport.render(Self.report())
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media (max-width:640px)"))
        // On a phone the rounds table becomes one block per round, each cell with its label.
        #expect(html.contains("table.rounds thead{display:none}"))
        #expect(
            html.contains("<td data-label=\"Tests passed\">") && html.contains("<td data-label=\"Recommendation\">"))
        // The wide coverage table scrolls inside its own box, never the page.
        #expect(html.contains("<div class=\"scroll\"><table class=\"coverage\">"))
        // Bars and radar carry their values: the limit on each bar, the rating on each axis label.
        #expect(html.contains("data-label=\"CPU of 2000 ms\""))
        #expect(html.contains(">Testing n/a</text>"), "the unrated attribute says so on its axis")
        #expect(html.range(of: #">Problem solving [1-4]</text>"#, options: .regularExpression) != nil)
    }

    @Test func aReportFolderIsReplacedWholeAndAForeignOneRefused() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("panel-rf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("reports")
        try ReportFolder.write(["loop.json": Data("1".utf8), "rounds/a.json": Data("a".utf8)], to: folder)
        try ReportFolder.write(["loop.json": Data("2".utf8)], to: folder)
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("loop.json").path) == Data("2".utf8))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("rounds/a.json").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["reports"])

        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        #expect(throws: ReportFolder.Refusal.self) { try ReportFolder.write(["loop.json": Data()], to: folder) }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }
}
