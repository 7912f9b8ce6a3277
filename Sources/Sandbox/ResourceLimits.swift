/// Limits the kernel enforces on one run, and the clocks Panel holds it to.
public struct ResourceLimits: Sendable, Equatable {
    /// CPU time (user + system) the verdict allows. The kernel's RLIMIT_CPU is set one second above
    /// it as a backstop; the verdict compares the measured CPU time against this value.
    public var cpuTime: Duration
    /// Wall-clock time after which the whole process group is killed (sleepers, stopped processes).
    public var wallTime: Duration
    /// Peak memory in bytes. Enforced by a memory cgroup where the host allows, else by RLIMIT_AS.
    public var memoryBytes: Int
    /// Stack size in bytes; Panel sets it equal to the memory limit, so deep recursion is legal.
    public var stackBytes: Int
    /// Largest file the program may write, which caps its stdout and stderr.
    public var outputBytes: Int
    /// Processes and threads the program may have at once.
    public var processCount: Int
    /// CPU time after which the run is killed as soon as it is seen (where a cgroup counts the run's CPU time),
    /// rather than at the RLIMIT_CPU backstop up to a second later; nil: the backstop alone. The verdict still
    /// compares against ``cpuTime``: a caller that measures near the limit sets this a little above it.
    public var cpuKillTime: Duration?

    /// Creates limits; the stack defaults to the memory limit.
    public init(
        cpuTime: Duration,
        wallTime: Duration,
        memoryBytes: Int,
        stackBytes: Int? = nil,
        outputBytes: Int,
        processCount: Int
    ) {
        self.cpuTime = cpuTime
        self.wallTime = wallTime
        self.memoryBytes = memoryBytes
        self.stackBytes = stackBytes ?? memoryBytes
        self.outputBytes = outputBytes
        self.processCount = processCount
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    public var milliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }

    /// The duration in seconds as a floating-point number.
    public var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
