import Foundation
import Testing

@testable import PanelCore

/// Loop files, rubric files and manual scorecards: what loads, and the error for each mistake.
@Suite struct LoopFileTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let shippedProblems = repository.appendingPathComponent("Problems")
    static let fixtureProblems = repository.appendingPathComponent("Tests/Fixtures/loops/problems")

    /// A temporary folder with the shipped rubrics in `interviewers/`, for loop files under test.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("panel-loopfile-\(UUID().uuidString)")

        init() throws {
            let interviewers = url.appendingPathComponent("interviewers")
            try FileManager.default.createDirectory(at: interviewers, withIntermediateDirectories: true)
            for name in InterviewerRegistry.rubrics {
                try FileManager.default.copyItem(
                    at: LoopFileTests.shippedProblems.appendingPathComponent("loops/interviewers/\(name).yaml"),
                    to: interviewers.appendingPathComponent("\(name).yaml"))
            }
        }

        func write(_ name: String, _ text: String) throws -> URL {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static func load(_ text: String) throws -> LoopFile {
        let folder = try Folder()
        defer { folder.remove() }
        return try LoopLoader.load(
            try folder.write("loop.yaml", text), bank: ProblemBank(root: fixtureProblems))
    }

    /// The SpecError loading `text` throws.
    static func error(_ text: String) throws -> SpecError {
        do {
            _ = try load(text)
        } catch let error as SpecError {
            return error
        }
        Issue.record("expected an error")
        throw CancellationError()
    }

    static let round = """
        rounds:
          - id: screen
            title: Screen
            kind: screen
            interviewer: standard
            problems: [loop-sum]
        """

    @Test func aLoopFileLoadsWithDefaults() throws {
        let loop = try Self.load(
            Self.round + """

                  - id: culture
                    kind: culture
                    interviewer: manual
                """)
        #expect(loop.name == "loop")
        #expect(loop.rounds.map(\.id) == ["screen", "culture"])
        #expect(loop.rounds[0].gate, "a screen gates by default")
        #expect(!loop.rounds[1].gate)
        #expect(loop.rounds[1].title == "culture")
        #expect(loop.rounds[1].scorecard == "culture.yaml")
        guard case .rubric(let name, let file) = loop.rounds[0].interviewer else {
            Issue.record("expected a rubric interviewer")
            return
        }
        #expect(name == "standard")
        #expect(file.lastPathComponent == "standard.yaml")
    }

    /// Each mistake, the field the error names, and a piece of what it says.
    static let mistakes: [(yaml: String, field: String, says: String)] = [
        (
            round.replacingOccurrences(of: "kind: screen", with: "kind: screne"), "rounds[0].kind",
            "did you mean 'screen'?"
        ),
        (
            round.replacingOccurrences(of: "interviewer: standard", with: "interviewer: standart"),
            "rounds[0].interviewer", "did you mean 'standard'?"
        ),
        (
            round.replacingOccurrences(of: "[loop-sum]", with: "[loop-sun]"), "rounds[0].problems[0]",
            "did you mean 'loop-sum'?"
        ),
        (
            round.replacingOccurrences(of: "title: Screen", with: "titel: Screen"), "rounds[0].titel",
            "did you mean 'title'?"
        ),
        (round.replacingOccurrences(of: "id: screen", with: "id: Screen 1"), "rounds[0].id", "lower-case letters"),
        (round + "\n  - id: screen\n    kind: culture\n    interviewer: manual", "rounds[1].id", "no other round has"),
        (
            round.replacingOccurrences(of: "interviewer: standard", with: "interviewer: manual"), "rounds[0].problems",
            "no problems for a manual round"
        ),
        (round.replacingOccurrences(of: "    problems: [loop-sum]", with: ""), "rounds[0].problems", "at least one"),
        (
            round.replacingOccurrences(of: "interviewer: standard", with: "interviewer:\n      plugin: nowhere.swift"),
            "rounds[0].interviewer.plugin", "not found"
        ),
        (
            round.replacingOccurrences(
                of: "interviewer: standard", with: "interviewer:\n      plugin: loop.yaml\n      timeout: 0"),
            "rounds[0].interviewer.plugin", "not executable"
        ),
        ("title: nothing", "rounds", "a list of rounds"),
    ]

    @Test(arguments: mistakes)
    func aMistakeNamesItsField(yaml: String, field: String, says: String) throws {
        let error = try Self.error(yaml)
        #expect(error.description.contains("'\(field)'"), "\(error)")
        #expect(error.description.contains(says), "\(error)")
        #expect(error.description.contains("loop.yaml"), "\(error)")
    }

    @Test func aLoopIsFoundByNameWithASuggestion() throws {
        let found = try LoopLoader.locate("default", problemsRoot: Self.shippedProblems)
        #expect(found.lastPathComponent == "default.yaml")
        #expect(throws: SpecError.self) { try LoopLoader.locate("defualt", problemsRoot: Self.shippedProblems) }
        do {
            _ = try LoopLoader.locate("defualt", problemsRoot: Self.shippedProblems)
        } catch {
            #expect(error.description.contains("did you mean 'default'?"))
        }
    }

    @Test(arguments: ["default", "ml-engineer"])
    func theShippedLoopsLoadWithTheirRubrics(name: String) throws {
        let bank = ProblemBank(root: Self.shippedProblems)
        let loop = try LoopLoader.load(try LoopLoader.locate(name, problemsRoot: bank.root), bank: bank)
        #expect(loop.rounds.count >= 4)
        #expect(loop.rounds.first?.gate == true)
        #expect(loop.rounds.contains { $0.interviewer == .manual }, "a human round, as in the seeds' loop")
        for round in loop.rounds {
            if case .rubric(_, let file) = round.interviewer { _ = try Rubric.load(file) }
            for problem in round.problems { _ = try bank.load(problem) }
        }
    }

    @Test func theShippedRubricsLoad() throws {
        for name in InterviewerRegistry.rubrics {
            let rubric = try Rubric.load(
                Self.shippedProblems.appendingPathComponent("loops/interviewers/\(name).yaml"))
            #expect(rubric.name == name)
            #expect(Set(rubric.attributes.keys) == Set(Attribute.allCases))
            #expect(rubric.overall.atLeastHire.contains(.problemSolving))
        }
    }

    @Test func aRubricMistakeNamesItsField() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let file = try folder.write(
            "mine.yaml",
            """
            name: mine
            persona: Someone
            attributes:
              testing:
                hire:
                  min_edge_case: 0.9
            """)
        #expect {
            try Rubric.load(file)
        } throws: { error in
            let text = "\(error)"
            return text.contains("mine.yaml:6") && text.contains("'attributes.testing.hire.min_edge_case'")
                && text.contains("did you mean 'min_edge_cases'?")
        }
    }

    // MARK: - Manual scorecards

    static let manualRound = Round(
        id: "culture", title: "Culture", kind: "culture", interviewer: .manual, problems: [], gate: false,
        scorecard: "culture.yaml")

    static func scorecard(_ text: String) throws -> Scorecard {
        let folder = try Folder()
        defer { folder.remove() }
        return try ManualScorecard.load(try folder.write("culture.yaml", text), round: manualRound)
    }

    @Test func aManualScorecardLoads() throws {
        let scorecard = try Self.scorecard(
            """
            interviewer: Dana, engineering manager
            recommendation: strong_hire
            attributes:
              communication: strong_hire
              problem_solving:
                rating: hire
                notes: [Framed the problem well]
            questions:
              - question: Would I fight to keep them?
                answer: Yes
            strengths: [Candor]
            """)
        #expect(scorecard.recommendation == .decided(.strongHire))
        #expect(scorecard.interviewer.kind == .manual)
        #expect(scorecard.interviewer.persona == "Dana, engineering manager")
        #expect(scorecard.attributes[.communication].rating == .rated(.strongHire))
        #expect(scorecard.attributes[.problemSolving].reasons == ["Framed the problem well"])
        #expect(scorecard.attributes[.testing].rating == .notAssessed)
        #expect(scorecard.questions.first?.answer == "Yes")
    }

    static let badScorecards: [(yaml: String, field: String, says: String)] = [
        ("interviewer: D\nrecommendation: maybe", "recommendation", "one of strong_no_hire"),
        (
            "interviewer: D\nrecommendation: hire\nattributes:\n  teting: hire", "attributes.teting",
            "did you mean 'testing'?"
        ),
        ("interviewer: D\nrecommendation: hire\nattributes:\n  testing: great", "attributes.testing", "not_assessed"),
        (
            "interviewer: D\nrecommendation: hire\nattributes:\n  testing:\n    notes: [x]",
            "attributes.testing.rating",
            "missing"
        ),
        ("recommendation: hire", "interviewer", "missing"),
        ("interviewer: D", "recommendation", "missing"),
        ("round: screen\ninterviewer: D\nrecommendation: hire", "round", "'culture'"),
        ("interviewer: D\nrecommendation: hire\nstrenghts: [x]", "strenghts", "did you mean 'strengths'?"),
    ]

    @Test(arguments: badScorecards)
    func aBadManualScorecardNamesFileAndField(yaml: String, field: String, says: String) throws {
        do {
            _ = try Self.scorecard(yaml)
            Issue.record("expected an error")
        } catch let error as SpecError {
            #expect(error.description.contains("culture.yaml"), "\(error)")
            #expect(error.description.contains("'\(field)'"), "\(error)")
            #expect(error.description.contains(says), "\(error)")
        }
    }

    @Test(arguments: ["ana", "ben"])
    func theShippedScorecardsLoad(candidate: String) throws {
        let file = Self.repository.appendingPathComponent("Problems/loops/scorecards/\(candidate)/keeper-test.yaml")
        let round = Round(
            id: "keeper-test", title: "Keeper Test", kind: "culture", interviewer: .manual, problems: [], gate: false,
            scorecard: "keeper-test.yaml")
        let scorecard = try ManualScorecard.load(file, round: round)
        #expect(scorecard.recommendation.level.map { $0 >= .hire } == true)
        #expect(scorecard.questions.count >= 2, "the two Keeper Test questions")
    }
}
