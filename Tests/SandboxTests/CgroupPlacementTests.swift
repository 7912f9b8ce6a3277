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

    @Test func aV2LayoutIsSummarisedWithItsPlacement() {
        let hierarchy = CgroupHierarchy(
            layout: .v2(parent: "/sys/fs/cgroup/" + UUID().uuidString), placement: "test " + UUID().uuidString)
        for _ in 0..<1000 {
            #expect(hierarchy.hasMemoryController && hierarchy.hasPidsController)
        }
        #expect(hierarchy.summary.hasPrefix("cgroup v2") && hierarchy.summary.contains("test "))
    }
}
