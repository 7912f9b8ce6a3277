import Foundation
import Testing

@testable import Sandbox

/// Parallel cases are held to CPUs of their own: the plan, and the cpuset that enforces it.
@Suite final class CPUPinningTests {
    /// Four cores of two hardware threads each: CPU n and n + 4 share a core, as Linux numbers them.
    static let fourCores = CPUTopology(allowed: Array(0..<8)) { "core\($0 % 4)" }

    @Test func eachJobGetsItsOwnCoreAndPanelKeepsTheRest() {
        #expect(Self.fourCores.coreCPUs == [0, 1, 2, 3])
        #expect(Self.fourCores.defaultJobs == 3)
        let plan = CPUPlan.make(jobs: 2, topology: Self.fourCores, cpuset: true)
        // One hardware thread per judging core; both threads of the remaining cores go to Panel.
        #expect(plan.judging == [2, 3])
        #expect(plan.housekeeping == [0, 4, 1, 5])
    }

    @Test func oneOrTwoCoresRunOneJobPerCoreAndThreeOrMoreKeepOneForPanel() {
        let two = CPUTopology(allowed: [0, 1]) { "core\($0)" }
        let one = CPUTopology(allowed: [0, 1]) { _ in "core0" }
        let three = CPUTopology(allowed: [0, 1, 2]) { "core\($0)" }
        #expect(two.defaultJobs == 2 && one.defaultJobs == 1 && three.defaultJobs == 2)
        // Two jobs on two cores are pinned one per core, with Panel beside them.
        let plan = CPUPlan.make(jobs: two.defaultJobs, topology: two, cpuset: true)
        #expect(plan.judging == [0, 1] && plan.housekeeping == nil)
    }

    @Test func asManyJobsAsCoresShareThemWithPanel() {
        let plan = CPUPlan.make(jobs: 4, topology: Self.fourCores, cpuset: true)
        #expect(plan.judging == [0, 1, 2, 3])
        #expect(plan.housekeeping == nil)
        #expect(plan.summary.contains("share"))
    }

    @Test func moreJobsThanCoresOrNoCpusetAreNotPinnedAndSaySo() {
        let crowded = CPUPlan.make(jobs: 5, topology: Self.fourCores, cpuset: true)
        #expect(crowded.judging == nil)
        #expect(crowded.summary.hasPrefix("not pinned: 5 jobs on 4 physical cores"))
        let noCpuset = CPUPlan.make(jobs: 2, topology: Self.fourCores, cpuset: false)
        #expect(noCpuset.judging == nil)
        #expect(noCpuset.summary.contains("no writable cpuset"))
    }

    @Test func cpuListsParse() {
        #expect(CPUTopology.parseList("0-3,6,8-9\n") == [0, 1, 2, 3, 6, 8, 9])
        #expect(CPUTopology.parseList("") == [])
    }

    @Test(.enabled(if: CgroupHierarchy.current.cpusetParent != nil))
    func aPinnedRunSeesOnlyItsCPUAndTheNextRunGetsThemAllBack() throws {
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        let directory = NSTemporaryDirectory() + "panel-pinning-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o777)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func allowed(_ cpus: [Int]?) throws -> String {
            var spec = ProcessSpec(
                executable: "/bin/sh", arguments: ["-c", "grep Cpus_allowed_list /proc/self/status"],
                environment: ["PATH=/usr/bin:/bin"], workingDirectory: directory, stdinPath: nil,
                stdoutPath: directory + "/out", stderrPath: directory + "/err")
            spec.cpus = cpus
            let limits = ResourceLimits(
                cpuTime: .seconds(1), wallTime: .seconds(5), memoryBytes: 64 << 20, outputBytes: 1 << 16,
                processCount: 8)
            _ = try sandbox.run(spec, limits: limits)
            let text = try String(contentsOfFile: directory + "/out", encoding: .utf8)
            return String(text.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let cpus = CPUTopology.current.coreCPUs
        let last = try #require(cpus.last)
        #expect(try allowed([last]) == String(last))
        // The same pooled cgroup serves the next run, which names no CPUs: it must get every one back.
        let all = try allowed(nil)
        #expect(CPUTopology.parseList(all).count >= cpus.count)
    }
}
