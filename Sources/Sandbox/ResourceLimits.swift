/// Limits the kernel enforces on one run, and the clocks Panel holds it to.
public struct ResourceLimits: Sendable, Equatable {
    /// CPU time (user + system) the verdict allows. The kernel's RLIMIT_CPU is set one second above
    /// it as a backstop; the verdict compares the measured CPU time against this value.
    public var cpuTime: Duration
    /// Wall-clock time after which the whole process group is killed (sleepers, stopped processes).
    public var wallTime: Duration
    /// Peak memory in bytes. Enforced by a memory cgroup where the host allows, else by RLIMIT_AS.
    public var memoryBytes: Int
    /// Stack size in bytes, or nil for no stack limit of its own (the default): the memory limit bounds the
    /// stack, so deep recursion is legal. DOMjudge's runguard, problemtools and BAPCtools all run programs so,
    /// and it matters beyond recursion: glibc takes a finite RLIMIT_STACK as the default stack of every
    /// thread (else 2 MiB on x86-64), so a limit as large as the memory would reserve that much per thread.
    public var stackBytes: Int?
    /// Largest file the program may write, which caps its stdout and stderr.
    public var outputBytes: Int
    /// Processes and threads the program may have at once.
    public var processCount: Int
    /// CPU time after which the run is killed as soon as it is seen (where a cgroup counts the run's CPU time),
    /// rather than at the RLIMIT_CPU backstop up to a second later; nil: the backstop alone. The verdict still
    /// compares against ``cpuTime``: a caller that measures near the limit sets this a little above it.
    public var cpuKillTime: Duration?

    /// Creates limits; the stack is unlimited unless given.
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
        self.stackBytes = stackBytes
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
