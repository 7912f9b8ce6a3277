import Foundation
import Sandbox

/// One isolation mechanism and whether a probe proved it works on this machine.
public struct DoctorCheck: Sendable, Codable, Equatable {
    /// What the mechanism is, such as "private filesystem".
    public var mechanism: String
    /// Whether the probe showed it in force.
    public var working: Bool
    /// What the probe did and saw.
    public var proof: String
}

/// What `panel doctor` found.
public struct DoctorReport: Sendable, Encodable {
    /// Every check, in order.
    public var checks: [DoctorCheck]
    /// The isolation every report states.
    public var sandbox: Isolation
    /// Whether every check passed.
    public var allWorking: Bool { checks.allSatisfy(\.working) }

    enum CodingKeys: String, CodingKey {
        case checks, sandbox
        case allWorking = "all_working"
    }

    /// Encodes the derived `all_working` as well.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(checks, forKey: .checks)
        try container.encode(sandbox, forKey: .sandbox)
        try container.encode(allWorking, forKey: .allWorking)
    }
}

/// Proves each isolation mechanism with a probe program run in the sandbox, as isolate-check-environment
/// does for isolate: a program that tries to read a file outside its view, to reach the network, to fork
/// past the limit, to outlive its run, and so on.
public struct Doctor {
    let sandbox: Sandbox
    let cache: CompileCache

    /// Creates a doctor that probes `sandbox`, compiling its probe through `cache`.
    public init(sandbox: Sandbox, cache: CompileCache) {
        self.sandbox = sandbox
        self.cache = cache
    }

    /// Runs every probe. `progress` names each check as it starts.
    public func examine(progress: (String) -> Void = { _ in }) throws(PanelError) -> DoctorReport {
        progress("compiling the probe")
        let compiled = try cache.program(
            for: [SourceFile(name: "probe.swift", contents: Array(DoctorProbe.source.utf8))], timeLimit: .seconds(120),
            memoryMiB: 2048)
        guard compiled.ok, let program = compiled.program else {
            if compiled.unfinished == true {
                throw .hostTooSlow(path: "probe.swift", reason: "the doctor's probe compile did not finish")
            }
            throw .io(path: "probe.swift", reason: "the doctor's probe does not compile:\n\(compiled.diagnostics)")
        }
        let workspace: RunWorkspace
        do {
            workspace = try RunWorkspace(program: .staticBinary(program), isolated: sandbox.hasPrivateRoot)
        } catch {
            throw .io(path: "workspace", reason: error.description)
        }
        defer { workspace.remove() }
        var checks: [DoctorCheck] = []
        func probe(_ arguments: [String], limits: ResourceLimits = Self.limits) throws(PanelError) -> (
            RunOutcome, String
        ) {
            try workspace.resetScratch()
            var spec = workspace.spec(stdin: URL(fileURLWithPath: "/dev/null"))
            spec.arguments = arguments
            let outcome: RunOutcome
            do {
                outcome = try sandbox.run(spec, limits: limits)
            } catch {
                throw .sandbox(error)
            }
            let output = (try? String(contentsOf: workspace.stdout, encoding: .utf8)) ?? ""
            return (outcome, output.trimmingCharacters(in: .whitespacesAndNewlines))
        }

        progress("identity")
        let (_, identity) = try probe(["identity"])
        let fields = Dictionary(
            identity.split(separator: " ").compactMap { pair -> (String, String)? in
                let parts = pair.split(separator: "=", maxSplits: 1)
                return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
            }, uniquingKeysWith: { first, _ in first })
        let noCapabilities = fields["caps"].map { $0.allSatisfy { $0 == "0" } } ?? false
        if let base = sandbox.isolation.runAsUID {
            let uid = fields["uid"].flatMap(UInt32.init) ?? 0
            let range = base..<(base + UInt32(Sandbox.boxCapacity))
            checks.append(
                DoctorCheck(
                    mechanism: "a uid of the box's own",
                    working: range.contains(uid) && noCapabilities,
                    proof: "the probe runs as uid \(fields["uid"] ?? "?") with capabilities \(fields["caps"] ?? "?") "
                        + "(expected one of \(range.lowerBound)–\(range.upperBound - 1), none)"))
        } else {
            checks.append(
                DoctorCheck(
                    mechanism: "no capabilities (Panel is not root: no separate uid)",
                    working: noCapabilities && sandbox.isolation.namespaces.contains("user"),
                    proof: "the probe runs as uid \(fields["uid"] ?? "?") of a user namespace with capabilities "
                        + "\(fields["caps"] ?? "?"); outside, it is Panel's own uid \(getuid())"))
        }
        checks.append(
            DoctorCheck(
                mechanism: "no_new_privs", working: fields["nonewprivs"] == "1",
                proof: "/proc/self/status says NoNewPrivs: \(fields["nonewprivs"] ?? "?")"))
        checks.append(
            DoctorCheck(
                mechanism: "cleared environment", working: fields["env"].flatMap(Int.init).map { $0 <= 5 } ?? false,
                proof:
                    "the probe sees \(fields["env"] ?? "?") environment variables (PATH, HOME, TMPDIR, LANG, SWIFT_BACKTRACE)"
            ))
        let visible = fields["processes"].flatMap(Int.init) ?? -1
        checks.append(
            DoctorCheck(
                mechanism: "pid namespace", working: visible == 1,
                proof: "the probe sees \(visible) process\(visible == 1 ? "" : "es") in /proc (only itself is expected)"
            ))

        progress("system-call filter")
        let (filtered, attempts) = try probe(["forbidden"])
        let deniedInside = attempts.split(separator: " ").allSatisfy { $0.hasSuffix("=EPERM") }
        let named = ["ptrace", "keyctl", "unshare"].allSatisfy(filtered.deniedCalls.contains)
        checks.append(
            DoctorCheck(
                mechanism: "system-call filter",
                working: filtered.termination.isSuccess && deniedInside && !attempts.isEmpty,
                proof: "ptrace, keyctl, unshare and io_uring_setup from the probe: \(attempts)"
                    + (named
                        ? "; the report names \(filtered.deniedCalls.joined(separator: ", "))"
                        : "; not named in the report (this kernel cannot tell Panel which calls were denied)")))

        progress("fresh IPC namespace")
        let (_, made) = try probe(["ipc-create"])
        let (_, found) = try probe(["ipc-find"])
        checks.append(
            DoctorCheck(
                mechanism: "fresh IPC namespace per run", working: made == "created" && found.hasPrefix("absent"),
                proof: "a System V shared-memory segment one run made (\(made)) is \(found) in the next run"))

        progress("private filesystem")
        let canaryFolder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-doctor-\(UUID().uuidString)")
        let canary = canaryFolder.appendingPathComponent("secret.ans")
        try TemporaryFolders.make(canaryFolder, permissions: 0o755)
        defer { TemporaryFolders.remove(canaryFolder) }
        _ = FileManager.default.createFile(
            atPath: canary.path, contents: Data("42\n".utf8), attributes: [.posixPermissions: 0o644])
        let (_, read) = try probe(["read", canary.path])
        checks.append(
            DoctorCheck(
                mechanism: "private filesystem", working: read.hasPrefix("denied"),
                proof: "opening a world-readable file outside the view (\(canary.path)): \(read)"))
        let (_, write) = try probe(["write", canaryFolder.appendingPathComponent("planted").path])
        let planted = FileManager.default.fileExists(atPath: canaryFolder.appendingPathComponent("planted").path)
        checks.append(
            DoctorCheck(
                mechanism: "host filesystem read-only to the program", working: !planted && write.hasPrefix("denied"),
                proof: "creating a file in a host folder: \(write)\(planted ? ", and the file appeared" : "")"))

        progress("network")
        let listener: LoopbackListener
        do {
            listener = try LoopbackListener()
        } catch {
            throw .sandbox(error)
        }
        let (_, connect) = try probe(["connect", String(listener.port)])
        let accepted = listener.acceptPending()
        checks.append(
            DoctorCheck(
                mechanism: "network namespace", working: accepted == 0 && !connect.hasPrefix("connected"),
                proof:
                    "connecting to a listener on 127.0.0.1:\(listener.port): \(connect); the listener saw \(accepted) connection\(accepted == 1 ? "" : "s")"
            ))

        progress("process limit")
        let (_, forked) = try probe(["fork", "500"])
        let created = Int(forked.replacingOccurrences(of: "created=", with: "")) ?? -1
        checks.append(
            DoctorCheck(
                mechanism: "process limit", working: created >= 0 && created < Self.limits.processCount,
                proof:
                    "forking 500 children: \(created) succeeded (limit \(Self.limits.processCount) processes and threads)"
            ))

        progress("nothing outlives its run")
        _ = try probe(["daemon"])
        usleep(200_000)
        // Its own pid namespace is the exact scope: a host-wide scan by uid would also count other Panels' runs.
        let left = sandbox.leftoverProcesses()
        let contained = !sandbox.isolation.namespaces.isEmpty
        checks.append(
            DoctorCheck(
                mechanism: "nothing outlives its run", working: left.isEmpty && contained,
                proof: contained
                    ? "a setsid double-forked daemon: \(left.count) process\(left.count == 1 ? "" : "es") left afterwards"
                    : "cannot tell: programs share the host's processes"))

        progress("wall-clock limit")
        var short = Self.limits
        short.wallTime = .milliseconds(500)
        let (sleeper, _) = try probe(["sleep"], limits: short)
        checks.append(
            DoctorCheck(
                mechanism: "wall-clock limit", working: sleeper.wallTimeExceeded && sleeper.wallTime < .seconds(5),
                proof: "a sleeper was killed after \(sleeper.wallTime.milliseconds) ms (limit 500 ms)"))

        progress("memory limit")
        let (hog, hogOutput) = try probe(["memory", "512"])
        checks.append(
            DoctorCheck(
                mechanism: "memory limit (\(sandbox.isolation.limits))",
                working: !hog.termination.isSuccess && hogOutput.isEmpty,
                proof:
                    "allocating 512 MiB under a 128 MiB limit: \(hog.memoryLimitHit ? "OOM-killed" : "stopped with \(hog.termination)")"
            ))

        progress("output limit")
        let (flood, _) = try probe(["output"])
        checks.append(
            DoctorCheck(
                mechanism: "output limit", working: flood.outputLimitHit,
                proof:
                    "endless output was \(flood.outputLimitHit ? "cut at" : "not cut at") \(Self.limits.outputBytes >> 20) MiB"
            ))

        progress("deep recursion")
        let (recursion, depth) = try probe(["recursion"])
        checks.append(
            DoctorCheck(
                mechanism: "stack limited by the memory limit alone",
                working: recursion.termination.isSuccess && depth == "depth=1000000",
                proof:
                    "a recursion a million frames deep: \(recursion.termination.isSuccess ? depth : recursion.termination.description)"
            ))

        return DoctorReport(checks: checks, sandbox: sandbox.isolation)
    }

    /// Limits for the probes: small, so every check is quick.
    static let limits = ResourceLimits(
        cpuTime: .seconds(2), wallTime: .seconds(5), memoryBytes: 128 << 20, outputBytes: 1 << 20, processCount: 64)
}
