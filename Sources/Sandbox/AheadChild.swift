import CSandbox
import Synchronization

/// A child started ahead for the next run like one that has just started: the same program, arguments, limits
/// and role, in another idle box and a cgroup of its own. While that run's program has its CPU, the child joins
/// the box's namespaces, gets a mount namespace of its own with a fresh /tmp and an IPC namespace, sets its
/// limits, joins its cgroup last and closes every descriptor of Panel's; then it waits. The run that takes it
/// hands over its stdio, and the child drops its privileges, installs the system-call filter and execs: about
/// 300 µs of setup are off that run's path to its verdict (see the README's benchmark).
///
/// Only where runs are spawned sharing Panel's memory (root, a memory cgroup, a private root and a box with a
/// holder): there the waiting child is root in an idle box of its own, which no program of any box can reach.
final class AheadChild: @unchecked Sendable {
    /// What a run must ask for to take it.
    struct Key: Equatable {
        var spec: ProcessSpec
        var limits: ResourceLimits

        /// `spec` and `limits` with what differs between the runs of one judging set aside: the input file (only
        /// whether it is a regular file, which the child opens inside its root, counts).
        init(_ spec: ProcessSpec, limits: ResourceLimits) {
            var spec = spec
            spec.stdinPath = spec.stdinPath.map { NeutralInput.isRegularFile($0) ? "" : $0 }
            self.spec = spec
            self.limits = limits
        }
    }

    let key: Key
    let box: Box
    let cgroup: RunCgroup?
    /// What the child's root was built from (``Sandbox``'s root key): a program file replaced since does not run.
    let rootKey: String
    let pid: pid_t
    /// The child's `struct panel_ahead`, until it is started or cancelled (once).
    private var handle: OpaquePointer?
    private let lock = Mutex(())

    init(key: Key, box: Box, cgroup: RunCgroup?, rootKey: String, pid: pid_t, handle: OpaquePointer) {
        self.key = key
        self.box = box
        self.cgroup = cgroup
        self.rootKey = rootKey
        self.pid = pid
        self.handle = handle
    }

    /// Hands the child its stdio and lets it exec: 0, or an errno with `step` set, as panel_spawn.
    func start(stdio: (Int32, Int32, Int32), step: inout Int32, listener: inout Int32) -> Int32 {
        guard let handle = taken() else { return EINVAL }
        return panel_start_ahead(handle, stdio.0, stdio.1, stdio.2, &step, &listener)
    }

    private func taken() -> OpaquePointer? {
        lock.withLock { _ in
            defer { handle = nil }
            return handle
        }
    }

    /// Kills and reaps the child, if nothing started it.
    func cancel() {
        guard let handle = taken() else { return }
        panel_cancel_ahead(handle)
    }
}

/// The children started ahead and not yet taken, a few at most: one per key.
final class AheadChildren: Sendable {
    private let waiting = Mutex([AheadChild]())
    /// More than the jobs of a parallel judging need; the oldest is cancelled to make room.
    private static let capacity = 4

    /// The child waiting for runs like `key`, taken out.
    func take(_ key: AheadChild.Key) -> AheadChild? {
        waiting.withLock { waiting in
            guard let index = waiting.firstIndex(where: { $0.key == key }) else { return nil }
            return waiting.remove(at: index)
        }
    }

    /// Whether a child is waiting for runs like `key`.
    func has(_ key: AheadChild.Key) -> Bool {
        waiting.withLock { waiting in waiting.contains { $0.key == key } }
    }

    /// Keeps `child`; returns the children it displaced, for the caller to cancel and release.
    func keep(_ child: AheadChild) -> [AheadChild] {
        waiting.withLock { waiting in
            var displaced: [AheadChild] = []
            if let index = waiting.firstIndex(where: { $0.key == child.key }) {
                displaced.append(waiting.remove(at: index))
            }
            waiting.append(child)
            while waiting.count > Self.capacity { displaced.append(waiting.removeFirst()) }
            return displaced
        }
    }

    /// The pids of the waiting children.
    var pids: [pid_t] { waiting.withLock { $0.map(\.pid) } }

    /// Every waiting child, taken out.
    func takeAll() -> [AheadChild] {
        waiting.withLock { waiting in
            defer { waiting = [] }
            return waiting
        }
    }
}
