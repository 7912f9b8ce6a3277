/// The CPUs Panel may use, grouped by physical core, for choosing how many cases run at once and where.
public struct CPUTopology: Sendable, Equatable {
    /// One hardware thread (the lowest-numbered) of every physical core Panel may run on, in order. Two
    /// hardware threads of one core share its execution units, so a case pinned beside another on the same
    /// core would run slower than alone: only one per core is ever given a case.
    public var coreCPUs: [Int] { cores.compactMap(\.first) }
    /// The hardware threads of every physical core Panel may run on, lowest-numbered core first.
    public let cores: [[Int]]

    /// Builds a topology from the CPUs allowed and a function that names the core of a CPU.
    init(allowed: [Int], core: (Int) -> String) {
        var order: [String] = []
        var threads: [String: [Int]] = [:]
        for cpu in allowed.sorted() {
            let name = core(cpu)
            if threads[name] == nil { order.append(name) }
            threads[name, default: []].append(cpu)
        }
        cores = order.compactMap { threads[$0] }
    }

    /// The CPUs this process may run on (its affinity, `Cpus_allowed_list`), grouped by
    /// `/sys/devices/system/cpu/cpuN/topology` (package and core id); a CPU whose topology is unreadable
    /// counts as a core of its own.
    public static let current: CPUTopology = {
        let status = readText("/proc/self/status") ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list:") }
        var allowed = line.map { parseList(String($0.dropFirst("Cpus_allowed_list:".count))) } ?? []
        if allowed.isEmpty { allowed = Array(0..<max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) }
        return CPUTopology(allowed: allowed) { cpu in
            let folder = "/sys/devices/system/cpu/cpu\(cpu)/topology/"
            guard let package = readText(folder + "physical_package_id"), let core = readText(folder + "core_id")
            else { return "cpu\(cpu)" }
            return package.trimmingWhitespace + ":" + core.trimmingWhitespace
        }
    }()

    /// Physical cores Panel may run on (at least 1).
    public var physicalCores: Int { max(1, coreCPUs.count) }

    /// The default number of cases run at once. From 3 physical cores: one is left to Panel itself, its
    /// validators and its compiler, so no case shares a core with Panel's own work. On 1 or 2 cores: one job
    /// per core, Panel and compilers floating beside them; leaving a core out there would mean no parallelism
    /// at all, and measured on 2 cores, a case's CPU time is the same with a case on the other core and with
    /// a compiler sharing its own (README, "Parallel judging"), so only the wall time suffers, which the
    /// starved-run re-runs absorb.
    public var defaultJobs: Int { physicalCores <= 2 ? physicalCores : physicalCores - 1 }

    /// Parses a kernel CPU list such as `0-3,6,8-9`; an unreadable part is skipped.
    public static func parseList(_ text: String) -> [Int] {
        var cpus: [Int] = []
        for part in text.split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int(String($0).trimmingWhitespace) }
            if bounds.count == 1, let single = bounds[0] {
                cpus.append(single)
            } else if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
                cpus += Array(low...high)
            }
        }
        return cpus
    }
}
