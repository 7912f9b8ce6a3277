/// Idle run cgroups of one Panel process, so that consecutive runs reuse them.
final class CgroupPool: @unchecked Sendable {
    private let hierarchy: CgroupHierarchy
    private let lock = Mutex()
    private var idle: [RunCgroup] = []
    /// Numbers cgroup names across every pool of the process, so no two pools share a cgroup.
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = Mutex()

    init(hierarchy: CgroupHierarchy) {
        self.hierarchy = hierarchy
        Self.removeStale(hierarchy)
    }

    /// Removes empty cgroups left by Panel processes that died without cleaning up (killed with SIGKILL).
    private static func removeStale(_ hierarchy: CgroupHierarchy) {
        let parents: [String]
        switch hierarchy.layout {
        case .v2(let parent): parents = [parent]
        case .v1(let memory, let pids, let cpuacct): parents = [memory, pids, cpuacct].compactMap { $0 }
        case .unavailable: parents = []
        }
        for parent in parents {
            guard let directory = opendir(parent) else { continue }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix("panel-") { names.append(name) }
            }
            closedir(directory)
            for name in names {
                // panel-<pid namespace>-<pid>-<n>: only our own pid namespace's pids can be checked here; a
                // Panel in another pid namespace (a container sharing the cgroup tree) is left alone.
                let parts = name.split(separator: "-")
                guard parts.count == 4, parts[1] == Self.pidNamespace, let pid = pid_t(parts[2]), pid != getpid()
                else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH { rmdir(parent + "/" + name) }
            }
        }
    }

    /// The inode of this process's pid namespace, which makes cgroup names unique across namespaces.
    static let pidNamespace: Substring = {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = readlink("/proc/self/ns/pid", &buffer, buffer.count - 1)
        let link = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        // "pid:[4026531836]" → "4026531836"
        return Substring(link.filter(\.isNumber).isEmpty ? "0" : link.filter(\.isNumber))
    }()

    /// An empty cgroup set with these limits, or nil when the host has no cgroups.
    func acquire(memoryBytes: Int, processCount: Int) throws(SandboxError) -> RunCgroup? {
        while let reused = lock.withLock({ idle.popLast() }) {
            if reused.prepare(memoryBytes: memoryBytes, processCount: processCount) { return reused }
            reused.remove()
        }
        let number = Self.counterLock.withLock {
            Self.counter += 1
            return Self.counter
        }
        let group = try RunCgroup(
            hierarchy: hierarchy, name: "panel-\(Self.pidNamespace)-\(getpid())-\(number)", memoryBytes: memoryBytes,
            processCount: processCount)
        _ = group?.prepare(memoryBytes: memoryBytes, processCount: processCount)
        return group
    }

    /// Kills whatever the run left behind and keeps the cgroups for the next run.
    func release(_ group: RunCgroup) {
        group.killAll()
        lock.withLock { idle.append(group) }
    }

    /// Removes every idle cgroup; called when Panel is done (a run still in progress releases its own).
    func removeAll() {
        let groups = lock.withLock {
            let all = idle
            idle = []
            return all
        }
        for group in groups { group.remove() }
    }
}
