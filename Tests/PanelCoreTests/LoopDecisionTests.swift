import Testing

@testable import PanelCore

/// The unanimous decision rule, case by case.
@Suite struct LoopDecisionTests {
    /// A loop of rounds written as `id:recommendation`, the first one gating (`-` for a round that did not run).
    static func votes(_ text: String) -> [Decision.Vote] {
        text.split(separator: " ").enumerated().map { index, item in
            let parts = item.split(separator: ":").map(String.init)
            let recommendation = parts[1] == "-" ? nil : Recommendation(name: parts[1])
            return Decision.Vote(
                round: parts[0], title: parts[0].capitalized, gate: index == 0, recommendation: recommendation,
                reasons: ["because of \(parts[0])"])
        }
    }

    static let cases: [(loop: String, outcome: Decision.Outcome, dissent: [String], held: [String])] = [
        ("screen:hire a:hire b:strong_hire c:hire", .hire, [], []),
        ("screen:strong_hire a:strong_hire b:strong_hire", .hire, [], []),
        // One dissenting onsite round is enough, and it is named.
        ("screen:hire a:hire b:no_hire c:strong_hire", .noHire, ["b"], []),
        ("screen:hire a:strong_no_hire b:no_hire c:hire", .noHire, ["a", "b"], []),
        // The screen gates: below hire, the onsite does not run.
        ("screen:no_hire a:- b:-", .noHire, ["screen"], []),
        ("screen:strong_no_hire a:- b:-", .noHire, ["screen"], []),
        ("screen:no_decision a:- b:-", .hold, [], ["screen"]),
        // A missing or undecided scorecard holds a loop nobody vetoed.
        ("screen:hire a:hire b:no_decision", .hold, [], ["b"]),
        ("screen:hire a:no_decision b:no_decision", .hold, [], ["a", "b"]),
        // A veto is final: it wins over a missing scorecard elsewhere.
        ("screen:hire a:no_decision b:no_hire", .noHire, ["b"], ["a"]),
        // Averages never decide: a high mean with one dissent is still NO_HIRE.
        ("screen:strong_hire a:strong_hire b:strong_hire c:strong_hire d:no_hire", .noHire, ["d"], []),
    ]

    @Test(arguments: cases)
    func decides(loop: String, outcome: Decision.Outcome, dissent: [String], held: [String]) {
        let decision = Decision.decide(Self.votes(loop))
        #expect(decision.outcome == outcome)
        #expect(decision.dissent.map(\.round) == dissent)
        #expect(decision.held.map(\.round) == held)
    }

    @Test func theReasonNamesTheDissentAndWhy() {
        let decision = Decision.decide(Self.votes("screen:hire onsite:no_hire culture:hire"))
        #expect(decision.reason.contains("Onsite (onsite: no_hire)"))
        #expect(decision.reason.contains("because of onsite"))
    }

    @Test func aGateStopsTheLoopAndSaysHowManyRoundsWereSkipped() {
        let decision = Decision.decide(Self.votes("screen:no_hire a:- b:-"))
        #expect(decision.stoppedAt == "screen")
        #expect(decision.reason.contains("the 2 later rounds were not run"))
    }

    @Test func theMeanIsInformational() {
        let decision = Decision.decide(Self.votes("screen:strong_hire a:hire b:no_hire"))
        #expect(decision.meanRecommendation == 3)
        #expect(decision.outcome == .noHire)
    }
}
