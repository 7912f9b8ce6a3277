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
    private let shared: SharedState
    private let privateRootAvailable: Bool
    private let userNamespace: Bool
    private let filter: SystemCallFilter

    /// Whether programs given a ``ProcessSpec/privateRoot`` get a filesystem of their own here.
    public var hasPrivateRoot: Bool { privateRootAvailable }

    /// Where a run's stdin appears inside its private root: in a read-only bind of the box's input folder (not
    /// under /judge, where a validator's files are bound).
    static let stdinInRoot = "/in/stdin"
    static let inputFolder = "/in"

    /// The first uid of the boxes when Panel runs as root (box n runs as this + n).
    public static var boxUIDBase: UInt32 { BoxNumber.uidBase }

    /// How many boxes one machine can hold at once, hence the width of the uid range.
    public static var boxCapacity: Int { BoxNumber.capacity }

    /// Descriptors a submission may have open at once (RLIMIT_NOFILE), which also bounds what it can park in
    /// socket and pipe buffers.
    public static let submissionOpenFiles = 64

    /// Whether /proc shows Panel's own pid namespace. Where it does not (a pid namespace made without a /proc of
    /// its own), `verify -j 2` stopped with SIGILL after an open of /proc/TID/stat failed (Dispatch's thread pool
    /// watches its workers there), and namespaces, children and sweeps by pid would all be another namespace's.
    static let procIsOurs = readlinkText("/proc/self") == String(getpid())

    /// Refuses a host where Panel cannot run programs at all, with the remedy.
    ///
    /// - Throws: ``SandboxError/foreignProc`` where /proc belongs to another pid namespace.
    public static func requireUsableHost() throws(SandboxError) {
        if !procIsOurs { throw .foreignProc }
    }

    /// Whether `PANEL_NO_NAMESPACES=1` asks for boxes without namespaces, as on a host without user namespaces
    /// (the cgroups, the uids and the filter stay): how the tests reach that host's paths on any machine.
    static let namespacesRefused = getenv("PANEL_NO_NAMESPACES").map { String(cString: $0) == "1" } ?? false

    /// Detects the mechanisms that work here and uses every one of them.
    public init() {
        hierarchy = CgroupHierarchy.current
        var warnings: [String] = []
        let root = geteuid() == 0
        // Namespaces are found through /proc/PID/ns: a /proc of another pid namespace would hand out the wrong ones.
        let procIsOurs = Self.procIsOurs
        // Without root, a user namespace of each box's own (Panel's uid mapped to 0 inside) owns the others and
        // allows the mounts of the private root. The program then runs as that uid 0 with an empty capability
        // set: Panel's own uid outside, never more.
        let wanted = root ? ["net", "uts", "pid"] : ["user", "net", "uts", "pid"]
        // Without a /proc of its own pid namespace Panel cannot find a holder's namespaces: boxes get none.
        let tryNamespaces = procIsOurs && !Self.namespacesRefused
        var boxes = BoxPool(namespaces: tryNamespaces ? wanted : [], root: root)
        var held: [String] = []
        var failure: String?
        if tryNamespaces {
            do {
                // The first box is made now: it proves the namespaces work here, and serves the first run.
                let first = try boxes.acquire(.submission)
                boxes.release(first)
                held = wanted
            } catch {
                failure = "\(error)"
                boxes.shutdown()
                boxes = BoxPool(namespaces: [], root: root)
            }
        }
        if !held.isEmpty {
            if !root {
                warnings.append(
                    "not root: programs run as Panel's own user (uid 0 of each box's user namespace, without "
                        + "capabilities) rather than a uid of their own")
            }
        } else {
            // Orphans of Panel's children come to Panel rather than the host's init, so none outlives its run
            // where no pid namespace holds them (see SharedState.sweepOrphans). Only here: a subreaper would also
            // adopt a box's program whose intermediate process died first, from outside the box's namespace.
            _ = panel_become_subreaper()
            let reason =
                !procIsOurs
                ? "/proc belongs to another pid namespace; mount a /proc of your own"
                : Self.namespacesRefused
                    ? "PANEL_NO_NAMESPACES=1"
                    : root ? "unshare failed: \(failure ?? "")" : "user namespaces are disabled: \(failure ?? "")"
            warnings.append(
                "cannot create namespaces (\(reason)): programs see the host's filesystem, processes and network")
        }
        privateRootAvailable = !held.isEmpty
        userNamespace = held.contains("user")
        filter = SystemCallFilter.detect()
        if case .unavailable(let reason) = filter {
            warnings.append("no system-call filter (\(reason)): candidate programs can call ptrace, keyctl, io_uring …")
        }
        shared = SharedState(boxes: boxes, pool: CgroupPool(hierarchy: hierarchy))
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
        let namespaces = held.isEmpty ? [] : (userNamespace ? ["user"] : []) + ["mount", "pid", "net", "ipc", "uts"]
        let lastUID = BoxNumber.uidBase + UInt32(BoxNumber.capacity) - 1
        let uidRange = "uid \(BoxNumber.uidBase)+n (\(BoxNumber.uidBase)–\(lastUID))"
        let boxSummary =
            (root ? uidRange : "Panel's uid")
            + (held.isEmpty
                ? "; no namespaces"
                : "; pid, net and uts namespaces per box (\(userNamespace ? "and a user namespace, " : "")a holder as pid 1)"
                    + "; per run: a fresh IPC namespace, mount namespace, session keyring and cgroup")
            + "; a submission's box never runs the judge's programs"
        var isolation = Isolation(
            limits: limits, runAsUID: root ? BoxNumber.uidBase : nil, namespaces: namespaces, noNewPrivileges: true,
            filesystem: privateRootAvailable
                ? "private root: the program, /dev/{null,zero,random,urandom}, /tmp tmpfs" : "host",
            boxes: boxSummary, systemCallFilter: filter.summary, warnings: warnings)
        isolation.host = HostCell.name(
            root: root, hierarchy: hierarchy, namespaces: !held.isEmpty, container: HostCell.inContainer)
        self.isolation = isolation
    }

    /// Holds runs that name no CPUs to `cpus` (a kernel CPU list; "" for every CPU).
    func setDefaultCPUs(_ cpus: String) {
        shared.defaultCPUs = cpus
    }

    /// Runs `spec` under `limits` in a box of its role, and reports what it did.
    ///
    /// - Returns: the outcome; a crash, a timeout or an overrun is a normal outcome.
    /// - Throws: ``SandboxError`` only when Panel could not start or watch the program.
    public func run(_ spec: ProcessSpec, limits: ResourceLimits) throws(SandboxError) -> RunOutcome {
        let aheadKey = startsAhead(spec) ? AheadChild.Key(spec, limits: limits) : nil
        var ahead = aheadKey.flatMap { shared.ahead.take($0) }
        if let child = ahead, child.rootKey != rootKey(spec, box: child.box) {
            // The program or a bind was replaced since the child built its root.
            shared.dismiss([child])
            ahead = nil
        }
        let box: Box
        if let ahead { box = ahead.box } else { box = try shared.boxes.acquire(spec.role) }
        defer { shared.boxes.release(box) }
        let cpus = spec.cpus.map { $0.map(String.init).joined(separator: ",") } ?? shared.defaultCPUs
        let cgroup =
            if let ahead { ahead.cgroup } else {
                try shared.pool.acquire(memoryBytes: limits.memoryBytes, processCount: limits.processCount, cpus: cpus)
            }
        defer { if let cgroup { shared.pool.release(cgroup) } }
        // A child started ahead failed before it could run (killed by an interruption, say): it is reaped, and
        // the run starts as any other in its box and cgroup.
        defer { ahead?.cancel() }

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
        try handOver(spec, to: box)

        let cpuSeconds = rlim_t(limits.cpuTime.seconds.rounded(.up)) + 1
        let started = ContinuousClock.now
        // Without a memory cgroup, RLIMIT_AS stands in for candidate programs. Panel's own tools (the compiler
        // reserves a thread stack as large as RLIMIT_STACK per thread) get no address-space cap. A runtime that
        // caps its own heap (spec.limitsAddressSpace) gets none either.
        let addressSpace =
            cgroup?.hasMemoryLimit == true || !spec.unprivileged || !spec.limitsAddressSpace
            ? 0 : rlim_t(limits.memoryBytes)
        var startedAhead = false
        let (pid, listener) = try Self.retryingBusyText { () throws(SandboxError) -> (pid_t, Int32) in
            if let child = ahead {
                ahead = nil
                if let started = start(child, spec: spec, stdio: (stdin, stdout, stderr)) {
                    startedAhead = true
                    return started
                }
            }
            let spawned = try spawn(
                spec, in: box, limits: limits, cpuSeconds: cpuSeconds, stdio: (stdin, stdout, stderr),
                cgroupFiles: try cgroup?.openProcsFiles() ?? [], addressSpace: addressSpace)
            return (spawned.pid, spawned.listener)
        }
        // This run's program is started: the next run like it gets its child ready meanwhile.
        if let aheadKey {
            prepareAhead(aheadKey, cpus: cpus, cpuSeconds: cpuSeconds, addressSpace: addressSpace)
        }
        for descriptor in handedIn { close(descriptor) }
        handedIn = []
        defer { if listener >= 0 { close(listener) } }

        shared.started(pid)
        defer { shared.ended(pid) }
        let pidfd = panel_pidfd_open(pid)
        defer { if pidfd >= 0 { close(pidfd) } }
        var status: Int32 = 0
        var usage = rusage()
        var denied = panel_denied_calls()
        var wallTimeExceeded = false
        var cpuKilled = false
        let waited = Self.wait(
            pid, pidfd, listener, started: started, limits: limits, cgroup: cgroup,
            parallelism: spec.cpus?.count ?? Self.onlineCPUs, status: &status, usage: &usage, denied: &denied,
            cpuKilled: &cpuKilled)
        if waited == 0 {
            wallTimeExceeded = true
            // Without root the program was forked by an intermediate that waits for it (see spawn.c's mirror):
            // killing the program first lets the intermediate reap it, so its CPU time reaches wait4.
            let mirrored = userNamespace && box.holder != nil
            if mirrored { box.killLeftovers() }
            if !mirrored || panel_wait(pid, pidfd, -1, 2000, &status, &usage, nil) != 1 {
                kill(-pid, SIGKILL)
                _ = try syscall("wait4") { panel_wait(pid, pidfd, -1, -1, &status, &usage, nil) }
            }
        } else if waited < 0 {
            let code = errno
            kill(-pid, SIGKILL)
            _ = panel_wait(pid, -1, -1, -1, &status, &usage, nil)
            throw SandboxError.systemCall("wait4", errno: code)
        }
        let wallTime = ContinuousClock.now - started
        // Whatever the program forked into its group dies with it; without cgroups to sweep, so does every other
        // process left in the box's pid namespace (the box is this run's alone); without a pid namespace either,
        // whatever was orphaned to Panel.
        kill(-pid, SIGKILL)
        if cgroup == nil { box.killLeftovers() }
        if box.holder == nil { shared.sweepOrphans() }

        let termination: Termination =
            panel_signaled(status) != 0
            ? .signaled(panel_term_signal(status)) : .exited(panel_exit_code(status))
        // wait4 counts the program and the children it waited for; the cgroup also counts those it did not.
        let waitedCPU = Self.duration(usage.ru_utime) + Self.duration(usage.ru_stime)
        let cpuTime = max(waitedCPU, cgroup?.cpuTime ?? .zero)
        let signal: Int32? = if case .signaled(let number) = termination { number } else { nil }
        let peakKiB = cgroup?.peakProgramMemoryBytes.map { $0 / 1024 } ?? Int(usage.ru_maxrss)
        let memory = cgroup?.checkMemory() ?? (oomKilled: false, limitReached: false)
        let cpuLimitSignaled =
            cpuKilled || signal == SIGXCPU || (signal == SIGKILL && cpuTime.seconds >= Double(cpuSeconds))
        let stoppedForTime = wallTimeExceeded || cpuLimitSignaled || cpuTime > limits.cpuTime
        // Stopped for time while its own memory (file cache aside) stood at the limit: the kernel was reclaiming
        // rather than OOM-killing. A program that filled the limit with its output's page cache is not.
        let stalledAtMemoryLimit =
            stoppedForTime
            && (memory.oomKilled || (memory.limitReached && peakKiB * 1024 >= limits.memoryBytes / 10 * 9))
        // RLIMIT_FSIZE is one byte above the limit, so a file of the limit's size is legal and one byte more shows
        // an overrun; that byte is cut off again, so no reader sees more than the limit.
        let stdoutCut = spec.stdoutDescriptor == nil && Self.cut(stdout, to: limits.outputBytes)
        let stderrCut = Self.cut(stderr, to: limits.outputBytes)
        var outcome = RunOutcome(
            termination: termination,
            cpuTime: cpuTime,
            wallTime: wallTime,
            peakMemoryKiB: peakKiB,
            wallTimeExceeded: wallTimeExceeded,
            memoryLimitHit: memory.oomKilled || stalledAtMemoryLimit,
            stoppedAtMemoryLimit: stalledAtMemoryLimit,
            cpuLimitSignaled: cpuLimitSignaled,
            outputLimitHit: signal == SIGXFSZ || stderrCut,
            stdoutLimitHit: stdoutCut,
            deniedCalls: SystemCallFilter.names(denied))
        outcome.startedAhead = startedAhead
        return outcome
    }

    /// The pids of the children started ahead and waiting now (for tests).
    var aheadPIDs: [pid_t] { shared.ahead.pids }

    private static let onlineCPUs = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Waits for the run to end, answering denied system calls meanwhile: 1 when it ended, 0 when the wall-clock
    /// limit passed first, -1 on an error (errno set). Where the run's cgroup counts its CPU time and
    /// ``ResourceLimits/cpuKillTime`` is set, the run is killed (and reaped, `cpuKilled` set) once that time is
    /// used up: the CPU time is read when it could first have been reached, at `parallelism` CPUs at most,
    /// so a run costs no reads until then, and runs that end sooner none at all.
    private static func wait(
        _ pid: pid_t, _ pidfd: Int32, _ listener: Int32, started: ContinuousClock.Instant, limits: ResourceLimits,
        cgroup: RunCgroup?, parallelism: Int, status: inout Int32, usage: inout rusage,
        denied: inout panel_denied_calls, cpuKilled: inout Bool
    ) -> Int32 {
        let deadline = started + limits.wallTime
        guard let killTime = limits.cpuKillTime, let cgroup, cgroup.countsCPU else {
            return panel_wait(pid, pidfd, listener, Int(limits.wallTime.milliseconds), &status, &usage, &denied)
        }
        var used = Duration.zero
        while true {
            let wallLeft = deadline - .now
            if wallLeft <= .zero { return 0 }
            let cpuLeft = killTime - used
            // Never more often than every few milliseconds, however near the limit.
            let slice = min(wallLeft, max(cpuLeft / parallelism, .milliseconds(4)))
            let waited = panel_wait(
                pid, pidfd, listener, max(1, slice.milliseconds), &status, &usage, &denied)
            if waited != 0 { return waited }
            used = cgroup.cpuTime ?? .zero
            if used > killTime {
                cpuKilled = true
                // What it forked elsewhere dies when the cgroup is released.
                kill(-pid, SIGKILL)
                return panel_wait(pid, pidfd, -1, -1, &status, &usage, nil)
            }
        }
    }

    /// Gives what the program must write (writable binds, its working folder) to the box's user.
    /// Runs `start` again while exec fails with ETXTBSY, for up to about 2.5 s. A program file Panel has just
    /// written (copied into a run's folder, built, or unpacked) is busy while any process holds it open for
    /// writing; at `-j 2` another thread's spawn can clone Panel's descriptors between that file's open and
    /// close, and its child holds the copy until it closes its descriptors (the likely cause of the one ETXTBSY
    /// `.ci/run` met; not traced). Nothing ran, so starting again is safe.
    static func retryingBusyText<T>(_ start: () throws(SandboxError) -> T) throws(SandboxError) -> T {
        var attempt = 0
        while true {
            do {
                return try start()
            } catch .spawn(_, _, let code) where code == ETXTBSY && attempt < 30 {
                usleep(useconds_t(min(1 << attempt, 100)) * 1000)
                attempt += 1
            }
        }
    }

    /// Whether `path` may be chowned to a box: anything but the host's root folder.
    static func mayHandOver(_ path: String) -> Bool {
        // A path that does not resolve is not the root (and its chown fails on its own).
        guard let resolved = realpath(path, nil) else { return true }
        defer { free(resolved) }
        return String(cString: resolved) != "/"
    }

    private func handOver(_ spec: ProcessSpec, to box: Box) throws(SandboxError) {
        guard let identity = box.identity, spec.unprivileged else { return }
        var paths = spec.binds.filter(\.writable).map(\.source)
        if privateRootAvailable == false || spec.privateRoot == nil, let directory = spec.workingDirectory {
            paths.append(directory)
        }
        for path in paths {
            // Only folders Panel made for the run are handed over. A program whose working directory is `/`
            // works in its private root's `/`, which is never handed over; without a private root that `/`
            // would be the host's, and chowning it to a box would give the box the machine.
            guard Self.mayHandOver(path) else {
                throw .systemCall("chown(/): refused to hand the host's root folder to a box", errno: EPERM)
            }
            _ = try syscall("chown(\(path))") { lchown(path, identity.uid, identity.gid) }
        }
    }

    /// Whether runs like `spec` get a child started ahead (see ``AheadChild``): a candidate's program with its
    /// stdio in files, spawned sharing Panel's memory (root, a memory cgroup), in a private root of a box with a
    /// holder. `PANEL_SPAWN_AHEAD=0` turns it off (the benchmark compares both).
    private func startsAhead(_ spec: ProcessSpec) -> Bool {
        Self.spawnAheadAllowed && spec.role == .submission && spec.stdinDescriptor == nil
            && spec.stdoutDescriptor == nil && privateRootAvailable && spec.privateRoot != nil && !userNamespace
            && hierarchy.hasMemoryController
    }

    private static let spawnAheadAllowed = getenv("PANEL_SPAWN_AHEAD").map { String(cString: $0) != "0" } ?? true

    /// Starts a child for the next run like `key` in another idle box and a cgroup of its own, unless one waits
    /// already. Best effort: whatever fails here, that run starts as any other.
    private func prepareAhead(_ key: AheadChild.Key, cpus: String, cpuSeconds: rlim_t, addressSpace: rlim_t) {
        guard !shared.ahead.has(key), let box = try? shared.boxes.acquire(key.spec.role) else { return }
        // Only runs with a prebuilt root (none where a bind lies under /tmp, as a script's folder in the cache
        // may): its key is what tells, when a run comes, that the child's root is still the run's.
        guard rootBinds(key.spec, box: box) != nil,
            let cgroup = try? shared.pool.acquire(
                memoryBytes: key.limits.memoryBytes, processCount: key.limits.processCount, cpus: cpus)
        else {
            shared.boxes.release(box)
            return
        }
        guard let files = try? cgroup.openProcsFiles(),
            let spawned = try? spawn(
                key.spec, in: box, limits: key.limits, cpuSeconds: cpuSeconds, stdio: (-1, -1, -1),
                cgroupFiles: files, addressSpace: addressSpace, ahead: true),
            let handle = spawned.ahead, let rootKey = spawned.rootKey
        else {
            shared.pool.release(cgroup)
            shared.boxes.release(box)
            return
        }
        let child = AheadChild(
            key: key, box: box, cgroup: cgroup, rootKey: rootKey, pid: spawned.pid, handle: handle)
        shared.dismiss(shared.ahead.keep(child))
    }

    /// Hands a child started ahead its stdio (and its input, linked where its root shows it): the program's pid
    /// and listener, or nil when the child could not run (it is reaped; the run then spawns as any other).
    private func start(_ child: AheadChild, spec: ProcessSpec, stdio: (Int32, Int32, Int32)) -> (pid_t, Int32)? {
        guard let input = try? NeutralInput(spec.stdinPath, beside: spec.stdoutPath, box: child.box.number) else {
            child.cancel()
            return nil
        }
        defer { input.remove() }
        var step: Int32 = 0
        var listener: Int32 = -1
        let code = child.start(stdio: stdio, step: &step, listener: &listener)
        return code == 0 ? (child.pid, listener) : nil
    }

    /// The binds of the prebuilt root runs like `spec` in `box` start from (the box's input folder among them), or
    /// nil where they build their own root (no private root, no holder, or a bind under /tmp, which each run
    /// mounts afresh).
    private func rootBinds(_ spec: ProcessSpec, box: Box) -> [ProcessSpec.Bind]? {
        guard privateRootAvailable, spec.privateRoot != nil, box.holder != nil else { return nil }
        let folder = NeutralInput.folder(beside: spec.stdoutPath, box: box.number)
        let binds = spec.binds + [ProcessSpec.Bind(folder, at: Self.inputFolder)]
        if binds.contains(where: { $0.target == "/tmp" || $0.target.hasPrefix("/tmp/") }) { return nil }
        return binds
    }

    /// The key of that prebuilt root, from the files it is made of as they are now; nil as for ``rootBinds``.
    private func rootKey(_ spec: ProcessSpec, box: Box) -> String? {
        guard let binds = rootBinds(spec, box: box), let privateRoot = spec.privateRoot else { return nil }
        return Self.rootKey(privateRoot, program: spec.executableAsProgram ? spec.executable : nil, binds: binds)
    }

    private func spawn(
        _ spec: ProcessSpec,
        in box: Box,
        limits: ResourceLimits,
        cpuSeconds: rlim_t,
        stdio: (Int32, Int32, Int32),
        cgroupFiles: [Int32],
        addressSpace: rlim_t,
        ahead: Bool = false
    ) throws(SandboxError) -> (pid: pid_t, listener: Int32, ahead: OpaquePointer?, rootKey: String?) {
        let privateRoot = privateRootAvailable ? spec.privateRoot : nil
        // In a private root the program is /program: its argv[0] must not reveal where Panel keeps it.
        let argv = CStringArray(
            [privateRoot != nil && spec.executableAsProgram ? "/program" : spec.executable] + spec.arguments)
        let envp = CStringArray(spec.environment)
        var pid: pid_t = 0
        var step: Int32 = 0
        var listener: Int32 = -1
        var binds = spec.binds
        // A regular input file is reopened inside the root from a read-only bind (a device such as /dev/null
        // cannot be written through anyway, and is passed as the descriptor Panel opened). The bind's source
        // is a link under a neutral name: /proc/self/mountinfo shows where a bind comes from.
        var input: NeutralInput?
        if privateRoot != nil {
            input = try NeutralInput(
                spec.stdinDescriptor == nil && !ahead ? spec.stdinPath : nil, beside: spec.stdoutPath, box: box.number)
        }
        defer { input?.remove() }
        if let input { binds.append(ProcessSpec.Bind(input.folder, at: Self.inputFolder)) }
        // Runs of one box that ask for the same root start from a prebuilt one (none where a bind lies under /tmp,
        // which each run mounts afresh).
        let templateKey = rootKey(spec, box: box)
        // A child started ahead opens its input inside its root when the run's will be a regular file (its key's
        // stdinPath is then "").
        let inputInRoot = ahead ? privateRoot != nil && spec.stdinPath == "" : input?.path != nil
        var handle: OpaquePointer?
        let bindSources = CStringArray(binds.map(\.source))
        let bindTargets = CStringArray(binds.map(\.target))
        let bindWritable = binds.map { Int32($0.writable ? 1 : 0) }
        let namespaceFiles = box.holder?.files ?? []
        let submission = spec.role == .submission
        let code: Int32 = spec.executable.withCString { path in
            Self.stdinInRoot.withCString { stdinInRoot in
                (privateRoot ?? "").withCString { rootPath in
                    (spec.workingDirectory ?? "").withCString { directory in
                        cgroupFiles.withUnsafeBufferPointer { files in
                            namespaceFiles.withUnsafeBufferPointer { namespaceFiles in
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
                                // rlim_t.max is RLIM_INFINITY (0 would leave Panel's own limit in place).
                                config.stack_bytes = limits.stackBytes.map { rlim_t($0) } ?? rlim_t.max
                                config.file_size_bytes = rlim_t(limits.outputBytes) + 1
                                // Candidate programs go on past the output cap, as DOMjudge lets them (a write there
                                // fails with EFBIG): a flood that never ends is a TLE, one that crashes an RTE.
                                config.ignore_file_size_signal = submission ? 1 : 0
                                // RLIMIT_NPROC counts every process of the uid; a pids cgroup caps this run alone
                                // and is preferred where present.
                                config.process_count = hierarchy.hasPidsController ? 0 : rlim_t(limits.processCount)
                                config.open_files = submission ? rlim_t(Self.submissionOpenFiles) : 0
                                config.cgroup_procs_fds = files.baseAddress
                                config.cgroup_procs_count = Int32(files.count)
                                config.namespace_fds = namespaceFiles.baseAddress
                                config.namespace_fd_count = Int32(namespaceFiles.count)
                                if let identity = box.identity, spec.unprivileged {
                                    config.drop_privileges = 1
                                    config.uid = identity.uid
                                    config.gid = identity.gid
                                }
                                config.no_new_privileges = 1
                                config.drop_capabilities = userNamespace && spec.unprivileged ? 1 : 0
                                config.new_ipc_namespace = box.holder == nil ? 0 : 1
                                config.new_session_keyring = 1
                                config.seccomp = submission && filter.isAvailable ? 1 : 0
                                // Without a memory cgroup, ru_maxrss is the only peak-memory figure, and only fork keeps
                                // Panel's own RSS out of it.
                                config.share_memory_until_exec = hierarchy.hasMemoryController ? 1 : 0
                                config.new_root = privateRoot == nil ? nil : rootPath
                                config.root_bytes = rlim_t(spec.scratchBytes)
                                config.bind_program = spec.executableAsProgram ? 1 : 0
                                config.stdin_in_root = inputInRoot ? stdinInRoot : nil
                                config.wait_for_stdio = ahead ? 1 : 0
                                config.bind_sources = bindSources.constPointer
                                config.bind_targets = bindTargets.constPointer
                                config.bind_count = Int32(binds.count)
                                config.pid_namespace_fd = box.holder?.pidNamespace ?? -1
                                config.pid_namespace_from_inside = userNamespace ? 1 : 0
                                return bindWritable.withUnsafeBufferPointer { writable in
                                    config.bind_writable = writable.baseAddress
                                    if let templateKey {
                                        let template = box.mountTemplate(key: templateKey) {
                                            // Built outside the run's cgroup, so its work is not counted to the run.
                                            var builder = config
                                            builder.cgroup_procs_count = 0
                                            builder.seccomp = 0
                                            var made: Int32 = -1
                                            var failed: Int32 = 0
                                            return shared.spawning(box: box) {
                                                panel_build_mount_template(&builder, &made, &failed)
                                            } == 0 ? made : -1
                                        }
                                        if template >= 0 {
                                            config.use_mount_template = 1
                                            config.mount_template_fd = template
                                        }
                                    }
                                    if ahead { return panel_spawn_ahead(&config, &handle, &pid) }
                                    return shared.spawning(box: box) {
                                        let code = panel_spawn(&config, &pid, &step, &listener)
                                        // Running from its birth, before any other thread's sweep of orphans can
                                        // look: in the moment until its run waits for it, a sweep took it for an
                                        // orphan, killed and reaped it (wait4: ECHILD, or a run-time error).
                                        if code == 0 { shared.started(pid) }
                                        return code
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if code != 0 {
            // Without a private root a box's uid needs the host's own folders up to the program and its working
            // folder: one closed to other users (a TMPDIR of mode 700) is the host's setup, told with the remedy.
            if code == EACCES, privateRoot == nil, spec.unprivileged, let identity = box.identity,
                [PANEL_STEP_CHDIR.rawValue, PANEL_STEP_EXEC.rawValue].contains(UInt32(step))
            {
                let path = UInt32(step) == PANEL_STEP_CHDIR.rawValue ? spec.workingDirectory ?? "" : spec.executable
                throw SandboxError.unreachableForBox(path: path, uid: identity.uid)
            }
            // Namespaces that were made but may not mount (an AppArmor-restricted user namespace without root, a
            // container's AppArmor profile as root) are the host's policy, told with the remedy.
            if (code == EACCES || code == EPERM) && box.holder != nil && UInt32(step) == PANEL_STEP_MOUNT.rawValue {
                throw SandboxError.mountsRefused(errno: code, root: !userNamespace)
            }
            throw SandboxError.spawn(executable: spec.executable, step: Self.stepName(step), errno: code)
        }
        return (pid, listener, handle, templateKey)
    }

    /// What a box's prebuilt root is made of: the root's folder, the program bound at /program and every bind, each
    /// source with the file it is now (a file replaced or changed at the same path is another root; a folder's bind
    /// shows its contents as they are).
    private static func rootKey(_ root: String, program: String?, binds: [ProcessSpec.Bind]) -> String {
        func identity(_ path: String) -> String {
            var info = stat()
            var link = stat()
            guard stat(path, &info) == 0, lstat(path, &link) == 0 else { return "?" }
            let file = "\(info.st_dev):\(info.st_ino):\(link.st_ino)"
            if (info.st_mode & S_IFMT) == S_IFDIR { return file }
            return file + ":\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec):\(info.st_size)"
        }
        var key = root + "\u{0}" + (program.map { $0 + "=" + identity($0) } ?? "")
        for bind in binds {
            key += "\u{0}\(bind.source)=\(identity(bind.source))>\(bind.target):\(bind.writable)"
        }
        return key
    }

    private func openFile(_ path: String, _ flags: Int32) throws(SandboxError) -> Int32 {
        try syscall("open(\(path))") { open(path, flags | O_CLOEXEC, 0o600) }
    }

    /// Whether the file open at `descriptor` grew past `limit` bytes; if so, it is cut back to `limit`.
    private static func cut(_ descriptor: Int32, to limit: Int) -> Bool {
        var info = stat()
        guard fstat(descriptor, &info) == 0, Int(info.st_size) > limit else { return false }
        _ = ftruncate(descriptor, off_t(limit))
        return true
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
        case PANEL_STEP_SECCOMP.rawValue: return "installing the system-call filter"
        default: return "exec"
        }
    }

    /// Processes left in the boxes' pid namespaces (besides their holders) after every run has ended: proof,
    /// for `panel doctor`, that nothing outlives its run.
    public func leftoverProcesses() -> [Int32] {
        // A child started ahead waits in a box of its own: Panel's, not left by a run.
        let waiting = Set(shared.ahead.pids)
        return shared.boxes.boxes.flatMap { $0.holder?.others() ?? [] }.filter { !waiting.contains($0) }
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
