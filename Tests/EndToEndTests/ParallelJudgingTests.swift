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
