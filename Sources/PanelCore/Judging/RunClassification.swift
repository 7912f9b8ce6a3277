import Sandbox

/// Turns what the kernel measured about a run into a verdict, before any output is checked.
///
/// Follows the precedence table on ``Verdict/precedence``: TLE, then MLE, then RTE, then OLE (a program
/// stopped for time at its memory limit is MLE: it spent the time in the kernel's reclaim). The output limit
/// ranks last, as DOMjudge's judgedaemon ranks it (time limit, non-zero exit, truncated stdout) and as
/// problemtools reaches it (the output's size is checked only after a clean run): a program goes on past the
/// cap, so a flood that never ends is TLE and one that crashes RTE. A stderr past the cap is cut, not judged.
/// Returns nil when the program exited cleanly within every limit, meaning its output should be validated.
public enum RunClassification {
    /// Text Swift's runtime prints when an allocation is refused (RLIMIT_AS hosts, huge single allocations).
    static let allocationFailureMarkers = ["Could not allocate memory", "failed to allocate", "out of memory"]

    /// Classifies a finished run.
    /// - Parameters:
    ///   - outcome: what the sandbox measured.
    ///   - cpuLimit: the CPU time the verdict allows.
    ///   - stderrPrefix: the start of the program's stderr, read only for a crash, to recognise a refused allocation.
    /// - Returns: the verdict and a detail such as "signal 11 (SIGSEGV)", or nil for a clean exit.
    public static func classify(
        _ outcome: RunOutcome,
        cpuLimit: Duration,
        stderrPrefix: @autoclosure () -> String = ""
    ) -> (verdict: Verdict, detail: String)? {
        if outcome.stoppedAtMemoryLimit {
            return (
                .MLE,
                "memory limit reached (peak \(outcome.peakMemoryKiB) KiB); stopped for time while the kernel "
                    + "reclaimed memory at the limit"
            )
        }
        if outcome.wallTimeExceeded {
            return (.TLE, "killed at the wall-clock limit after \(outcome.wallTime.milliseconds) ms")
        }
        if outcome.cpuTime > cpuLimit || outcome.cpuLimitSignaled {
            return (.TLE, "used \(outcome.cpuTime.milliseconds) ms of CPU, limit \(cpuLimit.milliseconds) ms")
        }
        let crashed = !outcome.termination.isSuccess
        if outcome.memoryLimitHit
            || (crashed && allocationFailureMarkers.contains { stderrPrefix().localizedLowercase(contains: $0) })
        {
            return (.MLE, "memory limit reached (peak \(outcome.peakMemoryKiB) KiB)")
        }
        // SIGXFSZ is how the cap stops a program that asked for the signal back: with stdout at the cap it is the
        // output limit, not a crash of its own.
        if crashed && !(outcome.termination == .signaled(SIGXFSZ) && outcome.stdoutLimitHit) {
            var detail = outcome.termination.description
            // Swift's runtime checks (index out of range, overflow, nil unwrap) end in a trap instruction.
            if outcome.termination == .signaled(4) || outcome.termination == .signaled(5) {
                detail += ": a Swift runtime trap (index out of range, arithmetic overflow, nil unwrap, fatalError…)"
            }
            return (.RTE, detail)
        }
        if outcome.stdoutLimitHit {
            return (.OLE, "output limit reached: stdout was cut at the limit")
        }
        return nil
    }
}

extension String {
    fileprivate func localizedLowercase(contains other: String) -> Bool {
        lowercased().contains(other.lowercased())
    }
}
