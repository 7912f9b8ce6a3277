/// Where Panel can make cgroups for its runs, detected once per process.
///
/// Prefers a cgroup v2 subtree with the memory and pids controllers; falls back to the v1 memory and
/// pids hierarchies (hosts that still mount v1); else none, and the caller relies on rlimits.
public struct CgroupHierarchy: Sendable, Equatable {
    /// The layout found on this host.
    public enum Layout: Sendable, Equatable {
        /// A v2 cgroup Panel may create children in, with memory and pids enabled.
        case v2(parent: String)
        /// v1 hierarchies: the memory, pids and cpuacct cgroups Panel's process sits in.
        case v1(memory: String?, pids: String?, cpuacct: String?)
        /// No usable cgroups; the reason says why.
        case unavailable(String)
    }

    /// The detected layout.
    public let layout: Layout

    /// The hierarchy of this process, detected on first use.
    public static let current = CgroupHierarchy(layout: detect())

    /// A short human description for reports, such as "cgroup v1 (memory, pids)".
    public var summary: String {
        switch layout {
        case .v2: return "cgroup v2 (memory, pids)"
        case .v1(let memory, let pids, let cpuacct):
            let controllers = [
                memory == nil ? nil : "memory", pids == nil ? nil : "pids", cpuacct == nil ? nil : "cpuacct",
            ]
            .compactMap { $0 }
            return "cgroup v1 (\(controllers.joined(separator: ", ")))"
        case .unavailable(let reason): return "no cgroups (\(reason))"
        }
    }

    /// Whether a memory controller is available.
    public var hasMemoryController: Bool {
        switch layout {
        case .v2: return true
        case .v1(let memory, _, _): return memory != nil
        case .unavailable: return false
        }
    }

    /// Whether a pids controller is available.
    public var hasPidsController: Bool {
        switch layout {
        case .v2: return true
        case .v1(_, let pids, _): return pids != nil
        case .unavailable: return false
        }
    }

    private static func detect() -> Layout {
        guard let membership = readText("/proc/self/cgroup"), let mounts = readText("/proc/self/mounts") else {
            return .unavailable("cannot read /proc/self/cgroup")
        }
        var v1Paths: [String: String] = [:]
        var v2Path: String?
        for line in membership.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3 else { continue }
            if parts[0] == "0" && parts[1].isEmpty {
                v2Path = String(parts[2])
            } else {
                for controller in parts[1].split(separator: ",") { v1Paths[String(controller)] = String(parts[2]) }
            }
        }
        var v1Mounts: [String: String] = [:]
        var v2Mount: String?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 4 else { continue }
            if fields[2] == "cgroup2" {
                v2Mount = String(fields[1])
            } else if fields[2] == "cgroup" {
                for option in fields[3].split(separator: ",") { v1Mounts[String(option)] = String(fields[1]) }
            }
        }
        if let mount = v2Mount, let path = v2Path, let parent = usableV2Parent(mount: mount, path: path) {
            return .v2(parent: parent)
        }
        func v1(_ controller: String) -> String? {
            guard let mount = v1Mounts[controller], let path = v1Paths[controller] else { return nil }
            let directory = path == "/" ? mount : mount + path
            return access(directory, W_OK) == 0 ? directory : nil
        }
        let memory = v1("memory")
        let pids = v1("pids")
        let cpuacct = v1("cpuacct")
        if memory != nil || pids != nil { return .v1(memory: memory, pids: pids, cpuacct: cpuacct) }
        return .unavailable(
            geteuid() == 0 ? "no writable memory or pids controller" : "not root and no delegated cgroup")
    }

    /// A v2 cgroup where children can get memory and pids limits: our own cgroup, if it may delegate.
    private static func usableV2Parent(mount: String, path: String) -> String? {
        let directory = path == "/" ? mount : mount + path
        guard let available = readText(directory + "/cgroup.controllers"),
            available.contains("memory"), available.contains("pids"), access(directory, W_OK) == 0
        else { return nil }
        let enabled = readText(directory + "/cgroup.subtree_control") ?? ""
        if enabled.contains("memory") && enabled.contains("pids") { return directory }
        // Enabling controllers fails while processes sit in this cgroup (the no-internal-process rule).
        return writeText(directory + "/cgroup.subtree_control", "+memory +pids") ? directory : nil
    }
}

/// The cgroups of one run at a time: created once, reused by later runs (after a sweep and a reset of the
/// peak counter, which is far cheaper than mkdir and rmdir per run), removed when Panel is done.
final class RunCgroup {
    private var directories: [String] = []
    private let layout: CgroupHierarchy.Layout
    private var memoryDirectory: String?
    private var pidsDirectory: String?
    private var cpuDirectory: String?
    /// The cgroup's OOM-kill count when the current run started.
    private var oomKillsBefore = 0

    /// Whether the run's memory is capped by a cgroup.
    var hasMemoryLimit: Bool { memoryDirectory != nil }

    /// Creates the cgroups with the given limits. Returns nil when the host has none.
    init?(hierarchy: CgroupHierarchy, name: String, memoryBytes: Int, processCount: Int) throws(SandboxError) {
        layout = hierarchy.layout
        switch hierarchy.layout {
        case .unavailable:
            return nil
        case .v2(let parent):
            let directory = parent + "/" + name
            try Self.makeDirectory(directory)
            directories = [directory]
            memoryDirectory = directory
            pidsDirectory = directory
            cpuDirectory = directory
            try Self.write(directory + "/memory.max", String(memoryBytes))
            _ = writeText(directory + "/memory.swap.max", "0")
            try Self.write(directory + "/pids.max", String(processCount))
        case .v1(let memory, let pids, let cpuacct):
            if let cpuacct {
                let directory = cpuacct + "/" + name
                try Self.makeDirectory(directory)
                directories.append(directory)
                cpuDirectory = directory
            }
            if let memory {
                let directory = memory + "/" + name
                try Self.makeDirectory(directory)
                directories.append(directory)
                memoryDirectory = directory
                if !Self.setV1MemoryLimit(directory, memoryBytes) {
                    throw SandboxError.systemCall("write(\(directory)/memory.limit_in_bytes)", errno: errno)
                }
            }
            if let pids {
                let directory = pids + "/" + name
                try Self.makeDirectory(directory)
                directories.append(directory)
                pidsDirectory = directory
                try Self.write(directory + "/pids.max", String(processCount))
            }
        }
    }

    /// Prepares the cgroups for another run: new limits, a fresh peak, the OOM count as the baseline.
    /// Returns false when they cannot be reused (then the caller removes them and makes new ones).
    func prepare(memoryBytes: Int, processCount: Int) -> Bool {
        switch layout {
        case .v2:
            // memory.peak resets only per open file on v2; a fresh cgroup per run keeps it simple.
            return false
        case .v1:
            if let memory = memoryDirectory {
                guard Self.setV1MemoryLimit(memory, memoryBytes),
                    writeText(memory + "/memory.max_usage_in_bytes", "0")
                else { return false }
            }
            if let pids = pidsDirectory, !writeText(pids + "/pids.max", String(processCount)) { return false }
            if let cpu = cpuDirectory, !writeText(cpu + "/cpuacct.usage", "0") { return false }
        case .unavailable:
            return false
        }
        oomKillsBefore = oomKillCount
        return true
    }

    /// Opens each `cgroup.procs` for the child to join; the caller closes the descriptors.
    func openProcsFiles() throws(SandboxError) -> [Int32] {
        var descriptors: [Int32] = []
        for directory in directories {
            let path = directory + "/cgroup.procs"
            do {
                descriptors.append(try syscall("open(\(path))") { open(path, O_WRONLY | O_CLOEXEC) })
            } catch {
                for descriptor in descriptors { close(descriptor) }
                throw error
            }
        }
        return descriptors
    }

    /// Peak memory charged to the run, in bytes, if the controller reports it.
    var peakMemoryBytes: Int? {
        guard let directory = memoryDirectory else { return nil }
        let file: String
        if case .v2 = layout { file = "/memory.peak" } else { file = "/memory.max_usage_in_bytes" }
        return readText(directory + file).flatMap { Int($0.trimmingWhitespace) }
    }

    /// Peak memory of the run's programs in bytes: the cgroup's peak charge less the page cache it holds at
    /// the end (input and output files, the binary's text), which is not the program's own memory.
    var peakProgramMemoryBytes: Int? {
        guard let directory = memoryDirectory, let peak = peakMemoryBytes else { return nil }
        let cacheKey: Substring
        if case .v2 = layout { cacheKey = "file" } else { cacheKey = "cache" }
        var cache = 0
        for line in (readText(directory + "/memory.stat") ?? "").split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2 && fields[0] == cacheKey {
                cache = Int(fields[1]) ?? 0
                break
            }
        }
        return max(0, peak - cache)
    }

    /// CPU time of every process of the run, also children it never waited for (wait4 counts only the waited).
    var cpuTime: Duration? {
        guard let directory = cpuDirectory else { return nil }
        if case .v2 = layout {
            for line in (readText(directory + "/cpu.stat") ?? "").split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count == 2 && fields[0] == "usage_usec", let micro = Int64(fields[1]) {
                    return .microseconds(micro)
                }
            }
            return nil
        }
        return readText(directory + "/cpuacct.usage").flatMap { Int64($0.trimmingWhitespace) }.map { .nanoseconds($0) }
    }

    /// Whether the kernel's OOM killer killed a process of the current run.
    var oomKilled: Bool { oomKillCount > oomKillsBefore }

    private var oomKillCount: Int {
        guard let directory = memoryDirectory else { return 0 }
        let file: String
        if case .v2 = layout { file = "/memory.events" } else { file = "/memory.oom_control" }
        guard let text = readText(directory + file) else { return 0 }
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if fields.count == 2 && fields[0] == "oom_kill" { return Int(fields[1]) ?? 0 }
        }
        return 0
    }

    /// Kills every process left in the run's cgroups (daemons, double forks) until none remain.
    func killAll() {
        for directory in directories {
            for _ in 0..<1000 {
                guard let text = readText(directory + "/cgroup.procs") else { break }
                let pids = text.split(separator: "\n").compactMap { pid_t($0) }
                if pids.isEmpty { break }
                for pid in pids { kill(pid, SIGKILL) }
                usleep(200)
            }
        }
    }

    /// Removes the cgroups; a cgroup whose last process is still being reaped is retried briefly.
    func remove() {
        for directory in directories.reversed() {
            for _ in 0..<200 where rmdir(directory) != 0 && errno == EBUSY {
                usleep(500)
            }
        }
    }

    /// Sets a v1 memory limit and, where swap is accounted, the same memory+swap limit, so the program
    /// cannot swap past it. The kernel wants memsw ≥ limit at every step: raise memsw first when growing.
    private static func setV1MemoryLimit(_ directory: String, _ bytes: Int) -> Bool {
        let swapFile = directory + "/memory.memsw.limit_in_bytes"
        let hasSwapAccounting = access(swapFile, F_OK) == 0
        if hasSwapAccounting { _ = writeText(swapFile, String(bytes)) }
        guard writeText(directory + "/memory.limit_in_bytes", String(bytes)) else { return false }
        return !hasSwapAccounting || writeText(swapFile, String(bytes))
    }

    private static func makeDirectory(_ path: String) throws(SandboxError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw SandboxError.systemCall("mkdir(\(path))", errno: errno)
        }
    }

    private static func write(_ path: String, _ value: String) throws(SandboxError) {
        if !writeText(path, value) { throw SandboxError.systemCall("write(\(path))", errno: errno) }
    }
}

/// Idle run cgroups of one Panel process, so that consecutive runs reuse them.
final class CgroupPool: @unchecked Sendable {
    private let hierarchy: CgroupHierarchy
    private let lock = Mutex()
    private var idle: [RunCgroup] = []
    /// Numbers cgroup names across every pool of the process, so no two pools share a cgroup.
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = Mutex()

    init(hierarchy: CgroupHierarchy) {
        self.hierarchy = hierarchy
        Self.removeStale(hierarchy)
    }

    /// Removes empty cgroups left by Panel processes that died without cleaning up (killed with SIGKILL).
    private static func removeStale(_ hierarchy: CgroupHierarchy) {
        let parents: [String]
        switch hierarchy.layout {
        case .v2(let parent): parents = [parent]
        case .v1(let memory, let pids, let cpuacct): parents = [memory, pids, cpuacct].compactMap { $0 }
        case .unavailable: parents = []
        }
        for parent in parents {
            guard let directory = opendir(parent) else { continue }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix("panel-") { names.append(name) }
            }
            closedir(directory)
            for name in names {
                // panel-<pid namespace>-<pid>-<n>: only our own pid namespace's pids can be checked here; a
                // Panel in another pid namespace (a container sharing the cgroup tree) is left alone.
                let parts = name.split(separator: "-")
                guard parts.count == 4, parts[1] == Self.pidNamespace, let pid = pid_t(parts[2]), pid != getpid()
                else { continue }
                if kill(pid, 0) != 0 && errno == ESRCH { rmdir(parent + "/" + name) }
            }
        }
    }

    /// The inode of this process's pid namespace, which makes cgroup names unique across namespaces.
    static let pidNamespace: Substring = {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = readlink("/proc/self/ns/pid", &buffer, buffer.count - 1)
        let link = count > 0 ? String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        // "pid:[4026531836]" → "4026531836"
        return Substring(link.filter(\.isNumber).isEmpty ? "0" : link.filter(\.isNumber))
    }()

    /// An empty cgroup set with these limits, or nil when the host has no cgroups.
    func acquire(memoryBytes: Int, processCount: Int) throws(SandboxError) -> RunCgroup? {
        while let reused = lock.withLock({ idle.popLast() }) {
            if reused.prepare(memoryBytes: memoryBytes, processCount: processCount) { return reused }
            reused.remove()
        }
        let number = Self.counterLock.withLock {
            Self.counter += 1
            return Self.counter
        }
        let group = try RunCgroup(
            hierarchy: hierarchy, name: "panel-\(Self.pidNamespace)-\(getpid())-\(number)", memoryBytes: memoryBytes,
            processCount: processCount)
        _ = group?.prepare(memoryBytes: memoryBytes, processCount: processCount)
        return group
    }

    /// Kills whatever the run left behind and keeps the cgroups for the next run.
    func release(_ group: RunCgroup) {
        group.killAll()
        lock.withLock { idle.append(group) }
    }

    /// Removes every idle cgroup; called when Panel is done (a run still in progress releases its own).
    func removeAll() {
        let groups = lock.withLock {
            let all = idle
            idle = []
            return all
        }
        for group in groups { group.remove() }
    }
}

/// Reads a small text file (procfs, cgroupfs) whole, or nil.
func readText(_ path: String) -> String? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

/// Writes a small value to a file (cgroupfs); false with errno set on failure.
func writeText(_ path: String, _ value: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let bytes = Array(value.utf8)
    return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
}

extension String {
    var trimmingWhitespace: Substring {
        let bytes = self.utf8
        let start = bytes.firstIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 } ?? bytes.endIndex
        let end = bytes.lastIndex { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }.map { bytes.index(after: $0) } ?? start
        return self[start..<end]
    }
}
