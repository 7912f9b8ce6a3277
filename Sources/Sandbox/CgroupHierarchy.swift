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
