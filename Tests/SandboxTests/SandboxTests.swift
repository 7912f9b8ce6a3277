import Foundation
import Testing

@testable import Sandbox

/// The process layer on its own, with small shell and Python programs: each limit fires, each
/// measurement is filled in, and nothing outlives a run.
@Suite final class SandboxTests {
    let sandbox = Sandbox()
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "panel-sandbox-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // Runs drop to an unprivileged uid when Panel is root; the scratch folder must be usable by it.
        chmod(directory, 0o777)
    }

    deinit {
        sandbox.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    func run(
        _ script: String,
        program: String = "/bin/sh",
        cpu: Duration = .seconds(1),
        wall: Duration = .seconds(3),
        memoryMiB: Int = 256,
        outputBytes: Int = 1 << 20,
        processes: Int = 16
    ) throws -> (RunOutcome, String) {
        let spec = ProcessSpec(
            executable: program, arguments: ["-c", script], environment: ["PATH=/usr/bin:/bin"],
            workingDirectory: directory, stdinPath: nil, stdoutPath: directory + "/out", stderrPath: directory + "/err")
        let limits = ResourceLimits(
            cpuTime: cpu, wallTime: wall, memoryBytes: memoryMiB << 20, outputBytes: outputBytes,
            processCount: processes)
        let outcome = try sandbox.run(spec, limits: limits)
        let output = (try? String(contentsOfFile: directory + "/out", encoding: .utf8)) ?? ""
        return (outcome, output)
    }

    @Test func exitCodeAndOutputAreReported() throws {
        let (outcome, output) = try run("echo hello; exit 3")
        #expect(outcome.termination == .exited(3))
        #expect(output == "hello\n")
        #expect(!outcome.wallTimeExceeded)
    }

    @Test func aSignalIsReported() throws {
        let (outcome, _) = try run("kill -SEGV $$")
        #expect(outcome.termination == .signaled(SIGSEGV))
    }

    @Test func aSleeperIsKilledAtTheWallLimit() throws {
        let (outcome, _) = try run("sleep 30", wall: .milliseconds(300))
        #expect(outcome.wallTimeExceeded)
        #expect(outcome.wallTime < .seconds(5))
    }

    @Test func aSpinnerIsStoppedByTheCPUBackstop() throws {
        let (outcome, _) = try run("while :; do :; done", cpu: .milliseconds(200), wall: .seconds(10))
        #expect(outcome.cpuLimitSignaled)
        #expect(outcome.cpuTime >= .milliseconds(900))
        #expect(!outcome.wallTimeExceeded)
    }

    @Test func aSpinnerIsKilledOnceItsCgroupCountsTheKillTime() throws {
        let spec = ProcessSpec(
            executable: "/bin/sh", arguments: ["-c", "while :; do :; done"], environment: ["PATH=/usr/bin:/bin"],
            workingDirectory: directory, stdinPath: nil, stdoutPath: directory + "/out", stderrPath: directory + "/err")
        var limits = ResourceLimits(
            cpuTime: .milliseconds(200), wallTime: .seconds(10), memoryBytes: 256 << 20, outputBytes: 1 << 20,
            processCount: 16)
        limits.cpuKillTime = .milliseconds(250)
        let outcome = try sandbox.run(spec, limits: limits)
        #expect(outcome.cpuLimitSignaled)
        #expect(outcome.cpuTime > .milliseconds(250))
        #expect(!outcome.wallTimeExceeded)
        // Only a cgroup counts the CPU time while the run goes on; without one RLIMIT_CPU (1 s above) stops it.
        if sandbox.isolation.limits.contains("cpu") {
            #expect(outcome.cpuTime < .milliseconds(900))
        }
    }

    @Test func outputPastTheCapIsStopped() throws {
        let (outcome, output) = try run("yes", outputBytes: 4096)
        #expect(outcome.outputLimitHit)
        #expect(output.utf8.count <= 4096)
    }

    @Test func aMemoryHogHitsTheLimit() throws {
        let (outcome, _) = try run(
            "import time\nx = bytearray(400 << 20)\nfor i in range(0, len(x), 4096): x[i] = 1",
            program: "/usr/bin/python3", memoryMiB: 64)
        #expect(outcome.termination != .exited(0))
        if sandbox.isolation.limits.hasPrefix("cgroup") { #expect(outcome.memoryLimitHit) }
    }

    @Test func aBackgroundChildDoesNotOutliveTheRun() throws {
        let marker = directory + "/marker"
        _ = try run("(sleep 1; touch \(marker)) & exit 0")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(!FileManager.default.fileExists(atPath: marker))
    }

    @Test func aMissingExecutableIsPanelsError() throws {
        #expect(throws: SandboxError.self) { try run("", program: "/nonexistent/program") }
    }
}
