import Foundation
import Synchronization
import Testing

/// `--jobs`: cases run in parallel boxes, and the report is the one `-j 1` writes, timings aside.
@Suite struct ParallelJudgingTests {
    static let problems = PanelBinary.repository.appendingPathComponent("Problems").path

    /// A shipped wrong solution that passes some cases and fails others, first at the third case.
    static let mixed = PanelBinary.repository.appendingPathComponent(
        "Problems/favourite-title/submissions/wrong_answer/skips_last_title.swift"
    ).path

    /// Fields that measure time or place rather than say what happened.
    static let measured: Set<String> = [
        "cpu_ms", "wall_ms", "memory_kib", "seconds", "cached", "reruns", "jobs", "cpus", "pinning",
    ]

    /// The report without its measurements, as canonical JSON text.
    static func decisive(_ json: [String: Any]) throws -> String {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !measured.contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let data = try JSONSerialization.data(withJSONObject: strip(json), options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    func submit(jobs: Int, _ extra: [String] = []) throws -> (json: [String: Any], exitCode: Int32) {
        let result = try PanelBinary.run(
            ["submit", Self.mixed, "--problem", "favourite-title", "--json", "--jobs", String(jobs)] + extra,
            environment: ["PANEL_PROBLEMS": Self.problems])
        return (try result.json(), result.exitCode)
    }

    static func verdicts(_ json: [String: Any]) -> [String] {
        (json["tests"] as? [[String: Any]] ?? []).compactMap { $0["verdict"] as? String }
    }

    @Test func twoJobsGiveTheVerdictsAndReportOfOne() throws {
        let one = try submit(jobs: 1)
        let two = try submit(jobs: 2)
        let verdicts = Self.verdicts(one.json)
        // The submission is mixed, so a fold out of case order would show: AC before and after a WA.
        #expect(verdicts.contains("AC") && verdicts.contains("WA"))
        #expect(verdicts.first == "AC" && verdicts.firstIndex(of: "WA") ?? 0 > 1)
        #expect(Self.verdicts(two.json) == verdicts)
        #expect(
            (two.json["tests"] as? [[String: Any]])?.map { $0["name"] as? String }
                == (one.json["tests"] as? [[String: Any]])?.map { $0["name"] as? String })
        #expect(two.json["verdict"] as? String == "WA" && one.json["verdict"] as? String == "WA")
        #expect(one.exitCode == 1 && two.exitCode == 1)
        #expect(try Self.decisive(two.json) == Self.decisive(one.json))
        let sandbox = try #require(two.json["sandbox"] as? [String: Any])
        #expect(sandbox["jobs"] as? Int == 2)
    }

    @Test func failFastStopsAtTheSameCaseWithTwoJobs() throws {
        let one = try submit(jobs: 1, ["--fail-fast"])
        let two = try submit(jobs: 2, ["--fail-fast"])
        // Cases after the first failure may have run on the other job; they are not reported.
        #expect(Self.verdicts(one.json) == ["AC", "AC", "WA"])
        #expect(Self.verdicts(two.json) == Self.verdicts(one.json))
        #expect(try Self.decisive(two.json) == Self.decisive(one.json))
    }

    /// Where a util-linux tool is installed.
    static func utilLinux(_ name: String) -> String? {
        ["/usr/bin/\(name)", "/bin/\(name)"].first(where: FileManager.default.isExecutableFile)
    }

    /// Where boxes get no pid namespace, Panel (a subreaper) sweeps up whatever each run orphaned: every child of
    /// its own that no run waits for. A program another job had just started, not yet waited for, was taken for
    /// such an orphan, killed and reaped: the case came out RTE (SIGKILL), or `wait4` failed with ECHILD (exit
    /// 3); 3 of 5 runs of this before the fix. `panel` runs here as uid 65534 with `PANEL_NO_NAMESPACES=1`, so
    /// it gets neither namespaces nor cgroups (v1 here; on a v2 host, those of its cgroup if delegated): the
    /// no-user-namespaces host of docs/HOSTS.md.
    @Test(.enabled(if: geteuid() == 0, "setpriv to uid 65534 needs root"))
    func withoutNamespacesNoJobLosesItsProgramToAnotherJobsSweep() throws {
        let setpriv = try #require(Self.utilLinux("setpriv"), "setpriv (util-linux) is needed")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("panel-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: home) }
        #expect(chown(home.path, 65534, 65534) == 0)
        let solution = PanelBinary.repository.appendingPathComponent(
            "Problems/lru-cache/submissions/accepted/linked_nodes.swift"
        ).path
        for _ in 0..<4 {
            let result = try PanelBinary.run(
                [
                    "--reuid=65534", "--regid=65534", "--clear-groups", PanelBinary.executable.path, "submit",
                    solution, "--problem", "lru-cache", "--json", "--jobs", "2",
                ],
                environment: [
                    "PANEL_PROBLEMS": Self.problems, "HOME": home.path, "TMPDIR": home.path,
                    "PANEL_CACHE": home.appendingPathComponent("cache").path, "PANEL_NO_NAMESPACES": "1",
                ], executable: URL(fileURLWithPath: setpriv))
            #expect(result.exitCode == 0, "\(result.stderr)")
            guard result.exitCode == 0 || result.exitCode == 1 else { return }
            let json = try result.json()
            let sandbox = try #require(json["sandbox"] as? [String: Any])
            #expect((sandbox["namespaces"] as? [String])?.isEmpty == true, "boxes should have no namespaces here")
            #expect(Set(Self.verdicts(json)) == ["AC"], "\(json["tests"] ?? "")")
        }
    }

    /// In a pid namespace without a /proc of its own, `verify -j 2` stopped with SIGILL just after an open of
    /// /proc/TID/stat failed (in the toolchain only libdispatch, whose thread pool watches its workers that way,
    /// holds that path); before that, every run had been exit 3. Panel now refuses such a host with the remedy.
    @Test(.enabled(if: geteuid() == 0, "unshare --pid needs root"))
    func aProcOfAnotherPidNamespaceIsRefusedWithTheRemedy() throws {
        let unshare = try #require(Self.utilLinux("unshare"), "unshare (util-linux) is needed")
        for command in [["submit", PanelBinary.program("accepted"), "--problem", "sum"], ["doctor"]] {
            let result = try PanelBinary.run(
                ["--pid", "--fork", "--kill-child", PanelBinary.executable.path] + command,
                executable: URL(fileURLWithPath: unshare))
            #expect(result.exitCode == 2, "\(command[0]): \(result.stderr)")
            #expect(result.stderr.contains("/proc belongs to another pid namespace"))
            #expect(result.stderr.contains("--mount-proc"))
        }
    }

    @Test func aJobsValueThatIsNotACountIsAUsageError() throws {
        for bad in ["0", "two", "-3"] {
            let result = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", "sum", "-j", bad])
            #expect(result.exitCode == 2)
            #expect(result.stderr.contains("--jobs"))
        }
    }

    @Test func twoPanelsWantingTheSameProgramCompileItOnce() throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("sum-\(UUID().uuidString).swift")
        // A unique comment gives a cache key no other test shares, so neither process finds it compiled.
        let text = try String(contentsOfFile: PanelBinary.program("accepted"), encoding: .utf8) + "// \(UUID())\n"
        try text.write(to: source, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: source) }
        let finished = Mutex<[Int: PanelBinary.Result]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = try? PanelBinary.run(["submit", source.path, "--problem", "sum", "--json", "-j", "2"])
            finished.withLock { $0[index] = result }
        }
        let results = finished.withLock { [$0[0], $0[1]] }
        let compiles = try results.map { result in
            let json = try #require(result).json()
            #expect(json["verdict"] as? String == "AC")
            return try #require((json["compile"] as? [String: Any])?["cached"] as? Bool)
        }
        // The second waited on the key's lock and found the first one's entry.
        #expect(compiles.sorted { !$0 && $1 } == [false, true])
    }
}
