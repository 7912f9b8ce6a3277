import Foundation

/// The `--jobs` budget of one Panel command: at most ``count`` judging steps (a case with its validation, a
/// compilation, an input validator on one input) run at once, however many problems, submissions and rounds
/// are worked on in parallel, and each case runs on its slot's CPU.
///
/// A step takes a slot for its whole length and never takes a second one while it holds the first, so
/// slots cannot deadlock. Copies of a ``Judge`` share their slots (this is a reference type).
public final class JobSlots: @unchecked Sendable {
    /// How many steps may run at once.
    public let count: Int
    /// The CPU of each slot (``CPUPlan/judging``), or nil when cases are not pinned.
    private let cpus: [Int]?
    private let condition = NSCondition()
    /// Free slots, the lowest number last (taken first), so one job at a time always uses the same CPU.
    private var free: [Int]

    /// Creates `count` slots; slot `k` pins its cases to `cpus[k]` when `cpus` is given.
    public init(count: Int, cpus: [Int]? = nil) {
        self.count = max(1, count)
        self.cpus = cpus.flatMap { $0.count >= max(1, count) ? $0 : nil }
        free = Array((0..<max(1, count)).reversed())
    }

    /// Runs `body` holding a slot, passing the slot's CPU (nil when not pinned); waits while all are taken.
    public func withSlot<Value, Failure: Error>(
        _ body: (_ cpus: [Int]?) throws(Failure) -> Value
    ) throws(Failure) -> Value {
        condition.lock()
        while free.isEmpty { condition.wait() }
        let slot = free.removeLast()
        condition.unlock()
        defer {
            condition.lock()
            free.append(slot)
            free.sort(by: >)
            condition.signal()
            condition.unlock()
        }
        return try body(cpus.map { [$0[slot]] })
    }
}
