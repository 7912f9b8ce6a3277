import Foundation
import Sandbox
import Testing

@testable import PanelCore

/// A build tool stopped by the wall clock while it waited for CPUs (a busy machine) runs again with more wall
/// time; one that computed or blocked for its whole limit does not.
@Suite("Starved tool runs", .serialized)
struct StarvedToolRunTests {
    static let limit = Duration.seconds(60)

    static func outcome(cpu: Duration, wall: Duration, exceeded: Bool = true) -> RunOutcome {
        RunOutcome(
            termination: exceeded ? .signaled(SIGKILL) : .exited(0), cpuTime: cpu, wallTime: wall,
            peakMemoryKiB: 1024, wallTimeExceeded: exceeded)
    }

    @Test(arguments: [
        // A compile given a sixth of a core (load 12 on 2 cores): starved.
        (Duration.seconds(10), Duration.seconds(60), true, true),
        // Just under half the limit: starved; half or more: it was computing.
        (.milliseconds(29_999), .seconds(60), true, true),
        (.seconds(30), .seconds(60), true, false),
        (.seconds(59), .seconds(60), true, false),
        // Blocked (reading a pipe, sleeping): under 2% of the wall time.
        (.milliseconds(100), .seconds(60), true, false),
        // Not stopped by the wall clock at all.
        (.seconds(5), .seconds(20), false, false),
    ])
    func aToolIsStarvedWhenTheWallClockStoppedItWithLittleCPU(
        cpu: Duration, wall: Duration, exceeded: Bool, starved: Bool
    ) {
        #expect(
            ToolRun.wasStarved(Self.outcome(cpu: cpu, wall: wall, exceeded: exceeded), limit: Self.limit) == starved)
    }

    @Test func stoppedByTheMemoryLimitOrCPULimitIsNeverStarved() {
        var memory = Self.outcome(cpu: .seconds(5), wall: .seconds(60))
        memory.stoppedAtMemoryLimit = true
        #expect(!ToolRun.wasStarved(memory, limit: Self.limit))
        var cpu = Self.outcome(cpu: .seconds(5), wall: .seconds(60))
        cpu.cpuLimitSignaled = true
        #expect(!ToolRun.wasStarved(cpu, limit: Self.limit))
    }

    /// A real tool in the sandbox that has a CPU a quarter of the time (it computes 10 ms, then sleeps 30 ms,
    /// as a compiler does on a machine running three other jobs per core) and needs 0.4 s of CPU: stopped at
    /// its 1 s limit with about 0.25 s used, it is starved, runs again with 2 s and finishes.
    @Test func aStarvedToolRunsAgainAndFinishes() throws {
        let python = try #require(ToolRun.python3, "python3 is needed for this test")
        let result = try run(
            python,
            """
            import time
            while time.process_time() < 0.4:
                start = time.process_time()
                while time.process_time() - start < 0.01:
                    pass
                time.sleep(0.03)
            print("built")
            """)
        #expect(result.outcome.termination.isSuccess, "\(result.diagnostics)\(result.stopReason)")
        #expect(result.diagnostics.contains("built"))
        #expect(result.stopReason.isEmpty)
    }

    /// A tool that blocks for longer than its limit is stopped once, not run three times.
    @Test func aBlockedToolIsStoppedOnce() throws {
        let python = try #require(ToolRun.python3, "python3 is needed for this test")
        let result = try run(python, "import time\ntime.sleep(30)\n")
        #expect(result.outcome.wallTimeExceeded)
        #expect(result.stopReason.contains("exceeded the 1 s limit"))
        #expect(!result.stopReason.contains("run 2 times") && !result.stopReason.contains("run 3 times"))
    }

    private func run(_ python: String, _ script: String) throws -> ToolRun.Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-starved-\(UUID().uuidString)")
        let work = folder.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = work.appendingPathComponent("tool.py")
        try script.write(to: tool, atomically: true, encoding: .utf8)
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        return try ToolRun.run(
            executable: python, arguments: [tool.path], in: work, timeLimit: .seconds(1), memoryMiB: 512,
            sandbox: sandbox)
    }
}
