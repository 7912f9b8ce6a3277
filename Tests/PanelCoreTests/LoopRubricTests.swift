import Foundation
import Testing

@testable import PanelCore

/// Rubric interviewers rate from evidence: synthetic judgings in, scorecards out.
@Suite struct LoopRubricTests {
    static let standard = try? Rubric.load(
        LoopFileTests.shippedProblems.appendingPathComponent("loops/interviewers/standard.yaml"))
    static let barRaiser = try? Rubric.load(
        LoopFileTests.shippedProblems.appendingPathComponent("loops/interviewers/bar-raiser.yaml"))

    static let source = """
        // Approach: a dictionary plus a doubly linked list.
        // Complexity: O(1) per operation.
        // Edge cases: capacity one, updates that must not evict.
        print(1)
        """

    /// Evidence for a problem with 2 samples, 10 edge cases and 2 performance cases, of which the given numbers
    /// pass; failing tests get `failure` as verdict; the slowest case takes `slowest` ms of a 2000 ms limit.
    static func evidence(
        samples: Int = 2,
        edge: Int = 10,
        performance: Int = 2,
        failure: Verdict = .WA,
        slowest: Int = 200,
        warnings: Int = 0,
        source: String? = LoopRubricTests.source,
        submitted: Bool = true,
        compiled: Bool = true
    ) -> ProblemEvidence {
        var runs: [ProblemEvidence.Run] = []
        func add(_ group: String, _ count: Int, _ passing: Int, cpu: Int) {
            for index in 0..<count {
                runs.append(
                    .init(
                        name: "\(group)/\(index)", group: group, verdict: index < passing ? .AC : failure,
                        cpuMilliseconds: cpu, wallMilliseconds: cpu, memoryKiB: 4096, inputBytes: 1000 * (index + 1),
                        detail: nil))
            }
        }
        add("sample", 2, samples, cpu: 1)
        add("secret/edge", 10, edge, cpu: 2)
        add("secret/perf", 2, performance, cpu: slowest)
        let groups = ["sample", "secret/edge", "secret/perf"].map { name in
            ProblemEvidence.Group(
                name: name, role: .of(group: name),
                passed: compiled && submitted ? runs.count { $0.group == name && $0.verdict == .AC } : 0,
                total: runs.count { $0.group == name }, verdicts: [:])
        }
        if !compiled || !submitted { runs = [] }
        var verdicts: [String: Int] = [:]
        for run in runs { verdicts[run.verdict.rawValue, default: 0] += 1 }
        let explanation =
            submitted ? Explanation.read(source: source, notes: nil, slug: "p", title: "P") : Explanation.none
        return ProblemEvidence(
            problem: "p", title: "P", solution: submitted ? "c/p.swift" : nil,
            build: submitted
                ? .init(ok: compiled, seconds: 1, cached: false, warnings: warnings, warningLines: [], errors: nil)
                : nil,
            verdict: nil, score: nil, tests: .init(passed: runs.count { $0.verdict == .AC }, total: 14),
            groups: groups, verdicts: verdicts, firstFailure: nil,
            resources: .init(
                timeLimitMilliseconds: 2000, memoryLimitKiB: 262_144,
                maxCPUMilliseconds: runs.map(\.cpuMilliseconds).max(),
                maxWallMilliseconds: nil, maxMemoryKiB: runs.isEmpty ? nil : 4096, slowestTest: nil),
            explanation: explanation,
            complexity: ComplexityCheck.check(complexityLine: explanation.complexityLine, performanceRuns: []),
            runs: runs)
    }

    static func rate(_ rubric: Rubric?, _ evidence: ProblemEvidence) throws -> Scorecard {
        try #require(rubric).scorecard(for: RoundEvidence(problems: [evidence]))
    }

    @Test func everythingPassingFastAndExplainedIsAStrongHire() throws {
        let card = try Self.rate(Self.standard, Self.evidence())
        #expect(card.recommendation == .decided(.strongHire))
        for attribute in Attribute.allCases {
            #expect(card.attributes[attribute].rating == .rated(.strongHire), "\(attribute)")
        }
        #expect(card.concerns.isEmpty)
    }

    @Test func aTimeLimitOnThePerformanceGroupSinksTheRound() throws {
        let card = try Self.rate(Self.standard, Self.evidence(performance: 0, failure: .TLE, slowest: 2100))
        #expect(card.attributes[.efficiency].rating == .rated(.strongNoHire))
        #expect(card.attributes[.testing].rating == .rated(.strongHire))
        #expect(card.recommendation == .decided(.noHire), "an attribute at strong_no_hire caps the overall")
        #expect(card.notes?.contains("capped at no_hire") == true)
        #expect(card.concerns.contains { $0.hasPrefix("Efficiency strong no hire: performance tests: 0/2 passed") })
    }

    @Test func oneSlowPerformanceCaseIsEnoughForNoHireWithTheStandardInterviewer() throws {
        let card = try Self.rate(Self.standard, Self.evidence(performance: 1, failure: .TLE, slowest: 2100))
        #expect(card.attributes[.efficiency].rating == .rated(.noHire))
        #expect(card.recommendation == .decided(.noHire), "efficiency must be at least hire")
    }

    @Test func edgeCaseFailuresAreTesting() throws {
        let card = try Self.rate(Self.standard, Self.evidence(edge: 8))
        #expect(card.attributes[.testing].rating == .rated(.noHire))
        #expect(card.attributes[.testing].reasons.contains("hidden edge and correctness tests: 8/10 passed"))
        #expect(card.attributes[.testing].reasons.contains("not hire: needs edge_cases ≥ 0.9"))
    }

    @Test func silenceIsAtMostNoHireForCommunication() throws {
        let card = try Self.rate(Self.standard, Self.evidence(source: "print(1)"))
        #expect(card.attributes[.communication].rating == .rated(.noHire))
        #expect(card.recommendation == .decided(.strongHire), "the code can still speak for itself")
    }

    @Test func noSolutionIsStrongNoHireEverywhere() throws {
        let card = try Self.rate(Self.standard, Self.evidence(submitted: false))
        #expect(card.recommendation == .decided(.strongNoHire))
        #expect(card.concerns == ["no solution submitted"])
    }

    @Test func aCompileErrorIsStrongNoHireForTechnicalCompetency() throws {
        let card = try Self.rate(Self.standard, Self.evidence(compiled: false))
        #expect(card.attributes[.technicalCompetency].rating == .rated(.strongNoHire))
        #expect(card.recommendation.level.map { $0 <= .noHire } == true)
    }

    @Test func aJudgeErrorIsNoDecisionNotTheCandidatesFault() throws {
        let card = try Self.rate(Self.standard, Self.evidence(edge: 9, failure: .JE))
        #expect(card.recommendation == .noDecision)
        #expect(card.error?.contains("output validator failed") == true)
    }

    @Test func theBarRaiserIsStricter() throws {
        let evidence = Self.evidence(slowest: 1300, warnings: 1)
        let standard = try Self.rate(Self.standard, evidence)
        let strict = try Self.rate(Self.barRaiser, evidence)
        #expect(standard.recommendation.level.map { $0 >= .hire } == true)
        #expect(strict.recommendation == .decided(.noHire))
        #expect(strict.attributes[.technicalCompetency].rating == .rated(.noHire), "warnings count")
        #expect(strict.attributes[.efficiency].rating == .rated(.noHire), "65% of the limit is too slow")
    }

    @Test func withSeveralProblemsEachAttributeTakesTheLowest() throws {
        let rubric = try #require(Self.standard)
        let card = rubric.scorecard(for: RoundEvidence(problems: [Self.evidence(), Self.evidence(edge: 7)]))
        #expect(card.attributes[.testing].rating == .rated(.noHire))
        #expect(card.attributes[.testing].reasons.contains { $0.hasPrefix("p: ") })
    }

    @Test func anAttributeWithoutEvidenceIsNotAssessed() throws {
        var rubric = try #require(Self.standard)
        rubric.attributes[.efficiency] = nil
        let card = rubric.scorecard(for: RoundEvidence(problems: [Self.evidence()]))
        #expect(card.attributes[.efficiency].rating == .notAssessed)
        #expect(card.recommendation == .decided(.strongHire))
    }

    @Test(arguments: [
        (["hire", "hire", "strong_hire", "strong_hire"], Rubric.OverallPolicy.Method.median, Level.hire),
        (["hire", "strong_hire", "strong_hire"], .median, .strongHire),
        (["no_hire", "strong_hire", "strong_hire"], .lowest, .noHire),
        (["no_hire", "strong_hire", "strong_hire", "hire"], .mean, .hire),
        (["strong_no_hire", "strong_hire", "strong_hire", "strong_hire"], .median, .noHire),
    ])
    func theOverallLeansLow(ratings: [String], method: Rubric.OverallPolicy.Method, expected: Level) throws {
        var rubric = try #require(Self.standard)
        rubric.overall = .init(method: method, atLeastHire: [])
        var attributes = AttributeRatings()
        for (attribute, name) in zip(Attribute.allCases, ratings) {
            attributes[attribute] = AttributeScore(rating: try #require(Rating(name: name)))
        }
        #expect(rubric.overall(attributes).0 == expected)
    }
}
