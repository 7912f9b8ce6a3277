import Foundation

/// Runs the cases of one judging on several workers at once and hands the results back in case order.
///
/// Each worker takes the next case nobody has taken yet, so the cases start in order. A result that
/// `stops` (a rejected case under `--fail-fast`, or a thrown error) forbids every later case from starting;
/// earlier cases still run. The caller's thread receives the results in case order and nothing after the
/// first that stops, so what it folds is what one worker would have produced (timings aside).
enum ParallelCases {
    /// Runs `work(index, worker)` for every index below `count` on `workers` threads and calls `deliver` on
    /// the calling thread for each result in index order, up to and including the first that `stops`.
    ///
    /// `waiting(index)` is called on the calling thread before it waits for the result of `index`. A
    /// thrown error is rethrown on the calling thread when its turn in index order comes; running workers
    /// are always finished before this returns or throws, so the caller may remove what they use.
    static func run<Value: Sendable, Failure: Error>(
        count: Int,
        workers: Int,
        stops: @escaping @Sendable (Value) -> Bool,
        work: @escaping @Sendable (_ index: Int, _ worker: Int) throws(Failure) -> Value,
        waiting: (Int) -> Void = { _ in },
        deliver: (Int, Value) -> Void
    ) throws(Failure) {
        let state = SharedResults<Value, Failure>(count: count)
        let workerCount = max(1, min(workers, count))
        let finished = DispatchGroup()
        for worker in 0..<workerCount {
            finished.enter()
            let thread = Thread {
                defer { finished.leave() }
                while let index = state.take() {
                    let outcome: Result<Value, Failure>
                    do throws(Failure) {
                        outcome = .success(try work(index, worker))
                    } catch {
                        outcome = .failure(error)
                    }
                    let stopping: Bool = if case .success(let value) = outcome { stops(value) } else { true }
                    state.store(outcome, at: index, stopping: stopping)
                }
            }
            // Room for the deep frames of the validator and the JSON of large outputs, as on the main thread.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer {
            state.abandon()
            finished.wait()
        }
        for index in 0..<count {
            waiting(index)
            guard let outcome = state.wait(for: index) else { return }
            let value = try outcome.get()
            deliver(index, value)
            if stops(value) { return }
        }
    }
}

/// The results of the cases so far, and which case a worker takes next; guarded by one condition lock.
private final class SharedResults<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [Result<Value, Failure>?]
    private var next = 0
    /// No case at or after this index starts: the first case that stopped, or 0 once the caller has gone.
    private var cutoff: Int

    init(count: Int) {
        results = Array(repeating: nil, count: count)
        cutoff = count
    }

    /// The next case to run, or nil when none is left to start.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < cutoff else { return nil }
        defer { next += 1 }
        return next
    }

    func store(_ outcome: Result<Value, Failure>, at index: Int, stopping: Bool) {
        condition.lock()
        results[index] = outcome
        if stopping { cutoff = min(cutoff, index + 1) }
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index` once it is there, or nil when it will never run (a case before it stopped).
    func wait(for index: Int) -> Result<Value, Failure>? {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil {
            if index >= cutoff && next <= index { return nil }
            condition.wait()
        }
        return results[index]
    }

    /// Lets no further case start (the caller has what it needs, or is throwing).
    func abandon() {
        condition.lock()
        cutoff = 0
        condition.broadcast()
        condition.unlock()
    }
}
