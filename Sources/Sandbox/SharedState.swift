import CSandbox

/// What the runs of one sandbox share: the namespace holder, the cgroup pool, the running processes.
final class SharedState: @unchecked Sendable {
    let holder: NamespaceHolder?
    let pool: CgroupPool
    let namespaceFiles: [Int32]
    private let lock = Mutex()
    private var active: Set<pid_t> = []

    init(holder: NamespaceHolder?, pool: CgroupPool) {
        self.holder = holder
        self.pool = pool
        namespaceFiles = holder?.files ?? []
    }

    func started(_ pid: pid_t) { lock.withLock { _ = active.insert(pid) } }

    func ended(_ pid: pid_t) { lock.withLock { _ = active.remove(pid) } }

    /// Whether a program other than `pid` is running (an interactive validator beside its solution).
    func othersActive(than pid: pid_t) -> Bool { lock.withLock { active.contains { $0 != pid } } }

    /// Kills the process group of every running program; the runs' own cleanup sweeps their cgroups.
    func killActive() {
        for pid in lock.withLock({ active }) { kill(-pid, SIGKILL) }
    }

    func shutdown() {
        pool.removeAll()
        holder?.end()
    }
}

/// Every live sandbox of this process, for ``Sandbox/interruptAll()``.
final class SandboxRegistry: @unchecked Sendable {
    static let shared = SandboxRegistry()
    private let lock = Mutex()
    private var states: [ObjectIdentifier: SharedState] = [:]

    func add(_ state: SharedState) { lock.withLock { states[ObjectIdentifier(state)] = state } }

    func remove(_ state: SharedState) { lock.withLock { _ = states.removeValue(forKey: ObjectIdentifier(state)) } }

    func all() -> [SharedState] { lock.withLock { Array(states.values) } }
}
