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
        processes: Int = 16,
        role: ProcessSpec.Role = .submission
    ) throws -> (RunOutcome, String) {
        var spec = ProcessSpec(
            executable: program, arguments: ["-c", script], environment: ["PATH=/usr/bin:/bin"],
            workingDirectory: directory, stdinPath: nil, stdoutPath: directory + "/out", stderrPath: directory + "/err")
        spec.role = role
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

    @Test func outputPastTheCapIsCutAndTheProgramGoesOn() throws {
        // A submission's write past the cap fails with EFBIG instead of a SIGXFSZ kill, as DOMjudge's runguard
        // truncates the stream and lets the program run on: `yes` sees the error and exits 1 on its own.
        let (outcome, output) = try run("yes; echo \"after: $?\" >&2", outputBytes: 4096)
        #expect(outcome.termination == .exited(0))
        #expect(outcome.stdoutLimitHit && outcome.outputLimitHit)
        #expect(output.utf8.count == 4096)
        let log = (try? String(contentsOfFile: directory + "/err", encoding: .utf8)) ?? ""
        #expect(log.contains("after: 1"), "\(log)")
    }

    @Test func outputOfExactlyTheCapIsNotAnOverrun() throws {
        let (outcome, output) = try run("head -c 4096 /dev/zero | tr '\\0' x", outputBytes: 4096)
        #expect(!outcome.outputLimitHit && !outcome.stdoutLimitHit)
        #expect(output.utf8.count == 4096)
        let (over, cut) = try run("head -c 4097 /dev/zero | tr '\\0' x", outputBytes: 4096)
        #expect(over.stdoutLimitHit)
        #expect(cut.utf8.count == 4096)
    }

    @Test func aStderrFloodIsCutAndIsNotStdoutsOverrun() throws {
        let (outcome, output) = try run(
            "head -c 1000000 /dev/zero >&2; echo done", outputBytes: 4096)
        #expect(outcome.termination == .exited(0))
        #expect(outcome.outputLimitHit && !outcome.stdoutLimitHit)
        #expect(output == "done\n")
        let size = (try? FileManager.default.attributesOfItem(atPath: directory + "/err")[.size] as? Int) ?? -1
        #expect(size == 4096)
    }

    @Test func theStackHasNoLimitOfItsOwn() throws {
        // As DOMjudge, problemtools and BAPCtools run programs: the memory limit bounds the stack, and a thread
        // gets glibc's default stack rather than one as large as RLIMIT_STACK.
        let (_, output) = try run("ulimit -s")
        #expect(output == "unlimited\n")
    }

    @Test(.enabled(if: geteuid() == 0, "only root may ask for a real-time policy"))
    func aRealTimePanelStartsProgramsWithTheNormalPolicy() throws {
        // As if Panel were started under `chrt -f`: the thread that starts the program has SCHED_FIFO. A program
        // that kept it could starve the machine (and Panel's own wall-clock timer) while it spins.
        var realTime = sched_param(sched_priority: 1)
        guard sched_setscheduler(0, SCHED_FIFO, &realTime) == 0 else {
            Issue.record("sched_setscheduler(SCHED_FIFO): errno \(errno)")
            return
        }
        var normal = sched_param(sched_priority: 0)
        defer { sched_setscheduler(0, SCHED_OTHER, &normal) }
        let (_, output) = try run("grep '^policy' /proc/self/sched")
        #expect(output.split(separator: ":").last?.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "\(output)")
    }

    @Test func aProgramFileStillOpenForWritingIsStartedOnceItIsClosed() throws {
        // Exec of a file open for writing fails with ETXTBSY; at -j 2 another spawn's child briefly holds such a
        // copy of a program Panel has just written. The run starts once the writer lets go.
        let script = directory + "/busy.sh"
        #expect(FileManager.default.createFile(atPath: script, contents: Data("#!/bin/sh\necho ran\n".utf8)))
        chmod(script, 0o755)
        let writer = open(script, O_WRONLY | O_CLOEXEC)
        #expect(writer >= 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(150)) { close(writer) }
        let (outcome, output) = try run("", program: script)
        #expect(outcome.termination == .exited(0))
        #expect(output == "ran\n")
    }

    @Test func theHostRootIsNeverHandedToABox() {
        // Without a private root a working directory of `/` would be the host's: chowned to a box, the box
        // would own the machine. (Checked on the rule, not by a run: a regression would chown the real `/`.)
        #expect(!Sandbox.mayHandOver("/"))
        #expect(!Sandbox.mayHandOver("/tmp/.."))
        #expect(!Sandbox.mayHandOver("//"))
        #expect(Sandbox.mayHandOver(directory))
    }

    @Test func aJudgeProgramIsStillStoppedByTheSignal() throws {
        // Validators, compilers and generators keep the default: the cap ends them.
        let (outcome, output) = try run("exec yes", outputBytes: 4096, role: .judge)
        #expect(outcome.termination == .signaled(SIGXFSZ))
        #expect(outcome.stdoutLimitHit)
        #expect(output.utf8.count == 4096)
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
