import CSandbox

/// Runs programs under kernel-enforced limits and the strongest isolation this host allows.
///
/// One value serves many runs and may be shared between threads. Every run gets a process group of
/// its own and, where the host has them, cgroups of its own; when the run ends, everything it left
/// behind is killed.
public struct Sandbox: Sendable {
    /// What this sandbox puts around each run.
    public let isolation: Isolation
    private let hierarchy: CgroupHierarchy
    private let runAs: (uid: uid_t, gid: gid_t)?
    private let shared: SharedState
    private let privateRootAvailable: Bool
    private let userNamespace: Bool

    /// Whether programs given a ``ProcessSpec/privateRoot`` get a filesystem of their own here.
    public var hasPrivateRoot: Bool { privateRootAvailable }

    /// Where a run's stdin appears inside its private root (a read-only bind of the input file).
    static let stdinInRoot = "/judge/stdin"

    /// The uid and gid of `nobody`, which programs run as when Panel runs as root.
    public static let unprivilegedID: UInt32 = 65534

    /// Detects the mechanisms that work here and uses every one of them.
    public init() {
        hierarchy = CgroupHierarchy.current
        var warnings: [String] = []
        let root = geteuid() == 0
        runAs = root ? (uid_t(Self.unprivilegedID), gid_t(Self.unprivilegedID)) : nil
        var namespaces: [String] = []
        var holder: NamespaceHolder?
        // New namespaces cost about 1.4 ms per run here, more than the run itself; made once per Panel
        // process by a holder and joined with setns, they cost microseconds. Runs of one Panel process share
        // them (one candidate at a time); runs of different processes never do. The mount namespace is the
        // exception: each run gets its own, with a fresh root.
        // Namespaces are found through /proc/PID/ns: a /proc of another pid namespace would hand out the wrong ones.
        let procIsOurs = readlinkText("/proc/self") == String(getpid())
        if !procIsOurs {
            holder = nil
        } else if root {
            holder = NamespaceHolder(namespaces: ["net", "ipc", "uts", "pid"])
        } else {
            // Without root, a user namespace of our own (Panel's uid mapped to 0 inside) owns the others and
            // allows the mounts of the private root. The program then runs as that uid 0 with an empty
            // capability set: Panel's own uid outside, never more.
            holder = NamespaceHolder(namespaces: ["user", "net", "ipc", "uts", "pid"])
            if holder != nil {
                warnings.append(
                    "not root: programs run as Panel's own user (uid 0 of a user namespace, without capabilities) "
                        + "rather than a separate unprivileged uid")
            }
        }
        if let holder {
            namespaces = holder.namespaces.contains("user") ? ["user"] : []
            namespaces += ["mount", "pid", "net", "ipc", "uts"]
        } else {
            warnings.append(
                "cannot create namespaces (\(!procIsOurs ? "/proc belongs to another pid namespace; mount a /proc of your own" : root ? "unshare failed" : "user namespaces are disabled")): programs see "
                    + "the host's filesystem, processes and network")
        }
        privateRootAvailable = holder != nil
        userNamespace = holder?.namespaces.contains("user") ?? false
        shared = SharedState(holder: holder, pool: CgroupPool(hierarchy: hierarchy))
        SandboxRegistry.shared.add(shared)
        let limits: String
        if hierarchy.hasMemoryController {
            limits = hierarchy.summary
        } else {
            limits = "rlimit"
            warnings.append(
                "\(hierarchy.summary): memory is capped by RLIMIT_AS and processes by RLIMIT_NPROC, "
                    + "so peak memory is the main process's and MLE is detected less precisely")
        }
        isolation = Isolation(
            limits: limits, runAsUID: runAs.map { UInt32($0.uid) }, namespaces: namespaces, noNewPrivileges: true,
            filesystem: privateRootAvailable
                ? "private root: the program, /dev/{null,zero,random,urandom}, /tmp tmpfs" : "host",
            warnings: warnings)
    }

    /// Runs `spec` under `limits` and reports what it did.
    ///
    /// - Returns: the outcome; a crash, a timeout or an overrun is a normal outcome.
    /// - Throws: ``SandboxError`` only when Panel could not start or watch the program.
    public func run(_ spec: ProcessSpec, limits: ResourceLimits) throws(SandboxError) -> RunOutcome {
        let cgroup = try shared.pool.acquire(memoryBytes: limits.memoryBytes, processCount: limits.processCount)
        defer { if let cgroup { shared.pool.release(cgroup) } }
        let procsFiles = try cgroup?.openProcsFiles() ?? []

        // Descriptors handed in are closed as soon as the child holds its copies (or on any failure).
        var handedIn = [spec.stdinDescriptor, spec.stdoutDescriptor].compactMap { $0 }
        defer { for descriptor in handedIn { close(descriptor) } }
        let stdin: Int32
        if let descriptor = spec.stdinDescriptor {
            stdin = descriptor
        } else {
            stdin = try openFile(spec.stdinPath ?? "/dev/null", O_RDONLY)
        }
        defer { if spec.stdinDescriptor == nil { close(stdin) } }
        let stdout: Int32
        if let descriptor = spec.stdoutDescriptor {
            stdout = descriptor
        } else {
            stdout = try openFile(spec.stdoutPath, O_WRONLY | O_CREAT | O_TRUNC)
        }
        defer { if spec.stdoutDescriptor == nil { close(stdout) } }
        let stderr = try openFile(spec.stderrPath, O_WRONLY | O_CREAT | O_TRUNC)
        defer { close(stderr) }

        let cpuSeconds = rlim_t(limits.cpuTime.seconds.rounded(.up)) + 1
        let started = ContinuousClock.now
        let pid = try spawn(
            spec, limits: limits, cpuSeconds: cpuSeconds, stdio: (stdin, stdout, stderr), cgroupFiles: procsFiles,
            // Without a memory cgroup, RLIMIT_AS stands in for candidate programs. Panel's own tools (the
            // compiler reserves a thread stack as large as RLIMIT_STACK per thread) get no address-space cap.
            addressSpace: cgroup?.hasMemoryLimit == true || !spec.unprivileged ? 0 : rlim_t(limits.memoryBytes))
        for descriptor in handedIn { close(descriptor) }
        handedIn = []

        shared.started(pid)
        defer { shared.ended(pid) }
        let pidfd = panel_pidfd_open(pid)
        defer { if pidfd >= 0 { close(pidfd) } }
        var status: Int32 = 0
        var usage = rusage()
        var wallTimeExceeded = false
        let waited = panel_wait(pid, pidfd, Int(limits.wallTime.milliseconds), &status, &usage)
        if waited == 0 {
            wallTimeExceeded = true
            kill(-pid, SIGKILL)
            _ = try syscall("wait4") { panel_wait(pid, -1, -1, &status, &usage) }
        } else if waited < 0 {
            let code = errno
            kill(-pid, SIGKILL)
            _ = panel_wait(pid, -1, -1, &status, &usage)
            throw SandboxError.systemCall("wait4", errno: code)
        }
        let wallTime = ContinuousClock.now - started
        // Whatever the program forked into its group dies with it; without cgroups to sweep, so does every
        // other process left in the pid namespace, unless another run (an interactive peer) is still going.
        kill(-pid, SIGKILL)
        if cgroup == nil, let holder = shared.holder, !shared.othersActive(than: pid) { holder.killOthers() }

        let termination: Termination =
            panel_signaled(status) != 0
            ? .signaled(panel_term_signal(status)) : .exited(panel_exit_code(status))
        // wait4 counts the program and the children it waited for; the cgroup also counts those it did not.
        let waitedCPU = Self.duration(usage.ru_utime) + Self.duration(usage.ru_stime)
        let cpuTime = max(waitedCPU, cgroup?.cpuTime ?? .zero)
        let signal: Int32? = if case .signaled(let number) = termination { number } else { nil }
        let peakKiB = cgroup?.peakProgramMemoryBytes.map { $0 / 1024 } ?? Int(usage.ru_maxrss)
        let oomKilled = cgroup?.checkOOMKill() ?? false
        return RunOutcome(
            termination: termination,
            cpuTime: cpuTime,
            wallTime: wallTime,
            peakMemoryKiB: peakKiB,
            wallTimeExceeded: wallTimeExceeded,
            memoryLimitHit: oomKilled,
            cpuLimitSignaled: signal == SIGXCPU || (signal == SIGKILL && cpuTime.seconds >= Double(cpuSeconds)),
            outputLimitHit: signal == SIGXFSZ
                || (spec.stdoutDescriptor == nil && Self.size(of: stdout) >= limits.outputBytes)
                || Self.size(of: stderr) >= limits.outputBytes)
    }

    private func spawn(
        _ spec: ProcessSpec,
        limits: ResourceLimits,
        cpuSeconds: rlim_t,
        stdio: (Int32, Int32, Int32),
        cgroupFiles: [Int32],
        addressSpace: rlim_t
    ) throws(SandboxError) -> pid_t {
        let privateRoot = privateRootAvailable ? spec.privateRoot : nil
        // In a private root the program is /program: its argv[0] must not reveal where Panel keeps it.
        let argv = CStringArray(
            [privateRoot != nil && spec.executableAsProgram ? "/program" : spec.executable] + spec.arguments)
        let envp = CStringArray(spec.environment)
        var pid: pid_t = 0
        var step: Int32 = 0
        var binds = spec.binds
        // A regular input file is reopened inside the root from a read-only bind (a device such as /dev/null
        // cannot be written through anyway, and is passed as the descriptor Panel opened).
        var inputInfo = stat()
        let inputInRoot =
            privateRoot != nil && spec.stdinDescriptor == nil
            && spec.stdinPath.map { stat($0, &inputInfo) == 0 && (inputInfo.st_mode & S_IFMT) == S_IFREG }
                == true
        if inputInRoot, let input = spec.stdinPath {
            binds.append(ProcessSpec.Bind(input, at: Self.stdinInRoot))
        }
        let bindSources = CStringArray(binds.map(\.source))
        let bindTargets = CStringArray(binds.map(\.target))
        let bindWritable = binds.map { Int32($0.writable ? 1 : 0) }
        let code: Int32 = spec.executable.withCString { path in
            Self.stdinInRoot.withCString { stdinInRoot in
                (privateRoot ?? "").withCString { rootPath in
                    (spec.workingDirectory ?? "").withCString { directory in
                        cgroupFiles.withUnsafeBufferPointer { files in
                            shared.namespaceFiles.withUnsafeBufferPointer { namespaceFiles in
                                var config = panel_spawn_config()
                                config.path = path
                                config.argv = UnsafePointer(argv.pointer)
                                config.envp = UnsafePointer(envp.pointer)
                                config.working_directory = spec.workingDirectory == nil ? nil : directory
                                config.stdin_fd = stdio.0
                                config.stdout_fd = stdio.1
                                config.stderr_fd = stdio.2
                                config.cpu_seconds = cpuSeconds
                                config.address_space_bytes = addressSpace
                                config.stack_bytes = rlim_t(limits.stackBytes)
                                config.file_size_bytes = rlim_t(limits.outputBytes)
                                // RLIMIT_NPROC counts every process of the uid, so concurrent runs would share it;
                                // a pids cgroup caps this run alone and is preferred where present.
                                config.process_count = hierarchy.hasPidsController ? 0 : rlim_t(limits.processCount)
                                config.cgroup_procs_fds = files.baseAddress
                                config.cgroup_procs_count = Int32(files.count)
                                config.namespace_fds = namespaceFiles.baseAddress
                                config.namespace_fd_count = Int32(namespaceFiles.count)
                                if let runAs, spec.unprivileged {
                                    config.drop_privileges = 1
                                    config.uid = runAs.uid
                                    config.gid = runAs.gid
                                }
                                config.no_new_privileges = 1
                                config.drop_capabilities = userNamespace && spec.unprivileged ? 1 : 0
                                // Without a memory cgroup, ru_maxrss is the only peak-memory figure, and only fork keeps
                                // Panel's own RSS out of it.
                                config.share_memory_until_exec = hierarchy.hasMemoryController ? 1 : 0
                                config.new_root = privateRoot == nil ? nil : rootPath
                                config.root_bytes = rlim_t(spec.scratchBytes)
                                config.bind_program = spec.executableAsProgram ? 1 : 0
                                config.stdin_in_root = inputInRoot ? stdinInRoot : nil
                                config.bind_sources = bindSources.constPointer
                                config.bind_targets = bindTargets.constPointer
                                config.bind_count = Int32(binds.count)
                                config.pid_namespace_fd = shared.holder?.pidNamespace ?? -1
                                config.pid_namespace_from_inside = userNamespace ? 1 : 0
                                return bindWritable.withUnsafeBufferPointer { writable in
                                    config.bind_writable = writable.baseAddress
                                    return panel_spawn(&config, &pid, &step)
                                }
                            }
                        }
                    }
                }
            }
        }
        if code != 0 {
            throw SandboxError.spawn(executable: spec.executable, step: Self.stepName(step), errno: code)
        }
        return pid
    }

    private func openFile(_ path: String, _ flags: Int32) throws(SandboxError) -> Int32 {
        try syscall("open(\(path))") { open(path, flags | O_CLOEXEC, 0o600) }
    }

    private static func size(of descriptor: Int32) -> Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    private static func duration(_ time: timeval) -> Duration {
        .seconds(Int64(time.tv_sec)) + .microseconds(Int64(time.tv_usec))
    }

    private static func stepName(_ step: Int32) -> String {
        switch UInt32(step) {
        case PANEL_STEP_FORK.rawValue: return "fork"
        case PANEL_STEP_CGROUP.rawValue: return "joining the cgroup"
        case PANEL_STEP_UNSHARE.rawValue: return "unshare"
        case PANEL_STEP_SETNS.rawValue: return "joining the namespaces"
        case PANEL_STEP_MOUNT.rawValue: return "building the private filesystem"
        case PANEL_STEP_RLIMIT.rawValue: return "setrlimit"
        case PANEL_STEP_STDIO.rawValue: return "redirecting stdio"
        case PANEL_STEP_CLOSE_FDS.rawValue: return "closing descriptors"
        case PANEL_STEP_PRIVILEGES.rawValue: return "dropping privileges"
        case PANEL_STEP_CHDIR.rawValue: return "chdir"
        default: return "exec"
        }
    }

    /// Processes left in the sandbox's pid namespace (besides its holder) after every run has ended: proof,
    /// for `panel doctor`, that nothing outlives its run.
    public func leftoverProcesses() -> [Int32] {
        shared.holder?.others() ?? []
    }

    /// Removes the cgroups this sandbox kept for reuse and ends its namespace holder.
    public func shutdown() {
        shared.shutdown()
        SandboxRegistry.shared.remove(shared)
    }

    /// Kills every program any sandbox of this process is running, with everything it forked, and
    /// releases their cgroups and namespaces. For Ctrl-C and SIGTERM: call it, then exit.
    public static func interruptAll() {
        for state in SandboxRegistry.shared.all() {
            state.killActive()
            state.shutdown()
        }
    }
}
