/// The isolation mechanisms a ``Sandbox`` puts around every run, as detected on this host.
///
/// Reports carry this value so a reader knows what a verdict was produced under; a mechanism that is
/// missing is listed in ``warnings``, never silently dropped.
public struct Isolation: Sendable, Equatable, Codable {
    /// How memory and process count are capped: "cgroup v2 (memory, pids)", "cgroup v1 (memory, pids)" or "rlimit".
    public var limits: String
    /// The uid of the first box, or nil when programs keep Panel's own (each box has its own: see ``boxes``).
    public var runAsUID: UInt32?
    /// What one box is: its uid range, its namespaces, and what each run gets fresh.
    public var boxes: String?
    /// The system-call filter on candidate programs, or why there is none.
    public var systemCallFilter: String?
    /// Namespaces the program gets of its own ("net", "ipc", "uts").
    public var namespaces: [String]
    /// Whether PR_SET_NO_NEW_PRIVS is set, so setuid binaries cannot raise privileges.
    public var noNewPrivileges: Bool
    /// What the program sees of the filesystem: "private root (program, /dev, /tmp tmpfs)" or "host".
    public var filesystem: String
    /// Mechanisms that are missing here, each with what a program could do because of it.
    public var warnings: [String]
    /// For a loop run with `--accept-weak-isolation`: the ``decisionRisks`` the user accepted, which every
    /// report of that loop states first. Nil otherwise.
    public var acceptedRisks: [String]? = nil
    /// The kind of host, named as a row of `docs/HOSTS.md` names it ("root, cgroup v1 (hybrid)").
    public var host: String? = nil
    /// How many cases of one submission ran at once (`--jobs`); nil where no judging happened.
    public var jobs: Int? = nil
    /// The CPUs the cases ran on, one per job (each a hardware thread of its own physical core), when they
    /// were pinned; nil when they were not (see ``pinning``).
    public var cpus: [Int]? = nil
    /// How the cases were held to their CPUs, or why they were not ("cpuset (cgroup v1) …", "not pinned: …").
    public var pinning: String? = nil

    /// What a candidate's program could do here to forge a hiring decision, each with its remedy; empty
    /// where the sandbox holds. `panel loop` refuses to decide while this is not empty, unless told to.
    public var decisionRisks: [String] {
        var risks: [String] = []
        // Panel as root that still lacks them sits in an unprivileged container: more root is no remedy there.
        let root = runAsUID != nil
        let container =
            "run the container privileged (docker run --privileged; GitLab: privileged = true in the runner's "
            + "config.toml)"
        if namespaces.isEmpty {
            risks.append(
                "programs see the host's files, so a candidate's program can read the hidden answers (remedy: "
                    + (root
                        ? "Panel is root but may not create namespaces, as in an unprivileged container: \(container)"
                        : "run as root, or allow user namespaces: sysctl -w kernel.unprivileged_userns_clone=1 "
                            + "user.max_user_namespaces=15000, and on Ubuntu "
                            + "kernel.apparmor_restrict_unprivileged_userns=0")
                    + ")")
        }
        if limits == "rlimit" {
            risks.append(
                "no cgroups, so the CPU time of a program's child processes is not counted against the time "
                    + "limit (remedy: "
                    + (root
                        ? "Panel is root but its cgroups are read-only, as in an unprivileged container: \(container)"
                        : "run as root, or in a delegated scope: systemd-run --user --scope -p Delegate=yes panel …")
                    + ")")
        }
        return risks
    }

    /// Creates an isolation summary.
    public init(
        limits: String,
        runAsUID: UInt32?,
        namespaces: [String],
        noNewPrivileges: Bool,
        filesystem: String,
        boxes: String? = nil,
        systemCallFilter: String? = nil,
        warnings: [String]
    ) {
        self.filesystem = filesystem
        self.limits = limits
        self.runAsUID = runAsUID
        self.namespaces = namespaces
        self.noNewPrivileges = noNewPrivileges
        self.boxes = boxes
        self.systemCallFilter = systemCallFilter
        self.warnings = warnings
    }
}
