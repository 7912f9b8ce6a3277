import CSandbox

/// Which CPU each case of a parallel judging runs on, and which CPUs are left to Panel's own work.
///
/// A case's CPU time is trusted only when nothing else competes for its core: each job gets one hardware
/// thread of a physical core of its own (never two threads of one core), the last cores first, and Panel,
/// its validators and its compiler keep the remaining cores when there are any.
public struct CPUPlan: Sendable, Equatable {
    /// How many cases run at once.
    public let jobs: Int
    /// The CPU of each job, in job order, or nil when the cases are not pinned.
    public let judging: [Int]?
    /// The CPUs left to Panel, validators and compiler, or nil when they share the judging CPUs.
    public let housekeeping: [Int]?
    /// What is in force, or why nothing is, for the report's `sandbox.pinning`.
    public let summary: String

    /// Plans `jobs` cases on `topology`; `cpuset` says whether runs can be held to CPUs here.
    public static func make(jobs: Int, topology: CPUTopology, cpuset: Bool) -> CPUPlan {
        let cores = topology.cores
        guard cpuset else {
            return CPUPlan(
                jobs: jobs, judging: nil, housekeeping: nil,
                summary: "not pinned: no writable cpuset controller here (cgroup v1 cpuset or v2 cpuset.cpus), "
                    + "so cases run wherever the kernel puts them")
        }
        guard jobs <= cores.count else {
            return CPUPlan(
                jobs: jobs, judging: nil, housekeeping: nil,
                summary: "not pinned: \(jobs) jobs on \(cores.count) physical core\(cores.count == 1 ? "" : "s"), "
                    + "so cases share cores and their CPU times are less reliable")
        }
        let judgingCores = cores.suffix(jobs)
        let judging = judgingCores.compactMap(\.first)
        let rest = cores.dropLast(jobs).flatMap { $0 }
        let list = judging.map(String.init).joined(separator: ",")
        if rest.isEmpty {
            return CPUPlan(
                jobs: jobs, judging: judging, housekeeping: nil,
                summary: "cpuset: each case on its own physical core (CPU \(list)); Panel, validators and "
                    + "compiler share them (\(cores.count) physical core\(cores.count == 1 ? "" : "s") here)")
        }
        return CPUPlan(
            jobs: jobs, judging: judging, housekeeping: rest,
            summary: "cpuset: each case on its own physical core (CPU \(list)); Panel, validators and compiler "
                + "on CPU \(rest.map(String.init).joined(separator: ","))")
    }
}

extension Sandbox {
    /// Plans `jobs` parallel cases on this host's CPUs and puts the plan in force for everything but the
    /// cases themselves: runs that name no CPUs (validators, compilers, plugins) and Panel's own threads
    /// move to the housekeeping CPUs. The caller gives each case's ``ProcessSpec/cpus`` its job's CPU.
    public func reserve(jobs: Int) -> CPUPlan {
        let plan = CPUPlan.make(
            jobs: jobs, topology: .current, cpuset: CgroupHierarchy.current.cpusetParent != nil)
        // Without CPUs of its own, Panel and its tools may run anywhere again (a later plan may share them all).
        let housekeeping = plan.housekeeping ?? CPUTopology.current.cores.flatMap { $0 }
        setDefaultCPUs(plan.housekeeping == nil ? "" : housekeeping.map(String.init).joined(separator: ","))
        // Threads made later inherit the affinity of the thread that makes them.
        for thread in Self.threadsOfThisProcess() {
            // A thread that ended meanwhile (ESRCH) needs nothing; the others inherit from those that remain.
            _ = panel_set_affinity(thread, housekeeping.map(Int32.init), Int32(housekeeping.count))
        }
        return plan
    }

    private static func threadsOfThisProcess() -> [pid_t] {
        guard let directory = opendir("/proc/self/task") else { return [0] }
        defer { closedir(directory) }
        var threads: [pid_t] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if let thread = pid_t(name) { threads.append(thread) }
        }
        return threads
    }
}
