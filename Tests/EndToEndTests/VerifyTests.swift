import Foundation
import Testing

/// `panel verify` through the built binary, on a package with a solution in every category and an input
/// validator, and on copies of it broken one way each.
@Suite struct VerifyTests {
    /// A private copy of the verify-sum package, to break.
    struct Copy {
        let folder: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-verify-\(UUID().uuidString)")
            try FileManager.default.copyItem(
                at: PanelBinary.fixtures.appendingPathComponent("problems/verify-sum"), to: folder)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        func verify() throws -> (PanelBinary.Result, [String: Any]) {
            let result = try PanelBinary.run(["verify", folder.path, "--json"])
            let list = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            return (result, try #require(list?.first))
        }
    }

    @Test func aSoundPackageIsVerified() throws {
        let result = try PanelBinary.run(["verify", "verify-sum"])
        #expect(result.exitCode == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("verified"))
        #expect(result.stdout.contains("time_limit_exceeded/spinner.swift  TLE"))
        #expect(result.stdout.contains("input validators: 1, 4 inputs, 0 rejected"))
    }

    @Test func aWrongSolutionUnderAcceptedFailsNamingSolutionAndCase() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try FileManager.default.copyItem(
            atPath: PanelBinary.program("wrong-answer"),
            toPath: copy.folder.appendingPathComponent("submissions/accepted/wrong.swift").path)
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 1)
        #expect(json["ok"] as? Bool == false)
        let problems = try #require(json["problems"] as? [String])
        #expect(
            problems.contains { $0.contains("accepted/wrong.swift") && $0.contains("WA on secret/1-small") },
            "\(problems)")
    }

    @Test func aSlowSolutionThatPassesWithTheTimeoutMarginFailsVerify() throws {
        let copy = try Copy()
        defer { copy.remove() }
        // TLE at the 1 s limit, AC at 1.5x it: the limit does not separate it from the accepted ones.
        try """
        import Glibc
        _ = readLine()
        let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
        var counter = 0
        while clock() < clock_t(CLOCKS_PER_SEC) * 12 / 10 {
            for _ in 0..<100_000 { counter &+= 1 }
        }
        print(numbers.reduce(0, +) + (counter == -1 ? 1 : 0))

        """.write(
            to: copy.folder.appendingPathComponent("submissions/time_limit_exceeded/barely.swift"), atomically: true,
            encoding: .utf8)
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 1)
        let problems = try #require(json["problems"] as? [String])
        #expect(
            problems.contains { $0.contains("time_limit_exceeded/barely.swift") && $0.contains("does not separate") },
            "\(problems)")
        #expect(!problems.contains { $0.contains("spinner.swift") }, "\(problems)")
    }

    @Test func anInvalidInputIsNamed() throws {
        let copy = try Copy()
        defer { copy.remove() }
        let data = copy.folder.appendingPathComponent("data/secret")
        try "2\n1 two\n".write(to: data.appendingPathComponent("3-bad.in"), atomically: true, encoding: .utf8)
        try "0\n".write(to: data.appendingPathComponent("3-bad.ans"), atomically: true, encoding: .utf8)
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 1)
        let problems = try #require(json["problems"] as? [String])
        #expect(problems.contains { $0.contains("secret/3-bad") && $0.contains("'two'") }, "\(problems)")
    }

    /// A slowest accepted case past the margin is judged twice more before the margin fails (a busy machine can
    /// double one run's time), and a margin that the best run misses too still fails, naming all three times.
    @Test func aMarginMissedInEveryRunFailsAfterTwoMoreRuns() throws {
        let copy = try Copy()
        defer { copy.remove() }
        // No accepted solution runs in under 1 ms of CPU: at 10000x a 1 s limit has no margin.
        try "name: Verified Sum\nlimits:\n  memory: 128\n  time_limit: 1\n  time_multiplier: 10000\n".write(
            to: copy.folder.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
        let (result, json) = try copy.verify()
        #expect(result.exitCode == 1)
        let problems = try #require(json["problems"] as? [String])
        #expect(problems.contains { $0.contains("the slowest accepted case") }, "\(problems)")
        let warnings = try #require(json["warnings"] as? [String])
        #expect(
            warnings.contains { $0.contains("past the margin; judged again: ") && $0.contains("the best run counts") },
            "\(warnings)")
    }

    @Test func aMissingTimeLimitIsDerivedFromTheAcceptedSolutionsAsSubmitDerivesIt() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try "name: Verified Sum\nlimits:\n  memory: 128\n  time_multiplier: 2\n  time_safety_margin: 1.5\n".write(
            to: copy.folder.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
        // Without a stated limit verify judges at the limit TimeLimitRule derives (one rule with submit): the
        // fast accepted sum gives one time_resolution.
        let (result, json) = try copy.verify()
        #expect(
            (json["time_limit_source"] as? String)?.hasPrefix("derived from 1 accepted solution") == true, "\(json)")
        #expect(json["time_limit_ms"] as? Int == 1000)
        #expect(result.exitCode == 0, "\(json["problems"] ?? "")")
    }
}
