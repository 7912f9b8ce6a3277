import PanelCore
import Sandbox

/// `--jobs N` / `-j N`: how many cases of one submission run at once, each in a box of its own.
enum JobsOption {
    /// The option's spellings, for ``Arguments``.
    static let names = ["--jobs", "-j"]

    /// The help lines every command that takes the option shows.
    static let help = """
          -j, --jobs N      cases run at once, each in its own box pinned to its own CPU where the host
                            allows (default: physical cores - 1, one core kept for Panel and compilers;
                            on 1 or 2 cores, one per core; here \(CPUTopology.current.defaultJobs));
                            results, verdicts and reports are the same as with -j 1, timings aside
        """

    /// The number of jobs asked for, else the machine's default.
    /// - Throws: ``UsageError`` for a value that is not a whole number from 1 to the box capacity.
    static func value(_ arguments: Arguments, command: String) throws(UsageError) -> Int {
        guard let text = arguments.value("--jobs") ?? arguments.value("-j") else {
            return CPUTopology.current.defaultJobs
        }
        guard let jobs = Int(text), jobs >= 1, jobs <= Sandbox.boxCapacity / 4 else {
            throw UsageError(
                "--jobs '\(text)': expected a whole number from 1 to \(Sandbox.boxCapacity / 4)", command: command)
        }
        return jobs
    }

    /// The judge of `context` for `sandbox`, running as many cases at once as the command line asks.
    static func judge(_ context: Context, _ sandbox: Sandbox, _ arguments: Arguments, command: String) throws -> Judge {
        var judge = try context.judge(sandbox)
        judge.jobs = try value(arguments, command: command)
        judge.cpuPlan = sandbox.reserve(jobs: judge.jobs)
        judge.slots = JobSlots(count: judge.jobs, cpus: judge.cpuPlan?.judging)
        return judge
    }
}
