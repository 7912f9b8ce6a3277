import Foundation
import Testing

/// One time-limit rule for `submit` and `verify` (TimeLimitRule), through the built binary, on copies of the
/// derived-limit package: its accepted solution burns 300 ms of CPU per case, so the derived limit is known
/// for each multiplier and resolution, and a candidate burning 1.5 s tells a 1 s limit from a 2 s one.
@Suite struct TimeLimitTests {
    /// A private copy of the derived-limit package with its own problem.yaml, and a cache of its own.
    struct Copy {
        let folder: URL
        let cache: URL

        init(problemYAML: String? = nil) throws {
            let id = UUID().uuidString
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-time-limit-\(id)")
            cache = FileManager.default.temporaryDirectory.appendingPathComponent("panel-time-limit-cache-\(id)")
            try FileManager.default.copyItem(
                at: PanelBinary.fixtures.appendingPathComponent("problems/derived-limit"), to: folder)
            if let problemYAML { try write(problemYAML, to: "problem.yaml") }
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: cache)
        }

        func write(_ text: String, to path: String) throws {
            try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }

        /// `panel submit <program> --problem <copy> --json`: the exit code, verdict and limits.
        func submit(_ program: String) throws -> (exitCode: Int32, verdict: String?, milliseconds: Int?, source: String)
        {
            let result = try PanelBinary.run(
                ["submit", program, "--problem", folder.path, "--json"], environment: ["PANEL_CACHE": cache.path])
            let json = try result.json()
            let limits = try #require(json["limits"] as? [String: Any], "\(result.stdout)\(result.stderr)")
            return (
                result.exitCode, json["verdict"] as? String, limits["time_ms"] as? Int,
                limits["time_limit_source"] as? String ?? ""
            )
        }

        /// `panel verify <copy> --json`: the exit code and the problem's object.
        func verify() throws -> (PanelBinary.Result, [String: Any]) {
            let result = try PanelBinary.run(
                ["verify", folder.path, "--json"], environment: ["PANEL_CACHE": cache.path])
            let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return (result, try #require(list?.first, "\(result.stdout)\(result.stderr)"))
        }
    }

    static let accepted = "submissions/accepted/spin-300ms.c"
    static var slowCandidate: String { PanelBinary.fixtures.appendingPathComponent("programs/spin-1500ms.c").path }
    static var wrongCandidate: String { PanelBinary.fixtures.appendingPathComponent("programs/off-by-one.c").path }

    @Test("with no limit stated, submit and verify judge at the limit the accepted solution gives")
    func derivedLimitIsShared() throws {
        let copy = try Copy()
        defer { copy.remove() }
        // 2 x 300 ms rounds up to 1 s: the 1.5 s candidate is TLE (it was AC at the 2 s Panel once assumed).
        let slow = try copy.submit(Self.slowCandidate)
        #expect(slow.verdict == "TLE")
        #expect(slow.exitCode == 1)
        #expect(slow.milliseconds == 1000)
        #expect(slow.source.hasPrefix("derived from 1 accepted solution: slowest case "), "\(slow.source)")
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 0, "\(json["problems"] ?? "")")
        #expect(json["time_limit_ms"] as? Int == 1000)
        #expect(json["time_limit_source"] as? String == slow.source)
    }

    /// (name, problem.yaml, the derived limit in ms for a 300 ms accepted case).
    static let derivations: [(String, String, Int)] = [
        (
            "ac_to_time_limit 5: 1.5 s rounds up to 2 s",
            "problem_format_version: 2025-09\nname: D\nlimits:\n  time_multipliers:\n    ac_to_time_limit: 5\n", 2000
        ),
        (
            "time_resolution 0.4: 0.6 s rounds up to 0.8 s",
            "problem_format_version: 2025-09\nname: D\nlimits:\n  time_resolution: 0.4\n", 800
        ),
        ("legacy: time_multiplier defaults to 5", "name: D\n", 2000),
        ("legacy: time_multiplier 2", "name: D\nlimits:\n  time_multiplier: 2\n", 1000),
    ]

    @Test("ac_to_time_limit, time_multiplier and time_resolution shape the derived limit", arguments: derivations)
    func multipliersAndResolution(name: String, yaml: String, milliseconds: Int) throws {
        let copy = try Copy(problemYAML: yaml)
        defer { copy.remove() }
        // A candidate that is wrong at once: its verdict does not hang on how busy the machine is.
        let judged = try copy.submit(Self.wrongCandidate)
        #expect(judged.verdict == "WA", "\(name)")
        #expect(judged.milliseconds == milliseconds, "\(name): \(judged.source)")
        #expect(judged.source.hasPrefix("derived from 1 accepted solution"), "\(name): \(judged.source)")
    }

    @Test("a stated limit wins: problem.yaml, else .timelimit; nothing is derived")
    func statedLimitWins() throws {
        let copy = try Copy(problemYAML: "problem_format_version: 2025-09\nname: D\nlimits:\n  time_limit: 4\n")
        defer { copy.remove() }
        let stated = try copy.submit(Self.wrongCandidate)
        #expect(stated.verdict == "WA")
        #expect(stated.milliseconds == 4000)
        #expect(stated.source == "problem.yaml")
        let timeLimits = copy.cache.appendingPathComponent("time-limits")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: timeLimits.path)) ?? [] == [])

        try copy.write("problem_format_version: 2025-09\nname: D\n", to: "problem.yaml")
        try copy.write("3\n", to: ".timelimit")
        let file = try copy.submit(Self.wrongCandidate)
        #expect(file.milliseconds == 3000)
        #expect(file.source == ".timelimit")
    }

    @Test("with no accepted solution judged AC, the limit is one time_resolution, said so")
    func fallbackIsOneResolution() throws {
        let copy = try Copy(problemYAML: "problem_format_version: 2025-09\nname: D\nlimits:\n  time_resolution: 2\n")
        defer { copy.remove() }
        // The package's only accepted solution is wrong: nothing times the limit.
        try FileManager.default.removeItem(at: copy.folder.appendingPathComponent(Self.accepted))
        try FileManager.default.copyItem(
            atPath: Self.wrongCandidate, toPath: copy.folder.appendingPathComponent("submissions/accepted/wrong.c").path
        )
        let judged = try copy.submit(Self.wrongCandidate)
        #expect(judged.verdict == "WA")
        #expect(judged.milliseconds == 2000)
        #expect(judged.source.hasPrefix("default: one time_resolution (2000 ms)"), "\(judged.source)")
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 1)
        #expect(json["time_limit_ms"] as? Int == 2000)
    }

    @Test("the derived limit is cached: submit takes it from the cache until the package changes")
    func derivedLimitIsCached() throws {
        let copy = try Copy()
        defer { copy.remove() }
        #expect(try copy.submit(Self.wrongCandidate).milliseconds == 1000)
        let folder = copy.cache.appendingPathComponent("time-limits")
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }
        let entry = folder.appendingPathComponent(try #require(entries.first))
        #expect(entries.count == 1)
        // An entry that says 7 s is what the next submit uses: it ran no reference solution.
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: entry)) as? [String: Any])
        var edited = record
        edited["milliseconds"] = 7000
        try JSONSerialization.data(withJSONObject: edited).write(to: entry)
        #expect(try copy.submit(Self.wrongCandidate).milliseconds == 7000)
        // Another package (one more case) is another key: derived again.
        try copy.write("3\n", to: "data/secret/2-small.in")
        try copy.write("3\n", to: "data/secret/2-small.ans")
        #expect(try copy.submit(Self.wrongCandidate).milliseconds == 1000)
    }
}
