import Foundation
import Sandbox

/// One run of a build tool (a compiler, a validator's `build` script) in the sandbox: as the unprivileged
/// user, in a private root holding the system's folders read-only and its working folder writable, and
/// nothing else (no test data, no other submissions).
enum ToolRun {
    /// The first executable named one of `names` in the folders of `path` (a PATH value), as a path through
    /// those folders (not resolved through symlinks: swiftc is a link to swift-driver, which reads its argv[0]).
    static func find(_ names: [String], path: String) -> String? {
        names.lazy.flatMap { name in path.split(separator: ":").map { "\($0)/\(name)" } }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// The system's python3, for validators and interviewer plugins written in Python.
    static var python3: String? { find(["python3"], path: "/usr/bin:/usr/local/bin") }

    /// What the tool did and printed.
    struct Result {
        var outcome: RunOutcome
        /// Its stdout and stderr, capped.
        var diagnostics: String
        /// Why it was stopped, if a limit stopped it ("" otherwise).
        var stopReason: String
    }

    /// Runs `executable` with `directory` (an empty folder Panel owns) as its writable working folder.
    static func run(
        executable: String,
        arguments: [String],
        in directory: URL,
        extraBinds: [ProcessSpec.Bind] = [],
        path: String = "/usr/bin:/bin",
        timeLimit: Duration,
        memoryMiB: Int,
        limitsAddressSpace: Bool = true,
        sandbox: Sandbox
    ) throws(PanelError) -> Result {
        let parent = directory.deletingLastPathComponent()
        let root = parent.appendingPathComponent("tool-root")
        // The tool's box writes the outputs, so the sandbox hands it this folder (a writable bind), and only it.
        // Beside `directory`, in the compile's staging folder: made so that an interrupt never brings that back.
        try? TemporaryFolders.makeInside(root)
        var spec = ProcessSpec(
            executable: executable, arguments: arguments,
            environment: [
                "PATH=\(path)", "HOME=\(directory.path)", "TMPDIR=\(directory.path)", "LANG=C.UTF-8", "TERM=dumb",
            ],
            workingDirectory: directory.path, stdinPath: nil,
            stdoutPath: parent.appendingPathComponent("tool.out").path,
            stderrPath: parent.appendingPathComponent("tool.err").path, role: .judge,
            privateRoot: root.path, scratchBytes: 256 << 20, executableAsProgram: false,
            binds: ProcessSpec.systemBinds + extraBinds + [ProcessSpec.Bind(directory.path, writable: true)])
        spec.limitsAddressSpace = limitsAddressSpace
        var wall = timeLimit
        var runs = 0
        var outcome: RunOutcome
        repeat {
            let limits = ResourceLimits(
                cpuTime: timeLimit * 2, wallTime: wall, memoryBytes: memoryMiB << 20, stackBytes: 64 << 20,
                outputBytes: 1 << 30, processCount: 256)
            do {
                outcome = try sandbox.run(spec, limits: limits)
            } catch {
                throw .sandbox(error)
            }
            runs += 1
            wall = wall * 2
        } while runs < starvedAttempts && wasStarved(outcome, limit: timeLimit)
        var stopReason = ""
        if outcome.wallTimeExceeded && !outcome.stoppedAtMemoryLimit {
            stopReason = "\nstopped: it exceeded the \(timeLimit.milliseconds / 1000) s limit"
            if runs > 1 {
                stopReason +=
                    " (run \(runs) times with up to \((wall / 2).milliseconds / 1000) s, as the machine was busy: "
                    + "it had a CPU for \(outcome.cpuTime.milliseconds / 1000) s of the last run's "
                    + "\(outcome.wallTime.milliseconds / 1000) s)"
            }
        } else if outcome.memoryLimitHit {
            stopReason = "\nstopped: it exceeded the \(memoryMiB) MiB memory limit"
        }
        return Result(
            outcome: outcome, diagnostics: read(spec.stdoutPath) + read(spec.stderrPath), stopReason: stopReason)
    }

    /// Runs of a tool in all, the first included, while each was starved.
    static let starvedAttempts = 3

    /// Whether a tool run was stopped by the wall clock while it had a CPU for less than half of `limit`: on a
    /// busy machine (parallel jobs, a loaded CI runner) it waited for CPUs more than it ran, which says nothing
    /// about the sources. Such a run is started again with double the wall-clock time, as a starved test run
    /// is (``BorderlineReruns``), so that a compile's outcome does not depend on the machine's load (up to a
    /// machine that starves all three runs): a candidate's compile error, or a validator's, would decide a round. A tool that blocks (reads a pipe, sleeps) uses
    /// next to no CPU (under ``BorderlineReruns/starvedShare`` of the wall time) and is not run again; one
    /// that computes for its whole limit on a quiet machine uses about all of it, and is not run again either.
    static func wasStarved(_ outcome: RunOutcome, limit: Duration) -> Bool {
        outcome.wallTimeExceeded && !outcome.stoppedAtMemoryLimit && !outcome.cpuLimitSignaled
            && outcome.cpuTime < limit / 2
            && outcome.cpuTime.seconds >= BorderlineReruns.starvedShare * outcome.wallTime.seconds
    }

    /// The first line `executable --version` prints, for cache keys and reports.
    static func versionLine(of executable: String, sandbox: Sandbox) throws(PanelError) -> String {
        // A folder of its own, also as the tool's TMPDIR: swift-driver leaves a TemporaryDirectory.* folder
        // behind for `--version`, which would pile up in /tmp.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-version-\(UUID().uuidString)")
        try TemporaryFolders.make(scratch)
        defer { TemporaryFolders.remove(scratch) }
        let spec = ProcessSpec(
            executable: executable, arguments: ["--version"],
            environment: ["PATH=/usr/bin:/bin", "TMPDIR=\(scratch.path)"], stdinPath: nil,
            stdoutPath: scratch.appendingPathComponent("out").path,
            stderrPath: scratch.appendingPathComponent("err").path, unprivileged: false, role: .judge)
        // Generous: a cold toolchain (its 100+ MB read from a slow disk or a VM's shared folder) on a busy or
        // emulated machine took over 30 s of wall time in a VM without KVM.
        let limits = ResourceLimits(
            cpuTime: .seconds(60), wallTime: .seconds(120), memoryBytes: 1 << 30, stackBytes: 64 << 20,
            outputBytes: 1 << 20, processCount: 64)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        let text = (try? String(contentsOfFile: spec.stdoutPath, encoding: .utf8)) ?? ""
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        guard !line.isEmpty else {
            let errors = (try? String(contentsOfFile: spec.stderrPath, encoding: .utf8)) ?? ""
            if outcome.wallTimeExceeded || outcome.cpuLimitSignaled {
                let limit = Int(limits.wallTime.seconds)
                throw .hostTooSlow(path: executable, reason: "`--version` was stopped at its \(limit) s time limit")
            }
            throw .io(path: executable, reason: "`--version` printed nothing\(errors.isEmpty ? "" : ": " + errors)")
        }
        return line
    }

    /// The read-only bind that makes a compiler outside the system's folders visible in a tool's root: the
    /// prefix of its real location (/opt/swift/usr for /opt/swift/usr/bin/swiftc), never `/` itself.
    static func toolchainBinds(for executable: String) -> [ProcessSpec.Bind] {
        let real = URL(fileURLWithPath: executable).resolvingSymlinksInPath()
        let covered = { (path: String) in
            ProcessSpec.systemBinds.contains { path == $0.source || path.hasPrefix($0.source + "/") }
        }
        if covered(real.path) && covered(executable) { return [] }
        let bin = real.deletingLastPathComponent()
        let prefix = bin.deletingLastPathComponent()
        var binds = [ProcessSpec.Bind(prefix.path == "/" ? bin.path : prefix.path)]
        // The path it is called by must exist too, when it is a link from elsewhere.
        let called = URL(fileURLWithPath: executable).deletingLastPathComponent().path
        if !covered(called) && !called.hasPrefix(binds[0].source) { binds.append(ProcessSpec.Bind(called)) }
        return binds
    }

    /// Caps diagnostics at ``CompileResult/diagnosticsCap`` bytes.
    static func cap(_ text: String) -> String {
        guard text.utf8.count > CompileResult.diagnosticsCap else { return text }
        let prefix = String(decoding: text.utf8.prefix(CompileResult.diagnosticsCap), as: UTF8.self)
        return prefix + "\n… (diagnostics truncated at 64 KiB)"
    }

    private static func read(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: CompileResult.diagnosticsCap + 1)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
