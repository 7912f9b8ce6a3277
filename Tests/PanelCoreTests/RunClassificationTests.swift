import Foundation
import Sandbox
import Testing

@testable import PanelCore

/// The CPU limit every row of the table is classified against.
private let cpuLimit = Duration.milliseconds(1000)

/// One measured run and the verdict (with a fragment of its detail) it must get; nil means "validate the output".
struct ClassificationRow: Sendable, CustomTestStringConvertible {
    var name: String
    var outcome: RunOutcome
    var stderr: String = ""
    var verdict: Verdict?
    /// Text the detail must contain.
    var detail: String = ""
    /// Text the detail must not contain.
    var notInDetail: String?

    var testDescription: String { name }
}

/// A run that used 100 ms of CPU and 4 MiB, with the given ending and flags.
private func run(
    _ termination: Termination = .exited(0),
    cpuMs: Int64 = 100,
    wallMs: Int64 = 150,
    wall: Bool = false,
    memory: Bool = false,
    cpuSignaled: Bool = false,
    output: Bool = false,
    stderrCut: Bool = false,
    stalled: Bool = false
) -> RunOutcome {
    RunOutcome(
        termination: termination, cpuTime: .milliseconds(cpuMs), wallTime: .milliseconds(wallMs), peakMemoryKiB: 4096,
        wallTimeExceeded: wall, memoryLimitHit: memory || stalled, stoppedAtMemoryLimit: stalled,
        cpuLimitSignaled: cpuSignaled, outputLimitHit: stderrCut, stdoutLimitHit: output)
}

@Suite("RunClassification")
struct RunClassificationTests {
    static let rows: [ClassificationRow] = [
        // Clean runs go to the validator.
        ClassificationRow(name: "clean exit within limits", outcome: run()),
        ClassificationRow(name: "CPU exactly at the limit", outcome: run(cpuMs: 1000)),
        ClassificationRow(
            name: "allocation-failure text with exit 0", outcome: run(),
            stderr: "fatal error: Could not allocate memory"),
        // A program stopped for time while the kernel reclaimed at its memory limit (cgroup v2) is MLE.
        ClassificationRow(
            name: "CPU over the limit at the memory limit", outcome: run(.signaled(9), cpuMs: 2000, stalled: true),
            verdict: .MLE, detail: "reclaimed memory at the limit"),
        ClassificationRow(
            name: "wall exceeded at the memory limit",
            outcome: run(.signaled(9), wallMs: 3000, wall: true, stalled: true),
            verdict: .MLE, detail: "peak 4096 KiB"),
        // TLE outranks everything else.
        ClassificationRow(
            name: "wall exceeded", outcome: run(.signaled(9), wallMs: 3000, wall: true), verdict: .TLE,
            detail: "wall-clock limit after 3000 ms"),
        ClassificationRow(
            name: "wall exceeded after a crash", outcome: run(.signaled(11), wallMs: 3000, wall: true), verdict: .TLE,
            detail: "wall-clock", notInDetail: "SIGSEGV"),
        ClassificationRow(
            name: "wall exceeded with OOM and output flags",
            outcome: run(.signaled(9), wall: true, memory: true, output: true),
            verdict: .TLE, detail: "wall-clock"),
        ClassificationRow(
            name: "CPU over the limit", outcome: run(cpuMs: 1001), verdict: .TLE,
            detail: "used 1001 ms of CPU, limit 1000 ms"),
        ClassificationRow(
            name: "CPU over the limit and OOM", outcome: run(.signaled(9), cpuMs: 1500, memory: true), verdict: .TLE,
            detail: "1500 ms"),
        ClassificationRow(
            name: "CPU backstop signal under the limit", outcome: run(.signaled(24), cpuMs: 900, cpuSignaled: true),
            verdict: .TLE, detail: "limit 1000 ms"),
        // MLE next.
        ClassificationRow(
            name: "OOM kill with SIGKILL", outcome: run(.signaled(9), memory: true), verdict: .MLE,
            detail: "peak 4096 KiB", notInDetail: "SIGKILL"),
        ClassificationRow(name: "OOM with exit 0", outcome: run(memory: true), verdict: .MLE, detail: "memory limit"),
        ClassificationRow(
            name: "OOM and output limit", outcome: run(.signaled(25), memory: true, output: true), verdict: .MLE),
        ClassificationRow(
            name: "allocation failure text with SIGABRT", outcome: run(.signaled(6)),
            stderr: "fatal error: Could not allocate memory\n", verdict: .MLE, detail: "memory limit"),
        ClassificationRow(
            name: "allocation failure text with SIGTRAP", outcome: run(.signaled(5)),
            stderr: "Swift runtime failure: failed to allocate 8 GiB", verdict: .MLE),
        ClassificationRow(
            name: "allocation failure text in capitals with exit 1", outcome: run(.exited(1)),
            stderr: "OUT OF MEMORY", verdict: .MLE),
        // RTE next: a crash outranks the output limit, as in DOMjudge.
        ClassificationRow(
            name: "output limit and a crash", outcome: run(.signaled(11), output: true), verdict: .RTE,
            detail: "SIGSEGV"),
        ClassificationRow(
            name: "output limit and exit code 1", outcome: run(.exited(1), output: true), verdict: .RTE,
            detail: "exit code 1"),
        ClassificationRow(
            name: "SIGXFSZ without stdout at the limit (a scratch file)", outcome: run(.signaled(25)),
            verdict: .RTE, detail: "SIGXFSZ"),
        ClassificationRow(
            name: "segmentation fault", outcome: run(.signaled(11)), verdict: .RTE, detail: "signal 11 (SIGSEGV)",
            notInDetail: "trap"),
        ClassificationRow(
            name: "illegal instruction", outcome: run(.signaled(4)), verdict: .RTE, detail: "signal 4 (SIGILL)"),
        ClassificationRow(
            name: "trap is a Swift runtime check", outcome: run(.signaled(5)),
            stderr: "Fatal error: Index out of range",
            verdict: .RTE, detail: "Swift runtime trap"),
        ClassificationRow(name: "abort", outcome: run(.signaled(6)), verdict: .RTE, detail: "SIGABRT"),
        ClassificationRow(
            name: "exit code 3", outcome: run(.exited(3)), verdict: .RTE, detail: "exit code 3", notInDetail: "trap"),
        ClassificationRow(
            name: "exit code 1 with unrelated stderr", outcome: run(.exited(1)), stderr: "memory was fine",
            verdict: .RTE, detail: "exit code 1"),
        // OLE last: stdout past the limit, and the program ended cleanly (or by the cap's own signal).
        ClassificationRow(
            name: "output limit with exit 0", outcome: run(output: true), verdict: .OLE, detail: "stdout"),
        ClassificationRow(
            name: "output limit with SIGXFSZ", outcome: run(.signaled(25), output: true), verdict: .OLE,
            detail: "output limit"),
        // A stderr cut at the limit is not a verdict (DOMjudge judges a truncated stdout only).
        ClassificationRow(name: "stderr past the limit with exit 0", outcome: run(stderrCut: true)),
    ]

    @Test("classifies runs by the precedence table", arguments: rows)
    func classify(_ row: ClassificationRow) throws {
        let result = RunClassification.classify(row.outcome, cpuLimit: cpuLimit, stderrPrefix: row.stderr)
        #expect(result?.verdict == row.verdict)
        guard let result else {
            return
        }
        #expect(row.detail.isEmpty || result.detail.contains(row.detail), "\(result.detail)")
        if let absent = row.notInDetail {
            #expect(!result.detail.contains(absent), "\(result.detail)")
        }
    }

    @Test("exit code 3 is described exactly")
    func exitCodeDetail() throws {
        let result = try #require(RunClassification.classify(run(.exited(3)), cpuLimit: cpuLimit))
        #expect(result.verdict == .RTE)
        #expect(result.detail == "exit code 3")
    }

    @Test(
        "a signal's detail names it",
        arguments: [(Int32(8), "SIGFPE"), (7, "SIGBUS"), (13, "SIGPIPE"), (15, "SIGTERM")])
    func signalNames(signal: Int32, name: String) throws {
        let result = try #require(RunClassification.classify(run(.signaled(signal)), cpuLimit: cpuLimit))
        #expect(result.verdict == .RTE)
        #expect(result.detail == "signal \(signal) (\(name))")
    }
}

@Suite("Verdict")
struct VerdictTests {
    @Test("sorts by precedence, most severe first")
    func ordering() {
        #expect(Verdict.allCases.sorted() == [.CE, .TLE, .MLE, .RTE, .OLE, .JE, .WA, .AC])
        #expect([Verdict.AC, .WA, .RTE].min() == .RTE)
        #expect(Verdict.WA < .AC)
        #expect(!(Verdict.AC < .WA))
        #expect(!(Verdict.TLE < .TLE))
    }

    @Test("precedence ranks are 1 through 8, one per verdict")
    func precedenceRanks() {
        #expect(Verdict.allCases.map(\.precedence).sorted() == Array(1...8))
    }

    @Test("encodes as the ICPC abbreviation")
    func coding() throws {
        let data = try JSONEncoder().encode([Verdict.TLE, .AC])
        #expect(String(decoding: data, as: UTF8.self) == #"["TLE","AC"]"#)
        #expect(try JSONDecoder().decode([Verdict].self, from: Data(#"["MLE","JE"]"#.utf8)) == [.MLE, .JE])
    }

    @Test("phrases are distinct")
    func phrases() {
        #expect(Set(Verdict.allCases.map(\.phrase)).count == Verdict.allCases.count)
        #expect(Verdict.TLE.phrase == "time limit exceeded")
    }
}
