import Synchronization

/// The run cgroups of one Panel process: idle ones are reused by later runs; busy ones are known too, so an
/// interrupt can sweep and remove them all.
final class CgroupPool: @unchecked Sendable {
    private let hierarchy: CgroupHierarchy
    private struct State {
        var idle: [RunCgroup] = []
        var busy: [ObjectIdentifier: RunCgroup] = [:]
        var ended = false
    }
    private let state = Mutex(State())
    /// Numbers cgroup names across every pool of the process, so no two pools share a cgroup.
    private static let counter = Atomic(0)

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
    func acquire(memoryBytes: Int, processCount: Int, cpus: String = "") throws(SandboxError) -> RunCgroup? {
        while let reused = try state.withLock({ (state) throws(SandboxError) -> RunCgroup? in
            if state.ended { throw SandboxError.interrupted }
            return state.idle.popLast()
        }) {
            if reused.prepare(memoryBytes: memoryBytes, processCount: processCount), reused.pin(to: cpus) {
                state.withLock { $0.busy[ObjectIdentifier(reused)] = reused }
                return reused
            }
            reused.remove()
        }
        let number = Self.counter.add(1, ordering: .relaxed).newValue
        guard
            let group = try RunCgroup(
                hierarchy: hierarchy, name: "panel-\(Self.pidNamespace)-\(getpid())-\(number)",
                memoryBytes: memoryBytes, processCount: processCount)
        else { return nil }
        _ = group.prepare(memoryBytes: memoryBytes, processCount: processCount)
        guard group.pin(to: cpus) else {
            let code = errno
            group.remove()
            throw SandboxError.systemCall("write(cpuset.cpus \(cpus))", errno: code)
        }
        let refused = state.withLock { state in
            if !state.ended { state.busy[ObjectIdentifier(group)] = group }
            return state.ended
        }
        if refused {
            group.remove()
            throw SandboxError.interrupted
        }
        return group
    }

    /// Kills whatever the run left behind and keeps the cgroups for the next run.
    func release(_ group: RunCgroup) {
        group.killAll()
        let keep = state.withLock { state in
            state.busy[ObjectIdentifier(group)] = nil
            if !state.ended { state.idle.append(group) }
            return !state.ended
        }
        if !keep { group.remove() }
    }

    /// Kills every process in every cgroup of the pool, busy ones included (for Ctrl-C).
    func killAll() {
        for group in state.withLock({ $0.idle + Array($0.busy.values) }) { group.killAll() }
    }

    /// Removes every cgroup, busy ones after killing what is in them; later acquisitions fail. Called when
    /// Panel is done or interrupted.
    func removeAll() {
        let groups = state.withLock { state in
            state.ended = true
            defer {
                state.idle = []
                state.busy = [:]
            }
            return state.idle + Array(state.busy.values)
        }
        for group in groups {
            group.killAll()
            group.remove()
        }
    }
}
