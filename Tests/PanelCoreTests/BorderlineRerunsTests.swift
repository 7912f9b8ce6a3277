import Testing

@testable import PanelCore

/// Cases near the time limit are run again, and the fastest run stands.
@Suite struct BorderlineRerunsTests {
    static let limit = Duration.milliseconds(2000)

    static func result(_ verdict: Verdict, cpu: Int) -> TestResult {
        TestResult(
            name: "secret/perf/1", group: "secret/perf", verdict: verdict, cpuMilliseconds: cpu,
            wallMilliseconds: cpu + 5, memoryKiB: 1024)
    }

    /// Hands out the given runs in order, counting how many were asked for.
    final class Runs {
        var queue: [TestResult]
        var taken = 0
        init(_ runs: [TestResult]) { queue = runs }
        func next() -> TestResult {
            taken += 1
            return queue.removeFirst()
        }
    }

    @Test(arguments: [
        (Verdict.AC, 1899, false), (.AC, 1900, true), (.AC, 1999, true), (.TLE, 2050, true), (.TLE, 2100, true),
        (.TLE, 2101, false), (.TLE, 3000, false), (.WA, 1990, false), (.RTE, 2000, false),
    ])
    func theBandIsFivePercentEitherSideForACAndTLE(verdict: Verdict, cpu: Int, borderline: Bool) {
        #expect(BorderlineReruns.isBorderline(Self.result(verdict, cpu: cpu), limit: Self.limit) == borderline)
    }

    @Test func aClearCaseRunsOnceAndSaysNothing() throws {
        let runs = Runs([Self.result(.AC, cpu: 400)])
        let best = try BorderlineReruns.best(limit: Self.limit) { _ in runs.next() }
        #expect(runs.taken == 1)
        #expect(best.reruns == nil && best.rerunCPUMilliseconds == nil)
    }

    @Test func aTLEJustOverTheLimitBecomesTheFastestOfThreeRuns() throws {
        let runs = Runs([Self.result(.TLE, cpu: 2060), Self.result(.AC, cpu: 1960), Self.result(.TLE, cpu: 2040)])
        let best = try BorderlineReruns.best(limit: Self.limit) { _ in runs.next() }
        #expect(runs.taken == 3)
        #expect(best.verdict == .AC && best.cpuMilliseconds == 1960)
        #expect(best.reruns == 2 && best.rerunCPUMilliseconds == [2060, 1960, 2040])
    }

    @Test func aRunStarvedAtTheWallClockLimitIsRunAgainAndAFinishedRunStands() throws {
        // Limit 2000 ms: the wall-clock limit is 5000 ms; 804 ms of CPU in 5010 ms is a machine too busy to run it.
        var starved = Self.result(.TLE, cpu: 804)
        starved.wallMilliseconds = 5010
        let runs = Runs([starved, Self.result(.AC, cpu: 1545), Self.result(.TLE, cpu: 2500)])
        let best = try BorderlineReruns.best(limit: Self.limit) { _ in runs.next() }
        #expect(runs.taken == 2)
        #expect(best.verdict == .AC && best.reruns == 1 && best.rerunCPUMilliseconds == [804, 1545])
    }

    @Test func eachRerunOfAStarvedRunHasTwiceTheWallClockLimit() throws {
        // Starved twice (at 5 s and at 10 s of wall time), then the program reaches its CPU time at last.
        var starved = Self.result(.TLE, cpu: 700)
        starved.wallMilliseconds = 5004
        var starvedAgain = Self.result(.TLE, cpu: 1400)
        starvedAgain.wallMilliseconds = 10_003
        let runs = Runs([starved, starvedAgain, Self.result(.AC, cpu: 1600)])
        var walls: [Duration] = []
        let best = try BorderlineReruns.best(limit: Self.limit) { wall in
            walls.append(wall)
            return runs.next()
        }
        #expect(walls == [.seconds(5), .seconds(10), .seconds(20)])
        #expect(best.verdict == .AC && best.cpuMilliseconds == 1600 && best.reruns == 2)
    }

    @Test func aBorderlineRerunThatWasNotStarvedKeepsTheWallClockLimit() throws {
        let runs = Runs([Self.result(.TLE, cpu: 2060), Self.result(.TLE, cpu: 2070), Self.result(.TLE, cpu: 2080)])
        var walls: [Duration] = []
        _ = try BorderlineReruns.best(limit: Self.limit) { wall in
            walls.append(wall)
            return runs.next()
        }
        #expect(walls == [.seconds(5), .seconds(5), .seconds(5)])
    }

    @Test func aSleeperKilledAtTheWallClockIsNotStarvedAndRunsOnce() throws {
        // 3 ms of CPU in 5 s: it slept or blocked; no busy machine explains that.
        var sleeper = Self.result(.TLE, cpu: 3)
        sleeper.wallMilliseconds = 5002
        let runs = Runs([sleeper])
        let best = try BorderlineReruns.best(limit: Self.limit) { _ in runs.next() }
        #expect(runs.taken == 1 && best.verdict == .TLE && best.reruns == nil)
    }

    @Test func aRunClearlyUnderTheBandEndsTheReruns() throws {
        let runs = Runs([Self.result(.TLE, cpu: 2010), Self.result(.AC, cpu: 1500), Self.result(.TLE, cpu: 2500)])
        let best = try BorderlineReruns.best(limit: Self.limit) { _ in runs.next() }
        #expect(runs.taken == 2)
        #expect(best.verdict == .AC && best.reruns == 1 && best.rerunCPUMilliseconds == [2010, 1500])
    }
}
