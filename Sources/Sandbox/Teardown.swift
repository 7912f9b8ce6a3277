import CSandbox
import Synchronization

/// Ends what a finished run leaves behind on a thread of its own, off the path to the run's verdict: its mount
/// namespace (whose teardown, an RCU grace period and the unmount of its `/tmp`, the program's exit would
/// otherwise do before `wait4` returns), then its cgroup goes back to the pool.
///
/// A run's cgroup is reused only after its namespace is gone, so the next run's memory peak never counts the last
/// run's `/tmp`; meanwhile the next run takes another cgroup of the pool. Work is done in the order it came.
final class Teardown: @unchecked Sendable {
    private struct State {
        var work: [@Sendable () -> Void] = []
        /// Whether the thread is running a piece of work now.
        var busy = false
        var started = false
    }
    private let state = Mutex(State())
    private let waiting: UnsafeMutablePointer<sem_t>
    /// More work than this waiting, and the run's own thread does its teardown (the thread is behind).
    private static let backlog = 4

    init() {
        waiting = .allocate(capacity: 1)
        sem_init(waiting, 0, 0)
    }

    /// Does `work` soon on the teardown thread (or now, when that thread cannot be made or is behind).
    func later(_ work: @escaping @Sendable () -> Void) {
        let queued = state.withLock { state -> Bool in
            if state.work.count >= Self.backlog { return false }
            if !state.started {
                state.started = startThread()
                if !state.started { return false }
            }
            state.work.append(work)
            return true
        }
        if queued { sem_post(waiting) } else { work() }
    }

    /// Does every piece of work not yet done and waits for the one under way: afterwards, nothing of a run ended
    /// so far is left (for shutdown and interrupts).
    func drain() {
        while true {
            let (next, busy) = state.withLock { state -> ((@Sendable () -> Void)?, Bool) in
                state.work.isEmpty ? (nil, state.busy) : (state.work.removeFirst(), state.busy)
            }
            if let next {
                next()
            } else if busy {
                usleep(200)
            } else {
                return
            }
        }
    }

    private func startThread() -> Bool {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let made = pthread_create(
            &thread, nil,
            { context in
                // The thread lives as long as the process; it holds the Teardown.
                guard let context else { return nil }
                Unmanaged<Teardown>.fromOpaque(context).takeUnretainedValue().loop()
            }, context)
        if made != 0 {
            Unmanaged<Teardown>.fromOpaque(context).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private func loop() -> Never {
        while true {
            while sem_wait(waiting) != 0 {}
            let next = state.withLock { state -> (@Sendable () -> Void)? in
                // drain() may have taken it already.
                guard !state.work.isEmpty else { return nil }
                state.busy = true
                return state.work.removeFirst()
            }
            guard let next else { continue }
            next()
            state.withLock { $0.busy = false }
        }
    }
}
