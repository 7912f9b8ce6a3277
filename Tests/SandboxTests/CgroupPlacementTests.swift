import Foundation
import Testing

@testable import Sandbox

/// cgroup v2 placement, on a folder that stands in for a cgroup (plain files take every write, as a cgroup
/// Panel may enable controllers in does). The hosts themselves are tried in the VM (docs/HOSTS.md).
@Suite struct CgroupPlacementTests {
    private func fakeCgroup(controllers: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-fake-cgroup-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try controllers.write(
            to: folder.appendingPathComponent("cgroup.controllers"), atomically: true, encoding: .utf8)
        for file in ["cgroup.subtree_control", "cgroup.procs"] {
            try "".write(to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func aCgroupThatTakesControllersIsUsedAsItIs() throws {
        let folder = try fakeCgroup(controllers: "cpu memory pids\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .success(let found) = CgroupHierarchy.placeV2(mount: folder.path, path: "/") else {
            Issue.record("no placement")
            return
        }
        #expect(found.parent == folder.path)
        let written = try String(contentsOf: folder.appendingPathComponent("cgroup.subtree_control"), encoding: .utf8)
        #expect(written.contains("cpu"))
    }

    @Test func withoutTheMemoryControllerTheRefusalSaysWhatToDo() throws {
        let folder = try fakeCgroup(controllers: "cpu pids\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard case .failure(let refusal) = CgroupHierarchy.placeV2(mount: folder.path, path: "/") else {
            Issue.record("placed without a memory controller")
            return
        }
        #expect(refusal.text.contains("Delegate=yes"))
    }

    /// `panel doctor` names the row of docs/HOSTS.md that applies, from the placement Panel found.
    @Test(arguments: [
        (true, "Panel's cgroup /", true, "root, cgroup v2, at the root of the hierarchy"),
        (
            true, "panel.slice below the root, Panel's cgroup /system.slice/ci.service being shared", true,
            "root, cgroup v2, in a cgroup shared with other processes (panel.slice below the root)"
        ),
        (
            false, "Panel alone in /user.slice/run-1.scope, moved into a leaf of its own", true,
            "not root, cgroup v2, delegated, Panel alone in its cgroup, user namespaces"
        ),
        (false, "Panel's cgroup /deleg.slice", true, "not root, cgroup v2, delegated, user namespaces"),
        (false, "Panel's cgroup /deleg.slice", false, "not root, cgroup v2, delegated, no user namespaces"),
    ])
    func theHostCellIsNamedAsHOSTSNamesIt(root: Bool, placement: String, namespaces: Bool, cell: String) {
        let hierarchy = CgroupHierarchy(layout: .v2(parent: "/sys/fs/cgroup/x"), placement: placement)
        #expect(HostCell.name(root: root, hierarchy: hierarchy, namespaces: namespaces, container: false) == cell)
        let v1 = CgroupHierarchy(layout: .v1(memory: "/m", pids: "/p", cpuacct: nil))
        #expect(
            HostCell.name(root: true, hierarchy: v1, namespaces: true, container: true)
                == "root, cgroup v1 (hybrid), inside a container")
    }

    @Test func aV2LayoutIsSummarisedWithItsPlacement() {
        let hierarchy = CgroupHierarchy(
            layout: .v2(parent: "/sys/fs/cgroup/" + UUID().uuidString), placement: "test " + UUID().uuidString)
        for _ in 0..<1000 {
            #expect(hierarchy.hasMemoryController && hierarchy.hasPidsController)
        }
        #expect(hierarchy.summary.hasPrefix("cgroup v2") && hierarchy.summary.contains("test "))
    }

    /// A run cgroup made in a fake v2 parent (its files made first, as the kernel would), for the memory readings.
    private func fakeRunCgroup(limit: Int) throws -> (RunCgroup, URL, URL) {
        let parent = try fakeCgroup(controllers: "cpu memory pids\n")
        let run = parent.appendingPathComponent("panel-test")
        try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
        for file in ["memory.max", "memory.swap.max", "pids.max", "memory.peak", "memory.stat", "memory.events"] {
            try "".write(to: run.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try events(max: 0, oom: 0, kills: 0).write(
            to: run.appendingPathComponent("memory.events"), atomically: true, encoding: .utf8)
        let hierarchy = CgroupHierarchy(layout: .v2(parent: parent.path))
        let group = try #require(
            try RunCgroup(hierarchy: hierarchy, name: "panel-test", memoryBytes: limit, processCount: 64))
        return (group, parent, run)
    }

    private func events(max: Int, oom: Int, kills: Int) -> String {
        "low 0\nhigh 0\nmax \(max)\noom \(oom)\noom_kill \(kills)\noom_group_kill 0\n"
    }

    @Test func aV2RunCgroupForbidsSwap() throws {
        let (_, parent, run) = try fakeRunCgroup(limit: 128 << 20)
        defer { try? FileManager.default.removeItem(at: parent) }
        let swap = try String(contentsOf: run.appendingPathComponent("memory.swap.max"), encoding: .utf8)
        let max = try String(contentsOf: run.appendingPathComponent("memory.max"), encoding: .utf8)
        #expect(swap == "0" && max == String(128 << 20))
    }

    @Test func memoryEventsTellTheLimitWasReached() throws {
        let limit = 128 << 20
        let (group, parent, run) = try fakeRunCgroup(limit: limit)
        defer { try? FileManager.default.removeItem(at: parent) }
        let eventsFile = run.appendingPathComponent("memory.events")
        let peakFile = run.appendingPathComponent("memory.peak")
        // Rewritten in place, as the kernel's counters change: the cgroup keeps its counter files open.
        // A run far below the limit: nothing.
        try "4194304\n".write(to: peakFile, atomically: false, encoding: .utf8)
        var memory = group.checkMemory()
        #expect(!memory.oomKilled && !memory.limitReached)
        // The kernel reclaimed at memory.max 57 times, killed nothing (the reclaim loop of a memory hog).
        try events(max: 57, oom: 0, kills: 0).write(to: eventsFile, atomically: false, encoding: .utf8)
        memory = group.checkMemory()
        #expect(!memory.oomKilled && memory.limitReached)
        // The counts are the baseline of the next run: unchanged counts mean it reached nothing.
        memory = group.checkMemory()
        #expect(!memory.oomKilled && !memory.limitReached)
        // An OOM kill.
        try events(max: 60, oom: 1, kills: 1).write(to: eventsFile, atomically: false, encoding: .utf8)
        memory = group.checkMemory()
        #expect(memory.oomKilled && memory.limitReached)
        // The peak at the limit counts as reaching it, whatever the counters say.
        try "\(limit)\n".write(to: peakFile, atomically: false, encoding: .utf8)
        memory = group.checkMemory()
        #expect(!memory.oomKilled && memory.limitReached)
    }
}
