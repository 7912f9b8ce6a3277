import Foundation
import Testing

@testable import Sandbox

/// Children started ahead (see `AheadChild`): a run like the one before takes a child whose setup is done, and
/// gets exactly what a child spawned for it would: its own input and output, a fresh /tmp, nothing of Panel's.
/// Only where the sandbox starts children ahead (root, a memory cgroup, a private root).
@Suite final class AheadChildTests {
    let sandbox = Sandbox()
    let directory: String
    let root: String

    init() throws {
        directory = NSTemporaryDirectory() + "panel-ahead-tests-" + UUID().uuidString
        root = directory + "/root"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        chmod(directory, 0o711)
    }

    deinit {
        sandbox.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Where children are started ahead at all (the private root is checked in each test).
    static let hostStartsAhead = geteuid() == 0 && CgroupHierarchy.current.hasMemoryController

    /// A shell script in a private root with the system's folders, as a candidate's script runs.
    func spec(_ script: String, input: String) -> ProcessSpec {
        ProcessSpec(
            executable: "/bin/sh", arguments: ["-c", script], environment: ["PATH=/usr/bin:/bin"],
            stdinPath: input, stdoutPath: directory + "/out", stderrPath: directory + "/err", privateRoot: root,
            executableAsProgram: false, binds: ProcessSpec.systemBinds)
    }

    let limits = ResourceLimits(
        cpuTime: .seconds(2), wallTime: .seconds(5), memoryBytes: 256 << 20, outputBytes: 1 << 20, processCount: 16)

    func write(_ text: String, to name: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test(.enabled(if: hostStartsAhead, "children are started ahead as root with a memory cgroup"))
    func runsLikeTheLastTakeAChildStartedAheadAndGetOnlyTheirOwn() throws {
        guard sandbox.hasPrivateRoot else { return }
        // Each run prints its input, what it finds in /tmp and its uid, and leaves a file in /tmp.
        let script = "cat; ls -A /tmp; id -u; touch /tmp/left-by-$(id -u)"
        var uids: Set<String> = []
        for number in 1...6 {
            let input = try write("case \(number)\n", to: "in\(number)")
            let outcome = try sandbox.run(spec(script, input: input), limits: limits)
            #expect(outcome.termination == .exited(0))
            // The first run has no child waiting for it; every later one takes the one the run before started.
            #expect(outcome.startedAhead == (number > 1))
            let lines = try String(contentsOfFile: directory + "/out", encoding: .utf8).split(separator: "\n")
            // Its own input, an empty /tmp (nothing an earlier run left), and a box's uid.
            #expect(lines.count == 2)
            #expect(lines.first == "case \(number)")
            if let uid = lines.last { uids.insert(String(uid)) }
        }
        // The child for the next run waits in another box than the run that started it.
        #expect(uids.count >= 2)
        #expect(sandbox.aheadPIDs.count == 1)
    }

    @Test(.enabled(if: hostStartsAhead, "children are started ahead as root with a memory cgroup"))
    func aWaitingChildHoldsNoDescriptorOfPanels() throws {
        guard sandbox.hasPrivateRoot else { return }
        let input = try write("x\n", to: "in")
        _ = try sandbox.run(spec("cat", input: input), limits: limits)
        #expect(sandbox.aheadPIDs.count == 1)
        // A pipe made now, while the child waits: no copy of its write end may keep its reader from end of file.
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        _ = try sandbox.run(spec("cat", input: input), limits: limits)
        close(ends[1])
        var ready = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
        #expect(poll(&ready, 1, 2000) == 1)
        var byte: UInt8 = 0
        #expect(read(ends[0], &byte, 1) == 0)
        close(ends[0])
        // And none of Panel's files once it waits (its setup may still be under way now): its descriptors are
        // then the channel alone (and 0..2).
        for pid in sandbox.aheadPIDs {
            var held: [Int] = []
            for _ in 0..<200 {
                let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd")) ?? []
                held = open.compactMap { Int($0) }.filter { $0 > 2 }
                if held.count <= 1 { break }
                usleep(10_000)
            }
            #expect(held.count == 1, "descriptors above 2 of the waiting child: \(held)")
        }
    }

    @Test(.enabled(if: hostStartsAhead, "children are started ahead as root with a memory cgroup"))
    func aRunOfAnotherSpecStartsAsAnyOtherAndShutdownEndsTheWaitingChild() throws {
        guard sandbox.hasPrivateRoot else { return }
        let input = try write("y\n", to: "in")
        _ = try sandbox.run(spec("cat", input: input), limits: limits)
        let other = try sandbox.run(spec("cat; echo other", input: input), limits: limits)
        #expect(!other.startedAhead)
        #expect(try String(contentsOfFile: directory + "/out", encoding: .utf8) == "y\nother\n")
        let waiting = sandbox.aheadPIDs
        #expect(waiting.count == 2)
        sandbox.shutdown()
        for pid in waiting {
            // Reaped: no such process (not even a zombie of Panel's).
            #expect(kill(pid, 0) == -1 && errno == ESRCH)
        }
    }
}
