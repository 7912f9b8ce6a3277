import Foundation
import Glibc
import Testing

/// Hostile candidate programs (`Tests/Fixtures/hostile`) judged on the `sum` problem through the built
/// `panel` binary: each attack gets the verdict it deserves, and nothing outside its run is harmed.
///
/// Every `panel` runs inside a pid namespace of its own (see ``Containment``), so that a sandbox that fails
/// cannot harm the machine running the tests: when `panel` ends, everything still alive in that namespace is
/// listed (the leftovers every test expects to be none), then killed with it.
///
/// Two weaknesses it found are fixed and pinned here: stdin used to be the host's input file, so reopening
/// /proc/self/fd/0 for writing rewrote it; and the CPU time of children the program never waited for went
/// uncounted.
@Suite struct HostileTests {
    /// Programs whose verdict is the whole story, with the verdict Panel must give them.
    static let verdicts: [(program: String, verdict: String)] = [
        ("stop-self", "TLE"),
        ("ignore-signals", "TLE"),
        // The output limit ranks after time and crashes, as DOMjudge ranks it; stderr is cut, not judged.
        ("stdout-flood", "TLE"),
        ("stderr-flood", "AC"),
        ("output-then-crash", "RTE"),
        ("output-signal-restored", "OLE"),
        ("memory-hog", "MLE"),
        ("deep-recursion", "AC"),
    ]

    @Test(arguments: verdicts)
    func verdictOfEachAttack(program: String, verdict: String) throws {
        let scene = try Scene()
        let run = try scene.submit(program)
        #expect(run.verdict == verdict, "\(run.summary)")
        run.expectNothingLeft()
        if program == "stop-self" {
            #expect((run.tests.first?["detail"] as? String)?.contains("wall-clock") == true, "\(run.summary)")
        }
    }

    @Test func theContainmentKeepsTheReportIntact() throws {
        let run = try Scene().submit(path: PanelBinary.program("accepted"), failFast: false)
        #expect(run.result.exitCode == 0, "\(run.summary)")
        #expect(run.verdict == "AC")
        #expect(run.tests.count == 3)
        let sandbox = try #require(run.json["sandbox"] as? [String: Any])
        #expect(sandbox["namespaces"] != nil)
        if Containment.current.isolated {
            // The scan after `panel` ran, so an empty list of leftovers means something.
            #expect(run.leftovers != nil, "\(run.result.stderr)")
        } else {
            Issue.record("the attacks run without a pid namespace around panel: \(run.note)", severity: .warning)
        }
    }

    @Test func aForkBombIsStoppedAndLeavesNoProcess() throws {
        let scene = try Scene()
        let run = try scene.submit("fork-bomb")
        #expect(run.verdict == "TLE" || run.verdict == "RTE", "\(run.summary)")
        run.expectNothingLeft()
        // The machine can still start processes.
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/bin/sh")
        probe.arguments = ["-c", "exit 7"]
        try probe.run()
        probe.waitUntilExit()
        #expect(probe.terminationStatus == 7)
    }

    @Test(.enabled(if: Containment.panelIsolates, "without namespaces the program sees the host's files"))
    func theHiddenAnswersCannotBeRead() throws {
        let scene = try Scene()
        let sum = PanelBinary.fixtures.appendingPathComponent("problems/sum")
        let run = try scene.submit(
            "read-answers",
            values: [
                "ANSWER": sum.appendingPathComponent("data/secret/1-small.ans").path, "PROBLEM": sum.path,
            ])
        // "LEAK:" and what was read would be a wrong answer; the sample's difference shows it.
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
    }

    @Test(.enabled(if: Containment.panelIsolates, "without namespaces the program sees the host's files"))
    func theAnswersAndTheHostCannotBeWritten() throws {
        let scene = try Scene()
        let sum = PanelBinary.fixtures.appendingPathComponent("problems/sum")
        // A copy of the package that anyone may write, so only the sandbox stands between program and files.
        let package = scene.directory.appendingPathComponent("sum")
        try copyTree(sum, to: package)
        try makeWritableByAnyone(package)
        // As root, the fixture and the repository are targets too: the unprivileged uid could not write them
        // even outside the sandbox. Without root the program runs as the user who may own them, so copies
        // stand in for them.
        var fixture = sum
        var repository = PanelBinary.repository
        if geteuid() != 0 {
            let decoys = scene.directory.appendingPathComponent("decoys")
            repository = decoys.appendingPathComponent("repository")
            try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
            fixture = decoys.appendingPathComponent("sum")
            try copyTree(sum, to: fixture)
        }
        let before = try snapshot(package)
        let fixtureBefore = try snapshot(fixture)
        #expect(before == fixtureBefore)
        let run = try scene.submit(
            "write-answers", problem: package.path,
            values: [
                "ANSWER": package.appendingPathComponent("data/secret/1-small.ans").path, "PROBLEM": package.path,
                "FIXTURE_ANSWER": fixture.appendingPathComponent("data/secret/1-small.ans").path,
                "REPOSITORY": repository.path, "PARENT": repository.deletingLastPathComponent().path,
            ])
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
        #expect(try snapshot(fixture) == fixtureBefore)
        let after = try snapshot(package)
        let isInput = { (file: (key: String, value: Data)) in file.key.hasSuffix(".in") }
        #expect(after.filter { !isInput($0) } == before.filter { !isInput($0) })
        let rewritten = before.filter(isInput).keys.filter { after[$0] != before[$0] }.sorted()
        // Stdin is opened inside the private root from a read-only bind of the input, so reopening
        // /proc/self/fd/0 for writing meets a read-only mount, even where the run's uid may write the file
        // (here, a package anyone may write; without root, every package of the user running Panel).
        #expect(rewritten.isEmpty, "rewritten through /proc/self/fd/0: \(rewritten)")
        for folder in [repository, repository.deletingLastPathComponent()] {
            let marker = folder.appendingPathComponent("hostile-\(scene.tag)")
            #expect(!FileManager.default.fileExists(atPath: marker.path), "\(marker.path)")
            #expect(!FileManager.default.fileExists(atPath: marker.path + ".d"), "\(marker.path).d")
        }
    }

    @Test func theNetworkIsUnreachable() throws {
        let scene = try Scene()
        let listener = try Listener()
        let run = try scene.submit("network", values: ["PORT": String(listener.port)])
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
        #expect(!listener.acceptsConnection(), "a sandboxed program reached 127.0.0.1:\(listener.port)")
        // The listener works: a connection from the host itself is seen.
        #expect(Listener.connect(to: listener.port))
        #expect(listener.acceptsConnection())
    }

    @Test func killingEverythingHarmsOnlyTheProgram() throws {
        let scene = try Scene()
        let run = try scene.submit("kill-everything", failFast: false)
        // Panel survived to report every test: the program may have killed itself (its parent is outside its
        // pid namespace, so getppid() is 0, and kill(0) is its own group), nothing else.
        #expect(run.result.exitCode == 0 || run.result.exitCode == 1, "\(run.summary)")
        #expect(run.verdict == "AC" || run.verdict == "RTE", "\(run.summary)")
        #expect(run.tests.count == 3)
        run.expectNothingLeft()
    }

    @Test func aDaemonDiesWithItsRun() async throws {
        let scene = try Scene()
        let marker = scene.directory.appendingPathComponent("daemon-marker")
        let run = try scene.submit("daemon", values: ["MARKER": marker.path])
        #expect(run.verdict == "AC", "\(run.summary)")
        // The daemons would write their markers 2 s after their runs started.
        try await Task.sleep(for: .seconds(3))
        run.expectNothingLeft()
        #expect(!FileManager.default.fileExists(atPath: marker.path))
        let hostMarker = "/tmp/hostile-\(scene.tag)"
        #expect(!FileManager.default.fileExists(atPath: hostMarker))
        try? FileManager.default.removeItem(atPath: hostMarker)
    }

    @Test func cpuTimeCountsEveryThread() throws {
        let scene = try Scene()
        let run = try scene.submit("threads")
        #expect(run.verdict == "TLE", "\(run.summary)")
        let cpu = try #require(run.tests.first?["cpu_ms"] as? Int)
        // On a loaded machine the threads may reach the wall clock before 1 s of CPU; the verdict is the same,
        // and the CPU time counted is still that of every thread, not zero.
        let detail = run.tests.first?["detail"] as? String ?? ""
        #expect(cpu >= 1000 || (detail.contains("wall-clock") && cpu > 100), "\(run.summary)")
        run.expectNothingLeft()
    }

    @Test func cpuTimeCountsEveryProcess() throws {
        let scene = try Scene()
        let run = try scene.submit("forked-workers")
        run.expectNothingLeft()
        let cpu = try #require(run.tests.first?["cpu_ms"] as? Int)
        // The program never waits for its workers, so wait4 does not count them; the run's cgroup does
        // (cpuacct on v1, cpu.stat on v2). Without cgroups (not root) this cannot be seen.
        guard geteuid() == 0 else { return }
        #expect(run.verdict == "TLE", "\(run.summary)")
        // On a loaded machine the workers may reach the wall clock before 1 s of CPU; the verdict is the same.
        let detail = run.tests.first?["detail"] as? String ?? ""
        #expect(cpu >= 1000 || detail.contains("wall-clock"), "\(run.summary)")
    }

    @Test func fillingTheScratchFolderStopsAtItsCap() throws {
        let scene = try Scene()
        let temporary = FileManager.default.temporaryDirectory.path
        // The first submit compiles the program, so the second writes nothing but what the program does.
        try scene.submit("fill-scratch", failFast: false).expectNothingLeft()
        let freeBefore = try freeBytes(temporary)
        let run = try scene.submit("fill-scratch", failFast: false)
        let freeAfter = try freeBytes(temporary)
        run.expectNothingLeft()
        #expect((run.json["compile"] as? [String: Any])?["cached"] as? Bool == true)
        // The host's disk kept none of the 192 MiB the program tried to write. The margin leaves room for
        // the concurrent tests' compiled programs (10 MiB each), and for other work on the machine.
        let fell = freeBefore - freeAfter
        #expect(fell < 128 << 20, "free space of \(temporary) fell by \(fell) bytes")
        // The program wrote to /tmp, a file system of at most 64 MiB, and no more than that; else the sample's
        // output says what it saw.
        #expect(run.verdict == "AC", "\(run.summary)")
    }

    @Test func theProgramSeesNoSecretNoProcessAndNoHostFolder() throws {
        let scene = try Scene()
        let secret = UUID().uuidString
        let run = try scene.submit(
            "snoop",
            values: [
                "SECRET": secret, "ISOLATED": Containment.panelIsolates ? "1" : "0",
                "REPOSITORY": PanelBinary.repository.path,
                "PROBLEM": PanelBinary.fixtures.appendingPathComponent("problems/sum").path,
            ],
            environment: ["PANEL_TEST_SECRET": secret])
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
    }

    @Test(.enabled(if: Containment.panelIsolates, "without namespaces the solution shares its validator's"))
    func anInteractiveSolutionCannotReachItsValidator() throws {
        let scene = try Scene()
        let problem = PanelBinary.repository.appendingPathComponent("Problems/favourite-title").path
        let run = try scene.submit("attack-validator", problem: problem)
        // It answered nothing: the validator, untouched, says so. AC would mean it was read or stopped,
        // JE that it was killed.
        #expect(run.verdict == "WA", "\(run.summary)")
        let detail = run.tests.first?["detail"] as? String ?? ""
        #expect(!detail.contains("root:"), "the planted link was followed: \(detail)")
        run.expectNothingLeft()
    }

    @Test(.enabled(if: Containment.panelIsolates, "without namespaces System V objects are the host's"))
    func systemVObjectsDieWithTheirRun() throws {
        let run = try Scene().submit("ipc-persist", failFast: false)
        #expect(run.tests.count == 3)
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
    }

    /// The runs of a box start from one prebuilt root (`panel_build_mount_template`; from the second run on), each in
    /// a mount namespace and /tmp of its own: whatever a run writes or makes there is gone for the next.
    @Test(.enabled(if: Containment.panelIsolates, "without namespaces there is no private root"))
    func aRunLeavesNothingInTheRootForTheNext() throws {
        let run = try Scene().submit("leave-traces", failFast: false)
        #expect(run.tests.count == 3)
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
    }

    @Test func theKeyringsAreOutOfReach() throws {
        let run = try Scene().submit("keyring", failFast: false)
        #expect(run.verdict == "AC", "\(run.summary)")
        let denied = run.tests.compactMap { $0["denied_calls"] as? [String] }.flatMap { $0 }
        if !denied.isEmpty {
            #expect(Set(denied).isSubset(of: ["keyctl", "add_key", "request_key"]), "\(denied)")
        }
        run.expectNothingLeft()
    }

    @Test func socketBuffersCannotHoldMoreThanTheMemoryLimit() throws {
        let run = try Scene().submit("socket-park")
        // Either the buffers are charged to the run's memory cgroup (MLE, as root), or the descriptor limit
        // keeps them small (AC, the program parked less than the limit); WA means it parked more.
        #expect(run.verdict == "AC" || run.verdict == "MLE", "\(run.summary)")
        run.expectNothingLeft()
    }

    @Test func sharedMemoryCountsAsTheProgramsMemory() throws {
        let run = try Scene().submit("shared-memory", failFast: false)
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
        // Only a memory cgroup sees memory that is not mapped (the program wrote into the memfd).
        guard geteuid() == 0 else { return }
        let peaks = run.tests.compactMap { $0["memory_kib"] as? Int }
        #expect(peaks.count == 3 && peaks.allSatisfy { $0 >= 80 << 10 }, "\(run.summary)")
    }

    @Test(.enabled(if: geteuid() == 0, "the program runs as the unprivileged user only when Panel is root"))
    func theProgramRunsUnprivileged() throws {
        let scene = try Scene()
        let run = try scene.submit("privileges")
        #expect(run.verdict == "AC", "\(run.summary)")
        run.expectNothingLeft()
    }
}

/// How the suite runs `panel`: in a pid namespace of its own, with a /proc of that namespace, killed with
/// everything in it when the test or `panel` ends (`unshare --pid --fork --kill-child --mount-proc`; without
/// the /proc of its own namespace, Panel would open another process's namespaces by pid and fail).
///
/// As root that is all it takes. Without root, a user namespace comes first, mapping the tester to itself:
/// `--map-root-user` would make Panel believe it is root and drop to uid 65534, which that namespace does
/// not map. Where `unshare` is missing or refuses, `panel` runs directly and ``note`` says so.
///
/// Panel names its cgroups `panel-<pid>-<n>` and removes, as stale, every empty one whose pid it cannot
/// see. `panel`s in different pid namespaces would share cgroups (one pid, one name) and remove each other's
/// (an invisible pid looks dead), and with them those of any other Panel on the machine. So each contained
/// `panel` also gets memory and pids cgroups of its own to make its cgroups in (where this process's v1
/// cgroups may have children), and a pid of its own.
private struct Containment: Sendable {
    /// The command line that comes before `panel`'s, empty when it runs directly.
    let prefix: [String]
    /// How `panel` is contained, for failure messages.
    let note: String

    var isolated: Bool { !prefix.isEmpty }

    /// Whether Panel can give its runs namespaces here: as root, or where user namespaces work (as they do
    /// when the containment has one).
    static let panelIsolates = geteuid() == 0 || current.isolated

    static let current = detect()

    private static func detect() -> Containment {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard
            let unshare = (path.map { "\($0)/unshare" } + ["/usr/bin/unshare"]).first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else { return Containment(prefix: [], note: "unshare not found: panel runs without a pid namespace") }
        let namespaces = ["--pid", "--fork", "--kill-child", "--mount-proc"]
        let prefix = [unshare] + (geteuid() == 0 ? namespaces : ["--user", "--map-current-user"] + namespaces)
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: unshare)
        probe.arguments = Array(prefix.dropFirst()) + ["/bin/sh", "-c", "exit 0"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else {
            return Containment(prefix: [], note: "\(unshare) did not start: panel runs without a pid namespace")
        }
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else {
            return Containment(prefix: [], note: "\(prefix.joined(separator: " ")) failed: panel runs directly")
        }
        return Containment(prefix: prefix, note: prefix.joined(separator: " "))
    }

    /// Runs as pid 1 of the namespace with the pid before `panel`'s and the cgroups to join as its first two
    /// arguments: starts `panel`, then lists every process still in the namespace once `panel` has exited
    /// (zombies aside), and exits with `panel`'s code. Only shell built-ins run after `panel`, so the list
    /// holds nothing of the scan's own.
    static let script = """
        echo "$1" > /proc/sys/kernel/ns_last_pid 2>/dev/null
        for group in $2; do echo 0 > "$group/cgroup.procs" || exit 125; done
        shift 2
        "$@"
        code=$?
        for entry in /proc/[0-9]*; do
            pid=${entry#/proc/}
            [ "$pid" = 1 ] && continue
            name=; uid=; state=
            while read -r key value rest; do
                case $key in
                    Name:) name=$value ;;
                    Uid:) uid=$value ;;
                    State:) state=$value ;;
                esac
            done < "$entry/status" 2>/dev/null
            [ -z "$state" ] || [ "$state" = Z ] && continue
            echo "hostile-leftover: pid $pid uid $uid $name" >&2
        done
        echo hostile-scan-done >&2
        exit $code
        """

    /// The pid before a contained `panel`'s: spread over the pid range, so the `panel`s of this test process
    /// never share one, and those of another test process rarely do.
    static func nextPidBase() -> Int {
        let maximum = Int(readText("/proc/sys/kernel/pid_max").trimmingCharacters(in: .whitespacesAndNewlines)) ?? 32768
        let slots = max(1, (min(maximum, 1 << 22) - 2000) / 200)
        let slot = counter.withLock { value -> Int in
            value += 1
            return value
        }
        return 1000 + ((firstSlot + slot) % slots) * 200
    }

    private static let firstSlot = Int.random(in: 0..<10_000)
    private static let counter = Locked(0)

    /// The v1 memory and pids cgroups of this process, where it may make children; none without root.
    static let cgroupParents: [String] = {
        guard geteuid() == 0 else { return [] }
        let membership = readText("/proc/self/cgroup").split(separator: "\n").map {
            $0.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        }
        let mounts = readText("/proc/self/mounts").split(separator: "\n").map { $0.split(separator: " ") }
        return ["memory", "pids"].compactMap { (controller: Substring) -> String? in
            let line = membership.first { $0.count == 3 && $0[1].split(separator: ",").contains(controller) }
            let mount = mounts.first {
                $0.count >= 4 && $0[2] == "cgroup" && $0[3].split(separator: ",").contains(controller)
            }
            guard let path = line?[2], let mount = mount?[1] else { return nil }
            let directory = path == "/" ? String(mount) : String(mount + path)
            return access(directory, W_OK) == 0 ? directory : nil
        }
    }()

    /// New, empty cgroups for one contained `panel`, one per parent.
    static func makeCgroups() throws -> [String] {
        try cgroupParents.map { parent in
            let group = "\(parent)/hostile-\(UUID().uuidString)"
            try #require(mkdir(group, 0o755) == 0, "mkdir \(group): errno \(errno)")
            return group
        }
    }

    /// Removes a contained `panel`'s cgroups once it is gone, with whatever cgroups it left in them, and
    /// returns those.
    static func removeCgroups(_ groups: [String]) -> [String] {
        var left: [String] = []
        for group in groups {
            let children = (try? FileManager.default.contentsOfDirectory(atPath: group)) ?? []
            for child in children.sorted() where child.hasPrefix("panel-") {
                left.append("\(group)/\(child)")
                for _ in 0..<100 where rmdir("\(group)/\(child)") != 0 && errno == EBUSY { usleep(10_000) }
            }
            for _ in 0..<100 where rmdir(group) != 0 && errno == EBUSY { usleep(10_000) }
        }
        return left
    }
}

/// A value behind a lock.
private final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Lets contained `panel`s run side by side, except one that must run alone.
///
/// Without cgroups of its own (no root), Panel caps processes with RLIMIT_NPROC, which counts every process
/// of the user: a fork bomb then leaves no process to the user's other runs, so it runs alone.
private final class Gate: @unchecked Sendable {
    static let shared = Gate()
    private let condition = NSCondition()
    private var running = 0
    private var alone = false
    private var waitingAlone = 0

    func pass<T>(alone wantsAlone: Bool, _ body: () throws -> T) rethrows -> T {
        condition.lock()
        if wantsAlone {
            waitingAlone += 1
            while alone || running > 0 { condition.wait() }
            waitingAlone -= 1
            alone = true
        } else {
            while alone || waitingAlone > 0 { condition.wait() }
            running += 1
        }
        condition.unlock()
        defer {
            condition.lock()
            if wantsAlone { alone = false } else { running -= 1 }
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }
}

/// One attack: a private folder anyone may write (for the program's source and for markers), and a tag the
/// programs write over their argv[0], so their processes can be found in the host's /proc.
private final class Scene {
    /// The programs that run into a limit (or may crash), judged with `--fail-fast`.
    static let limitBreakers: Set = [
        "fork-bomb", "stop-self", "ignore-signals", "stdout-flood", "stderr-flood", "memory-hog", "threads",
        "forked-workers", "attack-validator", "output-then-crash", "output-signal-restored",
    ]
    let directory: URL
    let tag: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("panel-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(chmod(directory.path, 0o1777) == 0)
        tag = "hx" + String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(6))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Judges the fixture `program` with its placeholders (`{{TAG}}` and `values`) filled in; with
    /// `--fail-fast` unless the program is expected to pass, so a program that runs into a limit runs once.
    func submit(
        _ program: String,
        problem: String = "sum",
        values: [String: String] = [:],
        environment: [String: String] = [:],
        failFast: Bool? = nil
    ) throws -> HostileRun {
        let fixture = PanelBinary.fixtures.appendingPathComponent("hostile/\(program).swift")
        var text = try String(contentsOf: fixture, encoding: .utf8)
        for (key, value) in values.merging(["TAG": tag], uniquingKeysWith: { first, _ in first }) {
            text = text.replacingOccurrences(of: "{{\(key)}}", with: value)
        }
        #expect(!text.contains("{{"), "\(program).swift has a placeholder the test did not fill")
        let source = directory.appendingPathComponent("\(program).swift")
        try text.write(to: source, atomically: true, encoding: .utf8)
        return try submit(
            path: source.path, problem: problem, environment: environment,
            failFast: failFast ?? Self.limitBreakers.contains(program),
            alone: program == "fork-bomb" && Containment.cgroupParents.isEmpty)
    }

    /// Judges the file at `path` through the containment, alone if need be (see ``Gate``).
    func submit(
        path: String,
        problem: String = "sum",
        environment extra: [String: String] = [:],
        failFast: Bool,
        alone: Bool = false
    ) throws -> HostileRun {
        try Gate.shared.pass(alone: alone) {
            try submitNow(path: path, problem: problem, environment: extra, failFast: failFast)
        }
    }

    private func submitNow(
        path: String,
        problem: String,
        environment extra: [String: String],
        failFast: Bool
    ) throws -> HostileRun {
        var arguments = ["submit", path, "--problem", problem, "--json"]
        if failFast { arguments.append("--fail-fast") }
        let containment = Containment.current
        let cgroups = containment.isolated ? try Containment.makeCgroups() : []
        let process = Process()
        if containment.isolated {
            process.executableURL = URL(fileURLWithPath: containment.prefix[0])
            process.arguments =
                Array(containment.prefix.dropFirst())
                + [
                    "/bin/sh", "-c", Containment.script, "sh", String(Containment.nextPidBase()),
                    cgroups.joined(separator: " "),
                ]
                + [PanelBinary.executable.path] + arguments
        } else {
            process.executableURL = PanelBinary.executable
            process.arguments = arguments
        }
        var environment = ProcessInfo.processInfo.environment
        // A cache of the attack's own, removed with it: every attack is a program of its own (its tag), and
        // each compiled program takes 10 MiB.
        environment["PANEL_CACHE"] = directory.appendingPathComponent("cache").path
        environment["PANEL_PROBLEMS"] = PanelBinary.fixtures.appendingPathComponent("problems").path
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do {
            try process.run()
        } catch {
            _ = Containment.removeCgroups(cgroups)
            throw error
        }
        // As PanelBinary does: the report comes first, and stderr holds a few lines only.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let result = PanelBinary.Result(
            exitCode: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
        return try HostileRun(
            result: result, contained: containment.isolated, cgroupsLeft: Containment.removeCgroups(cgroups), tag: tag,
            note: containment.note)
    }
}

/// What one contained `panel submit --json` printed, and what it left behind.
private struct HostileRun {
    let result: PanelBinary.Result
    let json: [String: Any]
    /// Processes still alive in the containment's pid namespace after `panel` exited; nil without one (or if
    /// the scan did not run).
    let leftovers: [String]?
    /// Cgroups `panel` made and did not remove.
    let cgroupsLeft: [String]
    let tag: String
    let note: String

    init(result: PanelBinary.Result, contained: Bool, cgroupsLeft: [String], tag: String, note: String) throws {
        self.result = result
        self.cgroupsLeft = cgroupsLeft
        self.tag = tag
        self.note = note
        let lines = result.stderr.split(separator: "\n").map(String.init)
        leftovers =
            contained && lines.contains("hostile-scan-done")
            ? lines.filter { $0.hasPrefix("hostile-leftover:") } : nil
        do {
            json = try result.json()
        } catch {
            Issue.record("panel printed no report (exit \(result.exitCode)): \(result.stderr)")
            throw error
        }
    }

    var verdict: String? { json["verdict"] as? String }
    var tests: [[String: Any]] { json["tests"] as? [[String: Any]] ?? [] }

    /// The program's first line on the sample, which the report shows when the sample fails.
    var sampleOutput: String? {
        (tests.first?["first_difference"] as? [String: Any])?["actual"] as? String
    }

    /// For failure messages: the verdicts, details and sample output, and how `panel` was contained.
    var summary: String {
        let perTest = tests.map { test in
            ["name", "verdict", "detail", "cpu_ms"].compactMap { test[$0].map { "\($0)" } }.joined(separator: " ")
        }
        return "exit \(result.exitCode); \(perTest.joined(separator: "; ")); sample output: \(sampleOutput ?? "-"); "
            + "containment: \(note); stderr: \(result.stderr.prefix(2000))"
    }

    /// Panel survived and reported, and nothing of the run outlived it: no process in the containment's
    /// namespace when `panel` exited, no cgroup, and no process on the host carrying the test's tag now.
    func expectNothingLeft(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(summary)", sourceLocation: sourceLocation)
        if Containment.current.isolated {
            #expect(leftovers == [], "\(summary)", sourceLocation: sourceLocation)
        }
        #expect(cgroupsLeft.isEmpty, "cgroups left: \(cgroupsLeft)", sourceLocation: sourceLocation)
        let survivors = hostProcesses(tagged: tag)
        #expect(survivors.isEmpty, "still running on the host: \(survivors)", sourceLocation: sourceLocation)
    }
}

/// Processes in the host's /proc whose argv[0] is `tag`, with their uid: what a hostile program left running.
private func hostProcesses(tagged tag: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    var found: [String] = []
    for pid in entries where Int(pid) != nil {
        let commandLine = readText("/proc/\(pid)/cmdline")
        guard commandLine.hasPrefix(tag) else { continue }
        let uid = readText("/proc/\(pid)/status").split(separator: "\n").first { $0.hasPrefix("Uid:") } ?? "Uid: ?"
        found.append("pid \(pid) \(uid.split(whereSeparator: \.isWhitespace).prefix(2).joined(separator: " "))")
    }
    return found
}

/// The whole text of a small file, procfs included (whose files report no size); empty if unreadable.
private func readText(_ path: String) -> String {
    guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
    defer { try? handle.close() }
    return String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
}

/// Every file under `folder`, by relative path, with its bytes.
private func snapshot(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    while let relative = enumerator.nextObject() as? String {
        let path = folder.appendingPathComponent(relative).path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
        } else {
            files[relative + "/"] = Data()
        }
    }
    return files
}

/// Copies the files and folders under `source` to `destination`, owned by the tester (FileManager's copy
/// keeps the owner, which a tester without root may not).
private func copyTree(_ source: URL, to destination: URL) throws {
    try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
    for (relative, contents) in try snapshot(source) {
        if relative.hasSuffix("/") {
            let folder = destination.appendingPathComponent(relative)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } else {
            let file = destination.appendingPathComponent(relative)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: file)
        }
    }
}

/// Gives every folder under `folder` mode 1777 and every file 0666.
private func makeWritableByAnyone(_ folder: URL) throws {
    #expect(chmod(folder.path, 0o1777) == 0)
    let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
    while let relative = enumerator.nextObject() as? String {
        let path = folder.appendingPathComponent(relative).path
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        #expect(chmod(path, isDirectory.boolValue ? 0o1777 : 0o666) == 0)
    }
}

/// Bytes free for unprivileged users on the file system holding `path`.
private func freeBytes(_ path: String) throws -> Int {
    var info = statvfs()
    try #require(statvfs(path, &info) == 0)
    return Int(info.f_bavail) * Int(info.f_frsize)
}

/// A TCP listener on the host's 127.0.0.1, at a port the kernel picks, that never blocks.
private final class Listener {
    let descriptor: Int32
    let port: UInt16

    init() throws {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socketDescriptor >= 0)
        var address = Self.loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(socketDescriptor, pointer, length) == 0 && getsockname(socketDescriptor, pointer, &length) == 0
            }
        }
        let listening = bound && listen(socketDescriptor, 16) == 0 && fcntl(socketDescriptor, F_SETFL, O_NONBLOCK) == 0
        if !listening { close(socketDescriptor) }
        try #require(listening)
        descriptor = socketDescriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }

    /// Whether a connection was waiting (it is taken and closed).
    func acceptsConnection() -> Bool {
        let connection = accept(descriptor, nil, nil)
        if connection < 0 { return false }
        close(connection)
        return true
    }

    /// Connects to `port` on 127.0.0.1 from the test process itself.
    static func connect(to port: UInt16) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = loopback(port: port)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
