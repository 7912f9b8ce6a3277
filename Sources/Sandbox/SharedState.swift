import CSandbox
import Synchronization

/// What the runs of one sandbox share: the boxes, the cgroup pool, the programs running now.
final class SharedState: Sendable {
    let boxes: BoxPool
    let pool: CgroupPool
    /// Children started ahead for the next run like one that started (see ``AheadChild``).
    let ahead = AheadChildren()
    /// Process groups of the programs running now, for Ctrl-C.
    private let active = Mutex(Set<pid_t>())
    /// Held around a spawn and the sweep of orphans where boxes have no pid namespace: a sweep must not take a
    /// child that is being born for an orphan.
    private let children = Mutex(())
    /// The CPU list of runs that name none (a validator, the compiler): "" for every CPU, or the CPUs a
    /// parallel judging left to Panel's own work.
    private let unpinnedCPUs = Mutex("")

    var defaultCPUs: String {
        get { unpinnedCPUs.withLock { $0 } }
        set { unpinnedCPUs.withLock { $0 = newValue } }
    }

    init(boxes: BoxPool, pool: CgroupPool) {
        self.boxes = boxes
        self.pool = pool
    }

    func started(_ pid: pid_t) { active.withLock { _ = $0.insert(pid) } }

    func ended(_ pid: pid_t) { active.withLock { _ = $0.remove(pid) } }

    /// The pids of programs being waited for now.
    var running: Set<pid_t> { active.withLock { $0 } }

    /// Kills the process group of every running program, and whatever is left in any box.
    func killActive() {
        for pid in running { kill(-pid, SIGKILL) }
        pool.killAll()
        for box in boxes.boxes { box.killLeftovers() }
    }

    /// Runs `spawn` (which starts a child of Panel's) so that no sweep of orphans runs meanwhile, where the box
    /// has no pid namespace of its own; elsewhere orphans go to the box's holder and no sweep ever runs. A child
    /// that `spawn` starts for a run must be ``started(_:)`` inside it, before the lock is given back.
    func spawning<Result>(box: Box, _ spawn: () -> Result) -> Result {
        if box.holder != nil { return spawn() }
        return children.withLock { _ in spawn() }
    }

    /// Kills and reaps every child of Panel's that no run is waiting for: processes a program left behind that
    /// were orphaned to Panel (a subreaper) because no pid namespace holds them.
    func sweepOrphans() {
        children.withLock { _ in
            let known = running
            for _ in 0..<100 {
                let orphans = Self.childrenOfPanel().filter { !known.contains($0) }
                if orphans.isEmpty { return }
                for orphan in orphans {
                    kill(orphan, SIGKILL)
                    waitpid(orphan, nil, 0)
                }
            }
        }
    }

    /// Panel's children, from /proc/self/task/*/children (each thread's own).
    private static func childrenOfPanel() -> [pid_t] {
        guard let directory = opendir("/proc/self/task") else { return [] }
        defer { closedir(directory) }
        var found: [pid_t] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard Int32(name) != nil, let text = readText("/proc/self/task/\(name)/children") else { continue }
            found += text.split(separator: " ").compactMap { pid_t(String($0).trimmingWhitespace) }
        }
        return found
    }

    /// Cancels children started ahead, and returns their cgroups and boxes.
    func dismiss(_ children: [AheadChild]) {
        for child in children {
            child.cancel()
            if let cgroup = child.cgroup { pool.release(cgroup) }
            boxes.release(child.box)
        }
    }

    func shutdown() {
        dismiss(ahead.takeAll())
        boxes.shutdown()
        pool.removeAll()
    }
}

/// Every live sandbox of this process, for ``Sandbox/interruptAll()``.
final class SandboxRegistry: Sendable {
    static let shared = SandboxRegistry()
    private let states = Mutex([ObjectIdentifier: SharedState]())

    func add(_ state: SharedState) { states.withLock { $0[ObjectIdentifier(state)] = state } }

    func remove(_ state: SharedState) { states.withLock { _ = $0.removeValue(forKey: ObjectIdentifier(state)) } }

    func all() -> [SharedState] { states.withLock { Array($0.values) } }
}
