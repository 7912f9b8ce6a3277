import Glibc

/// The kind of host Panel runs on, named as the rows of `docs/HOSTS.md` name it, so that `panel doctor`
/// and every report's `sandbox.host` say which row of that table applies (and with it, which verdicts hold
/// and what the remedy is).
enum HostCell {
    /// The host's row: who Panel runs as, its cgroups, its namespaces and whether it sits in a container.
    static func name(root: Bool, hierarchy: CgroupHierarchy, namespaces: Bool, container: Bool) -> String {
        var parts = [root ? "root" : "not root"]
        switch hierarchy.layout {
        case .v1: parts.append("cgroup v1 (hybrid)")
        case .v2:
            let placement = hierarchy.placement ?? ""
            if placement.contains("moved into a leaf") {
                // Not root, a cgroup Panel may write and move in is one delegated to its user.
                parts.append(
                    root ? "cgroup v2, Panel alone in its cgroup" : "cgroup v2, delegated, Panel alone in its cgroup")
            } else if placement.contains("panel.slice") {
                parts.append("cgroup v2, in a cgroup shared with other processes (panel.slice below the root)")
            } else if placement == "Panel's cgroup /" {
                parts.append("cgroup v2, at the root of the hierarchy")
            } else {
                parts.append(root ? "cgroup v2, in a cgroup of its own" : "cgroup v2, delegated")
            }
        case .unavailable:
            if access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0 {
                parts.append("cgroup v2, not delegated: no writable cgroups")
            } else if access("/sys/fs/cgroup/memory", F_OK) == 0 {
                parts.append("cgroup v1 (hybrid), not writable by Panel")
            } else {
                parts.append("no cgroups")
            }
        }
        if !namespaces {
            parts.append(root ? "namespaces refused (an unprivileged container?)" : "no user namespaces")
        } else if !root {
            parts.append("user namespaces")
        }
        if container { parts.append("inside a container") }
        return parts.joined(separator: ", ")
    }

    /// Whether this process runs in a container, by the marks Docker, Podman and systemd-nspawn leave.
    static var inContainer: Bool {
        if access("/.dockerenv", F_OK) == 0 || access("/run/.containerenv", F_OK) == 0 { return true }
        return getenv("container") != nil
    }
}
