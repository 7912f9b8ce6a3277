import Foundation
import Testing

@testable import PanelCore

/// "Think out loud" and the complexity check: what Panel reads from comments and notes, and how it compares a
/// stated complexity with the measured growth.
@Suite struct LoopEvidenceTests {
    @Test func theHeaderCommentIsReadUpToTheFirstLineOfCode() {
        let source = """
            #!/usr/bin/env swift
            // Approach: two pointers.
            /* Complexity: O(n log n)
             * because of the sort. */
            import Foundation
            // Edge cases: this comment is below an import, still header.
            let x = 1 // Edge cases: not a header comment
            """
        let header = Explanation.headerComment(of: source)
        #expect(header.contains("Approach: two pointers."))
        #expect(header.contains("Complexity: O(n log n)"))
        #expect(header.contains("because of the sort."))
        #expect(header.contains("this comment is below an import"))
        #expect(!header.contains("not a header comment"))
    }

    @Test func labelsAreFoundAndProseCountsAsAnApproach() {
        let labelled = Explanation.analyse(
            "Approach: a heap.\nComplexity: O(log n) per push.\nEdge cases: empty input.", sources: ["x"])
        #expect(labelled.approach && labelled.complexity && labelled.edgeCases)
        #expect(labelled.complexityLine == "Complexity: O(log n) per push.")
        let prose = Explanation.analyse(
            "I sort the intervals by start and sweep them once, merging each into the last kept one when they touch.",
            sources: ["x"])
        #expect(prose.approach)
        #expect(!prose.complexity && !prose.edgeCases)
        let short = Explanation.analyse("Solution.", sources: ["x"])
        #expect(!short.approach)
    }

    @Test func aQuoteRunsToTheEndOfItsSentenceAcrossWrappedLines() {
        let wrapped = """
            Approach: keep the entries in an array ordered by use. A GET
            finds the key and moves its entry
            to the end.
            Complexity: O(C) per operation, O(C)
            memory.

            Edge cases: capacity 1; a GET miss changes nothing
            Unrelated: a line with a label of its own.
            """
        let explanation = Explanation.analyse(wrapped, sources: ["x"])
        #expect(
            explanation.approachLine
                == "Approach: keep the entries in an array ordered by use. A GET finds the key and moves its entry to the end."
        )
        #expect(explanation.complexityLine == "Complexity: O(C) per operation, O(C) memory.")
        // A sentence with no full stop ends at the next labelled line, never swallowing it.
        #expect(explanation.edgeCasesLine == "Edge cases: capacity 1; a GET miss changes nothing")
    }

    @Test func notesAreReadByProblemSection() {
        let notes = """
            # My notes
            ## lru-cache
            Approach: list and map.
            Complexity: O(1) per op.
            ### details
            Edge cases: capacity one.
            ## hit-counter
            Approach: a queue.
            """
        let lru = Explanation.read(source: nil, notes: notes, slug: "lru-cache", title: "LRU Cache")
        #expect(lru.sources == ["NOTES.md"])
        #expect(lru.approachLine == "Approach: list and map.")
        #expect(lru.edgeCases, "a deeper heading stays in the section")
        let hits = Explanation.read(source: nil, notes: notes, slug: "hit-counter", title: "Hit Counter")
        #expect(hits.approach && !hits.complexity)
        let other = Explanation.read(source: nil, notes: notes, slug: "watch-order", title: "Watch Order")
        #expect(other.sources.isEmpty, "notes about other problems say nothing about this one")
        let general = Explanation.read(source: nil, notes: "Complexity: O(n) everywhere.", slug: "x", title: "X")
        #expect(general.complexity, "notes without headings are about every problem")
    }

    /// A complexity line, the term Panel takes from it, and the total growth that term means.
    static let statements: [(line: String, term: String?, growth: ComplexityCheck.Growth?)] = [
        ("Complexity: O(1) per GET and PUT, O(capacity) memory.", "O(1) per GET and PUT", .nearLinear),
        (
            "Complexity: amortised O(1) per line, O(distinct seconds in the window) memory.", "O(1) per line",
            .nearLinear
        ),
        ("Complexity: O(N + M) time and memory.", "O(N + M)", .nearLinear),
        ("Time: O(n log n) for the sort.", "O(n log n)", .nearLinear),
        ("Memory O(n), time O(n^2).", "O(n^2)", .quadratic),
        ("Complexity: O(C) per operation for the linear search.", "O(C) per operation", .quadratic),
        ("Complexity: O(log M) per event and O(K log M) per refresh.", "O(log M) per event", .nearLinear),
        ("O(n·m) overall", "O(n·m)", .quadratic),
        ("O(nm)", "O(nm)", .quadratic),
        ("O(n³)", "O(n³)", .cubic),
        ("No big-O here.", nil, nil),
    ]

    @Test(arguments: statements)
    func theStatedTermAndItsGrowth(line: String, term: String?, growth: ComplexityCheck.Growth?) {
        let found = ComplexityCheck.statedTerm(line)
        #expect(found == term)
        #expect(found.map(ComplexityCheck.growth(ofStated:)) == growth)
    }

    static func run(_ bytes: Int, _ milliseconds: Int, _ verdict: Verdict = .AC) -> ProblemEvidence.Run {
        .init(
            name: "secret/perf/\(bytes)", group: "secret/perf", verdict: verdict, cpuMilliseconds: milliseconds,
            wallMilliseconds: milliseconds, memoryKiB: 1, inputBytes: bytes, detail: nil)
    }

    @Test func aLinearClaimAgreesWithLinearGrowth() {
        let check = ComplexityCheck.check(
            complexityLine: "Complexity: O(n)", performanceRuns: [Self.run(100_000, 40), Self.run(800_000, 330)])
        #expect(check.agreement == .agrees)
        #expect(abs((check.measuredExponent ?? 0) - 1.01) < 0.02)
        #expect(check.note.contains("two cases only"))
    }

    @Test func aLinearClaimDisagreesWithQuadraticGrowth() {
        let check = ComplexityCheck.check(
            complexityLine: "O(n) overall",
            performanceRuns: [Self.run(100_000, 30), Self.run(200_000, 118), Self.run(400_000, 480)])
        #expect(check.agreement == .disagrees)
        #expect(check.measuredGrowth == .quadratic)
        #expect(check.note.contains("but the running time grows quadratic"))
    }

    @Test func aTimeoutOnTheLargestCaseGivesALowerBound() {
        let check = ComplexityCheck.check(
            complexityLine: "O(n) per query", performanceRuns: [Self.run(100_000, 200), Self.run(400_000, 2000, .TLE)])
        #expect(check.exponentIsLowerBound)
        #expect(check.measuredGrowth == .quadratic)
        #expect(check.agreement == .agrees, "O(n) per query over n queries is quadratic, and so is the bound")
    }

    /// ben's cache on lru-cache: O(C) per operation, with C growing with the input, so quadratic. The series
    /// at 1/8 and 1/4 size finishes, 1/2 and the full size time out, and a case of another shape (a small
    /// cache) finishes at the largest size. A least-squares line through everything said 0.89.
    @Test func timeoutsAboveTheFinishedCasesBoundTheGrowth() {
        let check = ComplexityCheck.check(
            complexityLine: "Complexity: O(C) per operation",
            performanceRuns: [
                Self.run(278_055, 244), Self.run(571_098, 707), Self.run(1_156_160, 3003, .TLE),
                Self.run(2_396_340, 3000, .TLE), Self.run(3_568_520, 1913),
            ])
        #expect(check.exponentIsLowerBound)
        #expect(abs((check.measuredExponent ?? 0) - 2.05) < 0.02, "\(check.note)")
        #expect(check.measuredGrowth == .quadratic)
        #expect(check.agreement == .agrees, "\(check.note)")
    }

    /// One case of a cheaper shape among a linear series does not bend the median slope.
    @Test func oneCaseOfAnotherShapeDoesNotMoveTheMedian() {
        let check = ComplexityCheck.check(
            complexityLine: "O(n)",
            performanceRuns: [
                Self.run(250_000, 30), Self.run(500_000, 61), Self.run(1_000_000, 119), Self.run(2_000_000, 242),
                Self.run(3_000_000, 60),
            ])
        #expect(abs((check.measuredExponent ?? 0) - 1.0) < 0.1, "\(check.note)")
        #expect(check.agreement == .agrees)
    }

    @Test(arguments: [
        ([LoopEvidenceTests.run(100_000, 3), LoopEvidenceTests.run(800_000, 12)], "too fast to tell"),
        ([LoopEvidenceTests.run(700_000, 300), LoopEvidenceTests.run(800_000, 330)], "differ only 1.1x in size"),
        (
            [LoopEvidenceTests.run(100_000, 2000, .TLE), LoopEvidenceTests.run(800_000, 2000, .TLE)],
            "every performance case hit the time limit"
        ),
        ([], "no performance case ran"),
    ])
    func timingsThatCannotTellSaySo(runs: [ProblemEvidence.Run], says: String) {
        let check = ComplexityCheck.check(complexityLine: "O(n)", performanceRuns: runs)
        #expect(check.agreement == .inconclusive)
        #expect(check.measuredExponent == nil)
        #expect(check.note.contains(says), "\(check.note)")
    }

    @Test func onlyTheCandidatesOwnWarningsCount() {
        let diagnostics = """
            lru-cache.swift:3:9: warning: variable 'numbers' was never mutated; consider changing to 'let' constant
                var numbers = [1]
            /opt/swift/usr/lib/swift_static/linux/libFoundationEssentials.a(Data+Writing.swift.o): warning: the use \
            of `mktemp' is dangerous, better use `mkstemp' or `mkdtemp'
            """
        #expect(
            EvidenceCollector.candidateWarnings(in: diagnostics).map(String.init) == [
                "lru-cache.swift:3:9: warning: variable 'numbers' was never mutated; consider changing to 'let' constant"
            ])
    }

    @Test func theGroupRoleComesFromTheFolderName() {
        #expect(ProblemEvidence.Role.of(group: "sample") == .sample)
        #expect(ProblemEvidence.Role.of(group: "secret/perf") == .performance)
        #expect(ProblemEvidence.Role.of(group: "secret/02-large") == .performance)
        #expect(ProblemEvidence.Role.of(group: "secret/edge") == .correctness)
        #expect(ProblemEvidence.Role.of(group: "secret") == .correctness)
    }
}
