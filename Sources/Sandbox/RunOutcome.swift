/// How a process ended.
public enum Termination: Sendable, Equatable, CustomStringConvertible {
    /// It called exit with this code.
    case exited(Int32)
    /// A signal killed it.
    case signaled(Int32)

    /// True for exit code 0.
    public var isSuccess: Bool { self == .exited(0) }

    public var description: String {
        switch self {
        case .exited(let code): return "exit code \(code)"
        case .signaled(let signal): return "signal \(signal) (\(Termination.signalName(signal)))"
        }
    }

    /// The conventional name of a signal number, such as `SIGSEGV`.
    public static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS",
            8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE",
            14: "SIGALRM", 15: "SIGTERM", 24: "SIGXCPU", 25: "SIGXFSZ", 31: "SIGSYS",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}

/// What one run of a program did, measured by the kernel. A crash or overrun is an outcome, not an error.
public struct RunOutcome: Sendable, Equatable {
    /// How the main process ended.
    public var termination: Termination
    /// User + system CPU time of the process and the children it waited for.
    public var cpuTime: Duration
    /// Wall-clock time from start until the main process ended or was killed.
    public var wallTime: Duration
    /// Peak resident memory in KiB.
    public var peakMemoryKiB: Int
    /// The wall-clock limit fired and Panel killed the process group.
    public var wallTimeExceeded: Bool
    /// The memory limit was reached (the cgroup's OOM killer acted, or an allocation was refused).
    public var memoryLimitHit: Bool
    /// The program was stopped for time (CPU or wall clock) after its memory had reached the limit: the kernel
    /// spent the time reclaiming at the limit (cgroup v2 OOM-kills only when nothing is left to reclaim), or
    /// OOM-killed one of its processes. Its verdict is MLE, not TLE.
    public var stoppedAtMemoryLimit: Bool
    /// The CPU limit's backstop fired (SIGXCPU or SIGKILL at the hard RLIMIT_CPU).
    public var cpuLimitSignaled: Bool
    /// The program reached the output cap: SIGXFSZ, or it wrote more than the limit to stdout or stderr (each is
    /// cut at the limit).
    public var outputLimitHit: Bool
    /// It wrote more than the limit to its stdout file: the output limit's verdict (OLE) is about stdout alone,
    /// as in DOMjudge (a truncated stderr is not a verdict) and problemtools (which sizes the output file only).
    public var stdoutLimitHit: Bool
    /// System calls the candidate filter denied (each answered EPERM; the program went on), by name, in the
    /// order first made. Empty where the kernel cannot tell Panel (no seccomp user notification).
    public var deniedCalls: [String]
    /// Whether the program's process was started ahead, its setup done while an earlier run's program ran (see
    /// the sandbox's `AheadChild`).
    public var startedAhead = false

    /// Creates an outcome; used by the process layer and by tests.
    public init(
        termination: Termination,
        cpuTime: Duration,
        wallTime: Duration,
        peakMemoryKiB: Int,
        wallTimeExceeded: Bool = false,
        memoryLimitHit: Bool = false,
        stoppedAtMemoryLimit: Bool = false,
        cpuLimitSignaled: Bool = false,
        outputLimitHit: Bool = false,
        stdoutLimitHit: Bool = false,
        deniedCalls: [String] = []
    ) {
        self.termination = termination
        self.cpuTime = cpuTime
        self.wallTime = wallTime
        self.peakMemoryKiB = peakMemoryKiB
        self.wallTimeExceeded = wallTimeExceeded
        self.memoryLimitHit = memoryLimitHit
        self.stoppedAtMemoryLimit = stoppedAtMemoryLimit
        self.cpuLimitSignaled = cpuLimitSignaled
        self.outputLimitHit = outputLimitHit || stdoutLimitHit
        self.stdoutLimitHit = stdoutLimitHit
        self.deniedCalls = deniedCalls
    }
}
