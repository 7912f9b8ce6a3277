import Foundation
import Synchronization
import Testing

/// `panel loop --shard i/n`, `panel verify --shard i/n` and `panel merge` through the built binary: shards run
/// as separate processes at once, their packets merged, compared with one run of the same cohort.
@Suite struct ShardMergeTests {
    /// A loop of a gating screen, an onsite round and a manual culture round on the fixture `loop-sum`.
    static let rounds = """
          - id: onsite
            title: Onsite
            kind: coding
            interviewer: bar-raiser
            problems: ["\(LoopTests.problem)"]
        \(LoopTests.Workspace.culture)
        """

    /// The cohort: hired, stopped at the screen (its later rounds fall on the other shard), and held.
    static let candidates = ["strong", "weak", "held"].map {
        LoopTests.fixtures.appendingPathComponent("candidates/\($0)").path
    }

    static func loop(_ workspace: LoopTests.Workspace, _ candidates: [String], _ extra: [String])
        throws -> PanelBinary.Result
    {
        try PanelBinary.run(
            ["loop"] + candidates + [
                "--loop", workspace.loop.path, "--problems", LoopTests.shippedProblems.path, "--json",
                "--scorecards", LoopTests.fixtures.appendingPathComponent("scorecards").path,
            ] + extra)
    }

    /// What must not differ between one run and a merge: every round's status and recommendation, the decision,
    /// the dissent and the rounds without a decision (timings and the time of the run aside).
    static func outcome(_ loopJSON: URL) throws -> [String] {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: loopJSON)) as? [String: Any])
        let rounds = try LoopTests.rounds(json).map {
            "\($0["id"] ?? "?"): \($0["status"] ?? "?") \($0["recommendation"] as? String ?? "-")"
        }
        let blockers = { (key: String) in
            ((json[key] as? [[String: Any]]) ?? []).map { "\(key) \($0["round"] ?? "?")" }
        }
        return ["\(json["decision"] ?? "?")"] + rounds + blockers("dissent") + blockers("held")
    }

    @Test func twoShardsMergedDecideAsOneRunAndMergeRefusesWhatIsNotOneRun() throws {
        let workspace = try LoopTests.Workspace(rounds: Self.rounds)
        defer { workspace.remove() }
        let folder = workspace.folder
        let single = try Self.loop(
            workspace, Self.candidates, ["--report-dir", folder.appendingPathComponent("one").path])
        #expect(single.exitCode == 1, "stderr: \(single.stderr)")

        // The two shards run at once, as two processes, as two CI jobs would.
        let shards = [1, 2].map { folder.appendingPathComponent("shard-\($0)").path }
        let results = Mutex<[Int: PanelBinary.Result]>([:])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let result = try? Self.loop(
                workspace, Self.candidates, ["--shard", "\(index + 1)/2", "--report-dir", shards[index]])
            results.withLock { $0[index] = result }
        }
        for index in 0..<2 {
            let result = try #require(results.withLock { $0[index] })
            #expect(result.exitCode == 0, "shard \(index + 1): \(result.stderr)")
            // Each shard ran some rounds: the split is real, not one shard doing everything.
            let units = try #require(try result.json()["units"] as? [String])
            #expect(!units.isEmpty && units.count < 9, "shard \(index + 1) ran \(units)")
        }

        let merged = folder.appendingPathComponent("merged")
        let merge = try PanelBinary.run(["merge", shards[1], shards[0], "--report-dir", merged.path, "--json"])
        #expect(merge.exitCode == single.exitCode, "stderr: \(merge.stderr)")
        let cohort = try merge.json()
        #expect(cohort["schema"] as? String == "panel.cohort/v1")
        let lines = try #require(cohort["candidates"] as? [[String: Any]])
        #expect(lines.map { $0["decision"] as? String } == ["HIRE", "NO_HIRE", "HOLD"])
        #expect(lines.map { $0["dissent"] as? [String] } == [[], ["screen"], []])
        #expect(try single.json()["candidates"] as? NSArray == cohort["candidates"] as? NSArray)
        for name in ["strong", "weak", "held"] {
            let one = try Self.outcome(folder.appendingPathComponent("one/\(name)/loop.json"))
            #expect(try Self.outcome(merged.appendingPathComponent("\(name)/loop.json")) == one)
            for file in ["scorecard.md", "junit.xml", "report.html", "rounds/culture.json"] {
                #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("\(name)/\(file)").path))
            }
        }
        // The screen stopped weak's loop: the onsite, whichever shard ran it, is not run.
        #expect(try Self.outcome(merged.appendingPathComponent("weak/loop.json")).contains("onsite: not_run -"))
        let markdown = try String(contentsOf: merged.appendingPathComponent("cohort.md"), encoding: .utf8)
        #expect(markdown.contains("| weak | **NO_HIRE** | screen |"))

        // Refused, exit 2, naming what is wrong: a missing shard, a shard twice, another run's packet, no packet.
        let missing = try PanelBinary.run(["merge", shards[0]])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("missing shard 2/2"), "\(missing.stderr)")
        let twice = try PanelBinary.run(["merge", shards[0], shards[1], shards[0]])
        #expect(twice.exitCode == 2)
        #expect(twice.stderr.contains("shard 1/2 again"), "\(twice.stderr)")
        let other = folder.appendingPathComponent("other-run").path
        let otherShard = try Self.loop(workspace, [Self.candidates[0]], ["--shard", "2/2", "--report-dir", other])
        #expect(otherShard.exitCode == 0, "stderr: \(otherShard.stderr)")
        let mismatched = try PanelBinary.run(["merge", shards[0], other])
        #expect(mismatched.exitCode == 2)
        #expect(mismatched.stderr.contains("\(other): judged other inputs"), "\(mismatched.stderr)")
        let notAPacket = try PanelBinary.run(["merge", shards[0], folder.appendingPathComponent("one").path])
        #expect(notAPacket.exitCode == 2)
        #expect(notAPacket.stderr.contains("one/packet.json: cannot be read"), "\(notAPacket.stderr)")
    }

    @Test func verifyShardsWriteAPacketEvenWithNothingToDoAndMergeInOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-verify-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = ["sum-samples-only", "sum"]
        let shards = [1, 2].map { folder.appendingPathComponent("shard-\($0)").path }
        var units: [[String]] = []
        for index in 0..<2 {
            let result = try PanelBinary.run(
                ["verify"] + problems + ["--shard", "\(index + 1)/2", "--report-dir", shards[index], "--json"])
            #expect([0, 1].contains(result.exitCode), "stderr: \(result.stderr)")
            units.append(try #require(try result.json()["units"] as? [String]))
        }
        // Both problems hash to shard 1 of 2: shard 2 has nothing to do and still writes its packet.
        #expect(units == [["verify/sum-samples-only", "verify/sum"], []])
        let merge = try PanelBinary.run(["merge", shards[1], shards[0]])
        #expect([0, 1].contains(merge.exitCode), "stderr: \(merge.stderr)")
        let order = problems.compactMap { problem in merge.stdout.range(of: "\(problem): time limit")?.lowerBound }
        #expect(order.count == 2 && order == order.sorted(), "\(merge.stdout)")
        let mixed = try PanelBinary.run(["merge", shards[0], shards[1], shards[1]])
        #expect(mixed.exitCode == 2)

        // A shard built with another language table judged other programs: its packet does not merge.
        let table = folder.appendingPathComponent("languages.yaml")
        try """
        python3:
          name: Python 3
          files: "*.py"
          run: "pypy3 {main}"
        """.write(to: table, atomically: true, encoding: .utf8)
        let otherTools = folder.appendingPathComponent("other-tools").path
        let shard = try PanelBinary.run(
            ["verify"] + problems + ["--shard", "2/2", "--report-dir", otherTools],
            environment: ["PANEL_LANGUAGES": table.path])
        #expect(shard.exitCode == 0, "stderr: \(shard.stderr)")
        let toolchains = try PanelBinary.run(["merge", shards[0], otherTools])
        #expect(toolchains.exitCode == 2)
        #expect(toolchains.stderr.contains("language table"), "\(toolchains.stderr)")
    }

    @Test(arguments: ["0/2", "3/2", "2", "1/0", "x/2"])
    func aBadShardIsAUsageError(value: String) throws {
        for command in [["loop", Self.candidates[0]], ["verify", "sum"]] {
            let result = try PanelBinary.run(command + ["--shard", value])
            #expect(result.exitCode == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("--shard '\(value)'"), "\(result.stderr)")
        }
    }

    /// A folder of candidate folders is not a candidate: judged as one, every solution would be missing.
    @Test func aFolderOfCandidateFoldersIsRefusedNamingWhatToGive() throws {
        let folder = LoopTests.fixtures.appendingPathComponent("candidates").path
        let result = try PanelBinary.run(["loop", folder])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("holds no .swift file but candidate folders (bad-scorecard, held, silent"))
        #expect(result.stderr.contains("panel loop \(folder)/*"))
    }
}
