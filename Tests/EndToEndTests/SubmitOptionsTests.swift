import Foundation
import Testing

/// `panel submit --case` and `--watch` through the built binary.
@Suite struct SubmitOptionsTests {
    static let problems = ["--problem", "verify-sum"]

    @Test func oneCaseOrOneGroupRunsAlone() throws {
        let all = try PanelBinary.run(["submit", PanelBinary.program("accepted")] + Self.problems + ["--json"])
        let allTests = try #require(try all.json()["tests"] as? [[String: Any]])
        let first = try #require(allTests.last?["name"] as? String)
        // A whole case name, and its group.
        let one = try PanelBinary.run(
            ["submit", PanelBinary.program("accepted")] + Self.problems + ["--case", first, "--json"])
        let oneTests = try #require(try one.json()["tests"] as? [[String: Any]])
        #expect(oneTests.map { $0["name"] as? String } == [first])
        let group = try PanelBinary.run(
            ["submit", PanelBinary.program("accepted")] + Self.problems + ["--case", "sample", "--json"])
        let groupTests = try #require(try group.json()["tests"] as? [[String: Any]])
        #expect(!groupTests.isEmpty && groupTests.count < allTests.count)
        #expect(groupTests.allSatisfy { ($0["name"] as? String)?.hasPrefix("sample/") == true })
        // The terminal report says only some cases ran.
        let text = try PanelBinary.run(
            ["submit", PanelBinary.program("accepted")] + Self.problems + ["--case", first])
        #expect(text.stdout.contains("(ran 1 of \(allTests.count) cases: --case \(first))"))
    }

    @Test func aCaseByItsNumberAndAnUnknownOneWithASuggestion() throws {
        // The sum fixture's secret cases are 1-small and 2-negative: "secret/2" is the second.
        let numbered = try PanelBinary.run([
            "submit", PanelBinary.program("accepted"), "--problem", "sum", "--case", "secret/2", "--json",
        ])
        let tests = try #require(try numbered.json()["tests"] as? [[String: Any]])
        #expect(tests.map { $0["name"] as? String } == ["secret/2-negative"])
        let unknown = try PanelBinary.run([
            "submit", PanelBinary.program("accepted"), "--problem", "sum", "--case", "secrte",
        ])
        #expect(unknown.exitCode == 2)
        #expect(unknown.stderr.contains("Did you mean 'secret'?"), "\(unknown.stderr)")
    }

    @Test func watchJudgesAgainOnEverySaveAndCtrlCEndsIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("sum.swift")
        try FileManager.default.copyItem(atPath: PanelBinary.program("accepted"), toPath: source.path)
        let output = folder.appendingPathComponent("out.txt")
        FileManager.default.createFile(atPath: output.path, contents: nil)

        let process = Process()
        process.executableURL = PanelBinary.executable
        process.arguments = ["submit", source.path, "--problem", "sum", "--watch"]
        var environment = ProcessInfo.processInfo.environment
        environment["PANEL_CACHE"] = PanelBinary.cache.path
        environment["PANEL_PROBLEMS"] = PanelBinary.fixtures.appendingPathComponent("problems").path
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        /// Waits (up to two minutes) until the output holds `count` verdict lines.
        func verdicts(_ count: Int) throws -> [String] {
            for _ in 0..<1200 {
                let text = try String(contentsOf: output, encoding: .utf8)
                let lines = text.split(separator: "\n").filter { $0.hasPrefix("verdict: ") }.map(String.init)
                if lines.count >= count { return lines }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return []
        }
        #expect(try verdicts(1).first?.hasPrefix("verdict: AC") == true)
        // An editor's save: a new file renamed over the old one.
        let temporary = folder.appendingPathComponent(".sum.swift.tmp")
        try FileManager.default.copyItem(atPath: PanelBinary.program("wrong-answer"), toPath: temporary.path)
        _ = rename(temporary.path, source.path)
        let second = try verdicts(2)
        #expect(second.last?.hasPrefix("verdict: WA") == true, "\(second)")
        #expect(process.isRunning, "watch keeps going after a verdict")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
    }

    @Test func watchRefusesJSON() throws {
        let result = try PanelBinary.run([
            "submit", PanelBinary.program("accepted"), "--problem", "sum", "--watch", "--json",
        ])
        #expect(result.exitCode == 2 && result.stderr.contains("--watch"))
    }
}
