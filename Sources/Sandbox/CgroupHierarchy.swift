/// Where Panel can make cgroups for its runs, detected once per process.
///
/// Prefers a cgroup v2 subtree with the memory and pids controllers; falls back to the v1 memory and
/// pids hierarchies (hosts that still mount v1); else none, and the caller relies on rlimits.
public struct CgroupHierarchy: Sendable, Equatable {
    /// The layout found on this host.
    public enum Layout: Sendable, Equatable {
        /// A v2 cgroup Panel may create children in, with memory and pids enabled (how Panel got it is
        /// ``CgroupHierarchy/placement``).
        case v2(parent: String)
        /// v1 hierarchies: the memory, pids and cpuacct cgroups Panel's process sits in.
        case v1(memory: String?, pids: String?, cpuacct: String?)
        /// No usable cgroups; the reason says why.
        case unavailable(String)
    }

    /// The detected layout.
    public let layout: Layout
    /// For v2: how Panel got its cgroup ("Panel alone in /x, moved into a leaf of its own"); else nil.
    public var placement: String? = nil
    /// The cgroup whose children may be given CPUs of their own (v1: Panel's cpuset cgroup; v2: the parent,
    /// with the cpuset controller enabled for its children), or nil where runs cannot be pinned.
    public var cpusetParent: String? = nil

    /// The hierarchy of this process, detected on first use.
    public static let current: CgroupHierarchy = {
        let (layout, placement) = detect()
        // PANEL_NO_CPUSET=1 leaves runs unpinned, to measure what pinning costs or where a cpuset misbehaves.
        let cpuset = getenv("PANEL_NO_CPUSET") == nil ? detectCpuset(layout) : nil
        return CgroupHierarchy(layout: layout, placement: placement, cpusetParent: cpuset)
    }()

    /// Where runs' cpuset cgroups go: the v1 cpuset hierarchy Panel sits in, or the v2 parent once
    /// `+cpuset` is enabled for its children; nil when neither is writable.
    private static func detectCpuset(_ layout: Layout) -> String? {
        switch layout {
        case .v2(let parent):
            let enabled = (readText(parent + "/cgroup.subtree_control") ?? "").split(whereSeparator: \.isWhitespace)
            if enabled.contains("cpuset") { return parent }
            guard writeText(parent + "/cgroup.subtree_control", "+cpuset") else { return nil }
            MovedPlacement.noteCpuset(enabledIn: parent)
            return parent
        case .v1:
            guard let membership = readText("/proc/self/cgroup"), let mounts = readText("/proc/self/mounts") else {
                return nil
            }
            let path = membership.split(separator: "\n").compactMap { line -> String? in
                let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
                return parts.count == 3 && parts[1].split(separator: ",").contains("cpuset") ? String(parts[2]) : nil
            }.first
            let mount = mounts.split(separator: "\n").compactMap { line -> String? in
                let fields = line.split(separator: " ")
                guard fields.count >= 4, fields[2] == "cgroup", fields[3].split(separator: ",").contains("cpuset")
                else { return nil }
                return String(fields[1])
            }.first
            guard let path, let mount else { return nil }
            let directory = path == "/" ? mount : mount + path
            return access(directory, W_OK) == 0 && readText(directory + "/cpuset.cpus") != nil ? directory : nil
        case .unavailable:
            return nil
        }
    }

    /// A short human description for reports, such as "cgroup v1 (memory, pids)".
    public var summary: String {
        switch layout {
        case .v2: return "cgroup v2 (memory, pids, cpu; \(placement ?? "Panel's cgroup"))"
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

    private static func detect() -> (Layout, String?) {
        guard let membership = readText("/proc/self/cgroup"), let mounts = readText("/proc/self/mounts") else {
            return (.unavailable("cannot read /proc/self/cgroup"), nil)
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
        var v2Refusal: String?
        if let mount = v2Mount, let path = v2Path {
            switch placeV2(mount: mount, path: path) {
            case .success(let found): return (.v2(parent: found.parent), found.placement)
            case .failure(let reason): v2Refusal = reason.text
            }
        }
        func v1(_ controller: String) -> String? {
            guard let mount = v1Mounts[controller], let path = v1Paths[controller] else { return nil }
            let directory = path == "/" ? mount : mount + path
            return access(directory, W_OK) == 0 ? directory : nil
        }
        let memory = v1("memory")
        let pids = v1("pids")
        let cpuacct = v1("cpuacct")
        if memory != nil || pids != nil { return (.v1(memory: memory, pids: pids, cpuacct: cpuacct), nil) }
        if let mount = v1Mounts["memory"], let path = v1Paths["memory"] {
            // A v1 (hybrid) host: its v2 hierarchy holds no controllers, so the v1 folder is what was refused.
            let directory = path == "/" ? mount : mount + path
            let remedy =
                geteuid() == 0
                ? "mounted read-only, as in an unprivileged container: docker run --privileged, or run Panel on the host"
                : "run Panel as root"
            return (.unavailable("cgroup v1: \(directory) is not writable (\(remedy))"), nil)
        }
        if let v2Refusal { return (.unavailable(v2Refusal), nil) }
        return (
            .unavailable(geteuid() == 0 ? "no writable memory or pids controller" : "not root and no delegated cgroup"),
            nil
        )
    }

    struct Refusal: Error {
        let text: String
    }

    /// A usable v2 parent and how Panel got it.
    struct V2Placement {
        let parent: String
        let placement: String
    }

    /// Finds a v2 cgroup whose children may have memory and pids limits, in this order:
    /// 1. Panel's own cgroup, if its controllers are (or can be) enabled for children: the root cgroup,
    ///    or a delegated parent.
    /// 2. Panel's own cgroup when Panel is alone in it (a systemd scope of its own, a delegated
    ///    `systemd-run --user --scope -p Delegate=yes`, a container's cgroup): Panel moves into a leaf
    ///    `panel-…-main` below it, so the no-internal-process rule allows the controllers, and moves
    ///    back when it exits.
    /// 3. As root, `panel.slice` below the root of the hierarchy, where controllers can always be enabled.
    /// Otherwise the reason, with the remedy.
    static func placeV2(mount: String, path: String) -> Result<V2Placement, Refusal> {
        let own = path == "/" ? mount : mount + path
        guard let available = readText(own + "/cgroup.controllers"), available.contains("memory"),
            available.contains("pids")
        else {
            return .failure(
                Refusal(
                    text: "cgroup v2: the memory and pids controllers are not delegated to \(path) "
                        + "(run Panel as root, or in a scope with Delegate=yes)"))
        }
        if enableControllers(in: own) { return .success(V2Placement(parent: own, placement: "Panel's cgroup \(path)")) }
        let others = otherProcesses(in: own)
        if others.isEmpty, let leaf = moveIntoLeaf(below: own) {
            if enableControllers(in: own) {
                MovedPlacement.remember(own: own, leaf: leaf)
                return .success(
                    V2Placement(parent: own, placement: "Panel alone in \(path), moved into a leaf of its own"))
            }
            moveBack(from: leaf, to: own)
        }
        if geteuid() == 0, enableControllers(in: mount) {
            // cpuset too, where the root does not hand it on yet (hosts without systemd): runs below
            // panel.slice can then be pinned to CPUs (`--jobs`). Best effort: pinning is optional.
            _ = writeText(mount + "/cgroup.subtree_control", "+cpuset")
            let slice = mount + "/panel.slice"
            if mkdir(slice, 0o755) == 0 || errno == EEXIST, enableControllers(in: slice) {
                return .success(
                    V2Placement(
                        parent: slice, placement: "panel.slice below the root, Panel's cgroup \(path) being shared"))
            }
        }
        let remedy =
            geteuid() == 0
            ? "the root of the hierarchy refuses controllers too (a container's cgroup namespace?): run the "
                + "container with its own cgroup (docker run --cgroupns=private) and Panel as its only process"
            : "run it alone in a delegated scope: systemd-run --user --scope -p Delegate=yes panel …, or as root"
        let shared =
            others.isEmpty ? "" : ", which it shares with \(others.count) other process\(others.count == 1 ? "" : "es")"
        return .failure(Refusal(text: "cgroup v2: Panel may not enable controllers in \(path)\(shared); \(remedy)"))
    }

    /// Enables memory and pids (and cpu, where it can) for the children of `directory`.
    private static func enableControllers(in directory: String) -> Bool {
        guard access(directory, W_OK) == 0 else { return false }
        let enabled = (readText(directory + "/cgroup.subtree_control") ?? "").split(whereSeparator: \.isWhitespace)
        if !(enabled.contains("memory") && enabled.contains("pids")) {
            // Fails while processes sit in this cgroup (the no-internal-process rule), but in the root.
            guard writeText(directory + "/cgroup.subtree_control", "+memory +pids") else { return false }
        }
        if !enabled.contains("cpu") { _ = writeText(directory + "/cgroup.subtree_control", "+cpu") }
        return true
    }

    /// Processes in the cgroup other than this one (as this pid namespace sees them).
    private static func otherProcesses(in directory: String) -> [String] {
        let me = String(getpid())
        return (readText(directory + "/cgroup.procs") ?? "").split(separator: "\n").map(String.init)
            .filter { $0 != me }
    }

    /// Makes `panel-<pid namespace>-<pid>-main` below `directory` and moves this process (all its threads)
    /// into it; nil if either step fails.
    private static func moveIntoLeaf(below directory: String) -> String? {
        let leaf = directory + "/panel-\(CgroupPool.pidNamespace)-\(getpid())-main"
        guard mkdir(leaf, 0o755) == 0 || errno == EEXIST else { return nil }
        guard writeText(leaf + "/cgroup.procs", "0") else {
            rmdir(leaf)
            return nil
        }
        return leaf
    }

    private static func moveBack(from leaf: String, to directory: String) {
        _ = writeText(directory + "/cgroup.procs", "0")
        rmdir(leaf)
    }
}

/// Where Panel moved itself to get cgroup v2 controllers, undone when the process exits.
enum MovedPlacement {
    nonisolated(unsafe) private static var own: String?
    nonisolated(unsafe) private static var leaf: String?
    /// Whether Panel enabled cpuset in its own cgroup: then it disables it again, or it could not move back
    /// (a cgroup with a controller enabled for its children takes no process).
    nonisolated(unsafe) private static var cpuset = false

    static func remember(own: String, leaf: String) {
        Self.own = own
        Self.leaf = leaf
        atexit { MovedPlacement.restore() }
    }

    /// Notes that Panel enabled cpuset for the children of `directory` (which needs undoing if it is the
    /// cgroup Panel moved out of).
    static func noteCpuset(enabledIn directory: String) {
        if directory == own { cpuset = true }
    }

    /// Disables the controllers Panel enabled (every run cgroup is gone by now), moves Panel back into its
    /// own cgroup and removes the leaf, so the cgroup is as Panel found it.
    static func restore() {
        guard let own, let leaf else { return }
        _ = writeText(own + "/cgroup.subtree_control", (cpuset ? "-cpuset " : "") + "-cpu -memory -pids")
        _ = writeText(own + "/cgroup.procs", "0")
        rmdir(leaf)
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
