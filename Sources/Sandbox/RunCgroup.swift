import Synchronization

/// The cgroups of one run at a time (the pool hands each to one run, so it is never used by two threads at once): created once, reused by later runs (after a sweep and a reset of the
/// peak counter, which is far cheaper than mkdir and rmdir per run), removed when Panel is done.
final class RunCgroup: @unchecked Sendable {
    private var directories: [String] = []
    private let layout: CgroupHierarchy.Layout
    private var memoryDirectory: String?
    private var pidsDirectory: String?
    private var cpuDirectory: String?
    /// The cgroup that holds the run to its CPUs, and the CPU list it has now.
    private var cpusetDirectory: String?
    private var currentCPUs: String?
    private var cpusetParent = ""
    /// The memory controller's counters when the current run started (nil: not read yet, as zero).
    private var eventsBefore: MemoryEvents?
    private var currentMemoryBytes = -1
    private var currentProcessCount = -1
    /// The open `cgroup.procs` files, kept across runs.
    private var procsFiles: [Int32] = []
    /// The counter files read and reset around every run, opened once (-1: missing) and read with pread from offset
    /// 0, which generates a cgroup file afresh: an open and a close fewer per file and run. Guarded, so that an
    /// interrupt's ``remove()`` never closes one under a read.
    private let counterFiles = Mutex([String: Int32]())

    /// Whether the cgroup counts the run's CPU time (see ``cpuTime``).
    var countsCPU: Bool { cpuDirectory != nil }

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
            currentMemoryBytes = memoryBytes
            // No swap: at memory.max the kernel can then only reclaim file pages or OOM-kill. The file is missing
            // only where the kernel accounts no swap (swapaccount=0, no CONFIG_MEMCG_SWAP); there it must be set.
            if access(directory + "/memory.swap.max", F_OK) == 0 { try Self.write(directory + "/memory.swap.max", "0") }
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
        if let parent = hierarchy.cpusetParent {
            cpusetParent = parent
            if case .v2 = layout {
                cpusetDirectory = directories.first
            } else {
                // A v1 cpuset takes no task before it has CPUs and memory nodes: start from the parent's.
                let directory = parent + "/" + name
                try Self.makeDirectory(directory)
                directories.append(directory)
                for file in ["cpuset.mems", "cpuset.cpus"] {
                    try Self.write(
                        directory + "/" + file, String((readText(parent + "/" + file) ?? "").trimmingWhitespace))
                }
                cpusetDirectory = directory
            }
        }
    }

    /// Holds the next run to `cpus` (a kernel CPU list such as "1"); "" gives it every CPU of the parent.
    /// Returns false when the CPUs cannot be set (then the caller removes the cgroups and makes new ones).
    func pin(to cpus: String) -> Bool {
        guard let directory = cpusetDirectory, cpus != currentCPUs else { return true }
        var value = cpus
        if value.isEmpty, case .v1 = layout {
            // v1 has no "inherit": the parent's list, as the cgroup was made.
            value = String((readText(cpusetParent + "/cpuset.cpus") ?? "").trimmingWhitespace)
        }
        guard writeText(directory + "/cpuset.cpus", value) else { return false }
        currentCPUs = cpus
        return true
    }

    /// Prepares the cgroups for another run: new limits, a fresh peak, the OOM count as the baseline.
    /// Returns false when they cannot be reused (then the caller removes them and makes new ones).
    func prepare(memoryBytes: Int, processCount: Int) -> Bool {
        switch layout {
        case .v2:
            // memory.peak resets only per open file on v2; a fresh cgroup per run keeps it simple.
            return false
        case .v1:
            // Limits are rewritten only when they change: consecutive tests of a problem share them.
            if let memory = memoryDirectory {
                if memoryBytes != currentMemoryBytes {
                    guard Self.setV1MemoryLimit(memory, memoryBytes) else { return false }
                    currentMemoryBytes = memoryBytes
                }
                guard writeCounter(memory + "/memory.max_usage_in_bytes", "0") else { return false }
            }
            if let pids = pidsDirectory, processCount != currentProcessCount {
                guard writeText(pids + "/pids.max", String(processCount)) else { return false }
                currentProcessCount = processCount
            }
            if let cpu = cpuDirectory, !writeCounter(cpu + "/cpuacct.usage", "0") { return false }
        case .unavailable:
            return false
        }
        if eventsBefore == nil { eventsBefore = memoryEvents }
        return true
    }

    /// The `cgroup.procs` files the child joins by writing to them, opened once and kept until ``remove()``.
    func openProcsFiles() throws(SandboxError) -> [Int32] {
        if !procsFiles.isEmpty { return procsFiles }
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
        procsFiles = descriptors
        return descriptors
    }

    /// Peak memory charged to the run, in bytes, if the controller reports it.
    var peakMemoryBytes: Int? {
        guard let directory = memoryDirectory else { return nil }
        let file: String
        if case .v2 = layout { file = "/memory.peak" } else { file = "/memory.max_usage_in_bytes" }
        return readCounter(directory + file).flatMap { Int($0.trimmingWhitespace) }
    }

    /// Peak memory of the run's programs in bytes: the cgroup's peak charge less the page cache of files it
    /// holds at the end (input and output files, the binary's text), which is not the program's own memory.
    /// Shared memory (tmpfs files, System V and POSIX segments, memfd) counts as page cache to the kernel
    /// but is memory the program chose to hold, so it is not subtracted: cache − shmem is.
    var peakProgramMemoryBytes: Int? {
        guard let directory = memoryDirectory, let peak = peakMemoryBytes else { return nil }
        let cacheKey: String
        if case .v2 = layout { cacheKey = "file" } else { cacheKey = "cache" }
        let values = readStat(directory + "/memory.stat", [cacheKey, "shmem"])
        let cache = values[0] ?? 0
        let shared = values[1] ?? 0
        return max(0, peak - max(0, cache - shared))
    }

    /// CPU time of every process of the run, also children it never waited for (wait4 counts only the waited).
    var cpuTime: Duration? {
        guard let directory = cpuDirectory else { return nil }
        if case .v2 = layout {
            return readStat(directory + "/cpu.stat", ["usage_usec"])[0].map { .microseconds(Int64($0)) }
        }
        return readCounter(directory + "/cpuacct.usage").flatMap { Int64($0.trimmingWhitespace) }.map {
            .nanoseconds($0)
        }
    }

    /// What the memory controller saw of the run that just ended: whether the kernel's OOM killer killed one of
    /// its processes, and whether its memory reached the limit at all (the controller counted the limit being hit,
    /// or the peak is at the limit). The counters read become the baseline of the next run.
    ///
    /// On cgroup v2 a program at `memory.max` is not always OOM-killed: while the kernel finds file pages to
    /// reclaim (the program's own text among them) it reclaims and retries, and the program can spend its whole
    /// CPU time there. The second answer lets the verdict be MLE rather than TLE then.
    func checkMemory() -> (oomKilled: Bool, limitReached: Bool) {
        guard memoryDirectory != nil else { return (false, false) }
        let now = memoryEvents
        let before = eventsBefore ?? MemoryEvents()
        eventsBefore = now
        let atLimit = currentMemoryBytes > 0 && (peakMemoryBytes ?? 0) >= currentMemoryBytes
        return (now.oomKills > before.oomKills, now.limitReached > before.limitReached || atLimit)
    }

    /// The memory controller's counters.
    struct MemoryEvents: Equatable {
        /// How often usage reached the limit (v2: `memory.events` max + oom + oom_kill; v1: `memory.failcnt`).
        var limitReached = 0
        /// Processes the OOM killer killed (`oom_kill` of v2's `memory.events` and v1's `memory.oom_control`).
        var oomKills = 0
    }

    private var memoryEvents: MemoryEvents {
        guard let directory = memoryDirectory else { return MemoryEvents() }
        var events = MemoryEvents()
        func field(_ text: String?, _ name: Substring) -> Int {
            for line in (text ?? "").split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.count == 2 && fields[0] == name { return Int(fields[1]) ?? 0 }
            }
            return 0
        }
        if case .v2 = layout {
            let text = readCounter(directory + "/memory.events")
            events.oomKills = field(text, "oom_kill")
            events.limitReached = field(text, "max") + field(text, "oom") + events.oomKills
        } else {
            events.oomKills = field(readCounter(directory + "/memory.oom_control"), "oom_kill")
            let counts = ["/memory.failcnt", "/memory.memsw.failcnt"].map {
                readCounter(directory + $0).flatMap { Int($0.trimmingWhitespace) } ?? 0
            }
            events.limitReached = counts.reduce(0, +) + events.oomKills
        }
        return events
    }

    /// Kills every process left in the run's cgroups (daemons, double forks) until none remain.
    func killAll() {
        // Every process of the run joined every hierarchy before it could fork, so one list is all of them.
        for directory in directories.prefix(1) {
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
        for descriptor in procsFiles { close(descriptor) }
        procsFiles = []
        counterFiles.withLock { files in
            for descriptor in files.values where descriptor >= 0 { close(descriptor) }
            files = [:]
        }
        for directory in directories.reversed() {
            for _ in 0..<200 where rmdir(directory) != 0 && errno == EBUSY {
                usleep(500)
            }
        }
    }

    /// A counter file's text, through its kept descriptor; nil where the file is missing or unreadable.
    /// The values of `keys` in a flat-keyed file (`memory.stat`, `cpu.stat`: a "key value" line each), in the
    /// order asked; nil for a key not there. Read from the bytes: these are read after every run, and splitting
    /// the text into strings cost more than the read.
    private func readStat(_ path: String, _ keys: [String]) -> [Int?] {
        var values = [Int?](repeating: nil, count: keys.count)
        let wanted = keys.map { Array($0.utf8) }
        readBytes(path) { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
                var space = start
                while space < end && bytes[space] != UInt8(ascii: " ") { space += 1 }
                let name = bytes[start..<space]
                if let index = wanted.firstIndex(where: { $0.elementsEqual(name) }), space < end {
                    var value = 0
                    var digits = 0
                    for byte in bytes[(space + 1)..<end] where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                        value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
                        digits += 1
                    }
                    if digits > 0 { values[index] = value }
                }
                start = end + 1
            }
        }
        return values
    }

    private func readCounter(_ path: String) -> String? {
        var text: String?
        readBytes(path) { text = String(decoding: $0, as: UTF8.self) }
        return text
    }

    /// Reads a counter file whole through its kept descriptor and hands its bytes to `body`; nothing when it
    /// cannot be read.
    private func readBytes(_ path: String, _ body: (ArraySlice<UInt8>) -> Void) {
        counterFiles.withLock { files in
            let descriptor = Self.kept(path, O_RDONLY, in: &files)
            guard descriptor >= 0 else { return }
            var bytes = [UInt8](repeating: 0, count: 4096)
            var count = 0
            while true {
                // A read that fills less than it asked for reached the end of the generated text.
                let got = bytes[count...].withUnsafeMutableBytes {
                    pread(descriptor, $0.baseAddress, $0.count, off_t(count))
                }
                if got < 0 && errno == EINTR { continue }
                if got < 0 { return }
                count += got
                if count < bytes.count { break }
                bytes += [UInt8](repeating: 0, count: bytes.count)
            }
            body(bytes[0..<count])
        }
    }

    /// Writes a counter file (a reset) through its kept descriptor; false with errno set on failure.
    private func writeCounter(_ path: String, _ value: String) -> Bool {
        counterFiles.withLock { files in
            let descriptor = Self.kept(path, O_WRONLY, in: &files)
            guard descriptor >= 0 else { return false }
            let bytes = Array(value.utf8)
            return bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) } == bytes.count
        }
    }

    private static func kept(_ path: String, _ mode: Int32, in files: inout [String: Int32]) -> Int32 {
        let key = mode == O_RDONLY ? "r" + path : "w" + path
        if let descriptor = files[key] { return descriptor }
        let descriptor = open(path, mode | O_CLOEXEC)
        // A missing file (memory.memsw.failcnt without swap accounting) stays missing; other failures are retried.
        if descriptor >= 0 || errno == ENOENT { files[key] = descriptor }
        return descriptor
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
