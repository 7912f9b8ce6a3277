import Foundation
import Testing

/// `panel loop` through the built binary: real compiled solutions, the decision rule, manual scorecards,
/// plugins that fail in every way, and the report folder.
@Suite struct LoopTests {
    static let fixtures = PanelBinary.fixtures.appendingPathComponent("loops")
    static let shippedProblems = PanelBinary.repository.appendingPathComponent("Problems")
    static let problem = fixtures.appendingPathComponent("problems/loop-sum").path
    static let plugins = fixtures.appendingPathComponent("plugins")

    /// A temporary folder holding a loop file: a gating screen on `loop-sum`, then `rounds` (YAML).
    struct Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-loop-\(UUID().uuidString)")
        var loop: URL { folder.appendingPathComponent("loop.yaml") }
        var reports: URL { folder.appendingPathComponent("reports") }

        init(rounds: String = Self.culture) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let text = """
                title: Test loop
                rounds:
                  - id: screen
                    title: Screen
                    kind: screen
                    interviewer: standard
                    problems: ["\(LoopTests.problem)"]
                \(rounds)
                """
            try text.write(to: loop, atomically: true, encoding: .utf8)
        }

        static let culture = """
              - id: culture
                title: Culture
                kind: culture
                interviewer: manual
            """

        /// A plugin round running `plugins/<file>` with `arguments`.
        static func plugin(_ file: String, _ arguments: [String] = [], timeout: Int = 20) -> String {
            """
              - id: design
                title: Design
                kind: design-implementation
                interviewer:
                  plugin: "\(LoopTests.plugins.appendingPathComponent(file).path)"
                  timeout: \(timeout)
                  arguments: [\(arguments.map { "\"\($0)\"" }.joined(separator: ", "))]
                problems: ["\(LoopTests.problem)"]
            """
        }

        /// Runs `panel loop` on a fixture candidate with this loop, JSON on stdout.
        func run(_ candidate: String, extra: [String] = []) throws -> PanelBinary.Result {
            try PanelBinary.run(
                [
                    "loop", LoopTests.fixtures.appendingPathComponent("candidates/\(candidate)").path, "--loop",
                    loop.path, "--report-dir", reports.path, "--problems", LoopTests.shippedProblems.path, "--json",
                    "--scorecards", LoopTests.fixtures.appendingPathComponent("scorecards").path,
                ] + extra)
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    static func rounds(_ json: [String: Any]) throws -> [[String: Any]] {
        try #require(json["rounds"] as? [[String: Any]])
    }

    static func round(_ json: [String: Any], _ id: String) throws -> [String: Any] {
        try #require(try rounds(json).first { $0["id"] as? String == id })
    }

    @Test func aStrongCandidateIsHiredAndEveryReportIsWritten() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("strong")
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let json = try result.json()
        #expect(json["decision"] as? String == "HIRE")
        #expect((json["dissent"] as? [Any])?.isEmpty == true)
        let screen = try Self.round(json, "screen")
        #expect(screen["recommendation"] as? String == "strong_hire")
        #expect(screen["interviewer"] as? String == "standard")
        let attributes = try #require(screen["attributes"] as? [String: [String: Any]])
        #expect(
            Set(attributes.keys) == [
                "problem_solving", "technical_competency", "testing", "communication", "efficiency",
            ])
        let evidence = try #require((screen["evidence"] as? [String: Any])?["problems"] as? [[String: Any]])
        let problem = try #require(evidence.first)
        #expect((problem["tests"] as? [String: Int]) == ["passed": 6, "total": 6])
        let explanation = try #require(problem["explanation"] as? [String: Any])
        #expect(explanation["approach"] as? Bool == true)
        #expect(explanation["complexity"] as? Bool == true)
        #expect(explanation["edge_cases"] as? Bool == true)
        #expect((problem["complexity"] as? [String: Any])?["stated"] as? String == "O(n)")
        let culture = try Self.round(json, "culture")
        #expect(culture["recommendation"] as? String == "hire")
        #expect(culture["interviewer_kind"] as? String == "manual")

        for file in [
            "loop.json", "rounds/screen.json", "rounds/culture.json", "scorecard.md", "junit.xml", "report.html",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: workspace.reports.appendingPathComponent(file).path), "\(file)")
        }
        let junit = try String(contentsOf: workspace.reports.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(junit.contains("<testsuite name=\"screen\" tests=\"7\" failures=\"0\""))
        #expect(junit.contains("name=\"secret/perf/02-twenty-thousand\" time=\""))
        let html = try String(contentsOf: workspace.reports.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("http://") && !html.contains("https://"), "the page loads nothing from the network")
        let markdown = try String(contentsOf: workspace.reports.appendingPathComponent("scorecard.md"), encoding: .utf8)
        #expect(markdown.hasPrefix("# ✅ HIRE — strong"))
    }

    @Test func theScreenGatesTheOnsiteAndNamesTheFailure() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("weak")
        #expect(result.exitCode == 1, "stderr: \(result.stderr)")
        let json = try result.json()
        #expect(json["decision"] as? String == "NO_HIRE")
        #expect(json["stopped_at"] as? String == "screen")
        let dissent = try #require(json["dissent"] as? [[String: Any]])
        #expect(dissent.map { $0["round"] as? String } == ["screen"])
        #expect(try Self.round(json, "culture")["status"] as? String == "not_run")
        let screen = try Self.round(json, "screen")
        #expect(["no_hire", "strong_no_hire"].contains(screen["recommendation"] as? String))
        let problem = try #require(((screen["evidence"] as? [String: Any])?["problems"] as? [[String: Any]])?.first)
        let failure = try #require(problem["first_failure"] as? [String: Any])
        #expect(failure["verdict"] as? String == "RTE")
        #expect(failure["description"] as? String == "values up to 10^12 need 64 bits")
        #expect((screen["concerns"] as? [String])?.contains { $0.contains("values up to 10^12") } == true)
    }

    @Test func aMissingSolutionIsRatedAsNone() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("absent")
        #expect(result.exitCode == 1)
        let json = try result.json()
        #expect(json["decision"] as? String == "NO_HIRE")
        let screen = try Self.round(json, "screen")
        #expect(screen["recommendation"] as? String == "strong_no_hire")
        #expect((screen["concerns"] as? [String])?.first == "no solution submitted")
    }

    @Test func silenceCostsCommunicationButDoesNotVeto() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let json = try workspace.run("silent").json()
        #expect(json["decision"] as? String == "HIRE")
        let attributes = try #require(try Self.round(json, "screen")["attributes"] as? [String: [String: Any]])
        #expect(attributes["communication"]?["rating"] as? String == "no_hire")
        #expect(attributes["problem_solving"]?["rating"] as? String == "strong_hire")
    }

    @Test func aMissingManualScorecardHoldsTheLoop() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("held")
        #expect(result.exitCode == 1)
        let json = try result.json()
        #expect(json["decision"] as? String == "HOLD")
        let held = try #require(json["held"] as? [[String: Any]])
        #expect(held.map { $0["round"] as? String } == ["culture"])
        let culture = try Self.round(json, "culture")
        #expect(culture["status"] as? String == "missing_scorecard")
        #expect(culture["recommendation"] as? String == "no_decision")
        #expect((culture["error"] as? String)?.contains("scorecards/held/culture.yaml") == true)
    }

    @Test func aBadManualScorecardIsAnErrorNamingFileAndField() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let result = try workspace.run("bad-scorecard")
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("scorecards/bad-scorecard/culture.yaml:4"), "stderr: \(result.stderr)")
        #expect(result.stderr.contains("attributes.comunication"))
        #expect(result.stderr.contains("did you mean 'communication'"))
        #expect(!FileManager.default.fileExists(atPath: workspace.reports.path), "nothing is written")
    }

    /// Each way a plugin can fail, and what the round's error must say.
    static let brokenPlugins: [(file: String, arguments: [String], timeout: Int, error: String)] = [
        ("scripted.sh", ["crash"], 20, "ended with exit code 3: scripted: no model loaded, giving up"),
        ("scripted.sh", ["sleep"], 1, "timed out after 1 s"),
        ("scripted.sh", ["not-json"], 20, "stdout is not valid JSON"),
        ("scripted.sh", ["future"], 20, "'protocol_version': 3 is not a version Panel speaks"),
        ("scripted.sh", ["bad-rating"], 20, "'attributes.testing': 'excellent' is not one of"),
        ("does-not-compile.swift", [], 20, "does not compile"),
    ]

    @Test(arguments: brokenPlugins)
    func aBrokenPluginHoldsTheLoopWithItsError(file: String, arguments: [String], timeout: Int, error: String) throws {
        let workspace = try Workspace(rounds: Workspace.plugin(file, arguments, timeout: timeout))
        defer { workspace.remove() }
        let result = try workspace.run("strong")
        #expect(result.exitCode == 1, "stderr: \(result.stderr)")
        let json = try result.json()
        #expect(json["decision"] as? String == "HOLD")
        let design = try Self.round(json, "design")
        #expect(design["recommendation"] as? String == "no_decision")
        #expect(design["interviewer_kind"] as? String == "plugin")
        let message = try #require(design["error"] as? String)
        #expect(message.contains(error), "error: \(message)")
        #expect((json["held"] as? [[String: Any]])?.first?["round"] as? String == "design")
    }

    @Test func aPluginSeesOnlyItsOwnRoundAndItsScorecardCounts() throws {
        let workspace = try Workspace(rounds: Workspace.plugin("scripted.sh", ["good"]))
        defer { workspace.remove() }
        let result = try workspace.run("strong")
        #expect(result.exitCode == 0, "stderr: \(result.stderr)")
        let json = try result.json()
        #expect(json["decision"] as? String == "HIRE")
        let design = try Self.round(json, "design")
        #expect(design["recommendation"] as? String == "strong_hire")
        #expect(design["persona"] as? String == "Scripted")
        #expect(design["interviewer_version"] as? String == "0.1")
        let attributes = try #require(design["attributes"] as? [String: [String: Any]])
        #expect(attributes["testing"]?["reasons"] as? [String] == ["all edge cases"])
        #expect(attributes["efficiency"]?["rating"] as? String == "hire")
        #expect(attributes["communication"]?["rating"] as? String == "not_assessed")
        let log = try #require(design["plugin_log"] as? String)
        #expect(log.contains("\"id\":\"design\""))
        #expect(!log.contains("\"id\":\"screen\""), "the request holds no other round")
    }

    @Test func theShippedExamplePluginCompilesAndRatesARound() throws {
        let example = PanelBinary.repository.appendingPathComponent("Problems/loops/plugins/edge-case-hunter.swift")
        let workspace = try Workspace(
            rounds: """
                  - id: design
                    title: Design
                    kind: design-implementation
                    interviewer:
                      plugin: "\(example.path)"
                      timeout: 20
                    problems: ["\(LoopTests.problem)"]
                """)
        defer { workspace.remove() }
        let result = try workspace.run("weak")
        let json = try result.json()
        // The weak candidate fails the screen, so the plugin's round never runs: use the strong one too.
        #expect(try Self.round(json, "design")["status"] as? String == "not_run")
        let strong = try workspace.run("strong").json()
        let design = try Self.round(strong, "design")
        #expect(design["recommendation"] as? String == "strong_hire", "\(design["error"] ?? "")")
        #expect((design["persona"] as? String)?.hasPrefix("Edge-case hunter") == true)
        #expect((design["plugin_log"] as? String)?.contains("rating round design of strong") == true)
        let attributes = try #require(design["attributes"] as? [String: [String: Any]])
        #expect(attributes["communication"]?["rating"] as? String == "not_assessed")
        #expect(attributes["testing"]?["rating"] as? String == "strong_hire")
    }

    @Test func theReportFolderIsReplacedWholeButNeverAForeignOne() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        #expect(try workspace.run("strong").exitCode == 0)
        let stale = workspace.reports.appendingPathComponent("rounds/old-round.json")
        try Data("{}".utf8).write(to: stale)
        #expect(try workspace.run("strong").exitCode == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path), "the folder was replaced, not merged")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty, "no staging folders left: \(leftovers)")

        let foreign = workspace.folder.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        let refused = try workspace.run("strong", extra: ["--report-dir", foreign.path])
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("notes.txt"))
        #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("notes.txt").path))
    }

    @Test func aBadLoopFileIsAnErrorNamingFileLineAndField() throws {
        let workspace = try Workspace(
            rounds: """
                  - id: onsite
                    title: Onsite
                    kind: coding
                    interviewer: standart
                    problems: ["\(LoopTests.problem)"]
                """)
        defer { workspace.remove() }
        let result = try workspace.run("strong")
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("\(workspace.loop.path):11: field 'rounds[1].interviewer'"), "\(result.stderr)")
        #expect(result.stderr.contains("did you mean 'standard'?"))
    }

    @Test func theShippedExampleIsHiredByTheDefaultLoop() throws {
        let reports = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-loop-ana-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: reports) }
        let result = try PanelBinary.run(
            [
                "loop", PanelBinary.repository.appendingPathComponent("Submissions/ana").path, "--report-dir",
                reports.path,
            ],
            environment: ["PANEL_PROBLEMS": Self.shippedProblems.path])
        #expect(result.exitCode == 0, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(result.stdout.contains("decision: HIRE"))
        #expect(result.stdout.contains("keeper-test"))
    }
}
