import Foundation
import Testing

/// `panel submit` on real compiled Swift programs, one for every verdict, through the built binary.
@Suite struct SubmitTests {
    /// Each fixture program with the verdict Panel must give it on the `sum` problem, and the exit code.
    static let verdicts: [(program: String, verdict: String)] = [
        ("accepted", "AC"),
        ("wrong-answer", "WA"),
        ("spinner", "TLE"),
        ("sleeper", "TLE"),
        ("memory-hog", "MLE"),
        ("output-flood", "OLE"),
        ("crash", "RTE"),
        ("exit-code", "RTE"),
        ("compile-error", "CE"),
        ("deep-recursion", "AC"),
    ]

    @Test(arguments: verdicts)
    func verdictOfEachProgram(program: String, verdict: String) throws {
        let result = try PanelBinary.run(["submit", PanelBinary.program(program), "--problem", "sum", "--json"])
        let json = try result.json()
        #expect(json["verdict"] as? String == verdict, "stderr: \(result.stderr)")
        #expect(result.exitCode == (verdict == "AC" ? 0 : 1))
        #expect(json["problem"] as? String == "sum")
        let sandbox = try #require(json["sandbox"] as? [String: Any])
        #expect(sandbox["limits"] != nil)
        let compile = try #require(json["compile"] as? [String: Any])
        #expect(compile["ok"] as? Bool == (verdict != "CE"))
        let tests = try #require(json["tests"] as? [[String: Any]])
        if verdict == "CE" {
            #expect(tests.isEmpty)
            #expect((compile["diagnostics"] as? String)?.contains("error") == true)
        } else {
            // All tests run by default, and every one carries its measurements, also for failures.
            #expect(tests.count == 3)
            for test in tests {
                #expect(test["cpu_ms"] is Int && test["wall_ms"] is Int && test["memory_kib"] is Int)
            }
            let first = tests.first { $0["verdict"] as? String != "AC" }
            #expect(first?["verdict"] as? String == (verdict == "AC" ? nil : verdict))
        }
    }

    @Test func aCrashCarriesItsSignalAndAnExitCodeItsCode() throws {
        let crash = try PanelBinary.run(["submit", PanelBinary.program("crash"), "--problem", "sum", "--json"]).json()
        let crashTest = try #require((crash["tests"] as? [[String: Any]])?.first)
        #expect((crashTest["detail"] as? String)?.contains("signal") == true)
        let exit = try PanelBinary.run(["submit", PanelBinary.program("exit-code"), "--problem", "sum", "--json"])
            .json()
        let exitTest = try #require((exit["tests"] as? [[String: Any]])?.first)
        #expect(exitTest["detail"] as? String == "exit code 3")
    }

    @Test func aBrokenValidatorIsAJudgeErrorNotTheCandidatesWrongAnswer() throws {
        let result = try PanelBinary.run([
            "submit", PanelBinary.program("accepted"), "--problem", "sum-broken-validator", "--json",
        ])
        let json = try result.json()
        #expect(json["verdict"] as? String == "JE")
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.allSatisfy { $0["verdict"] as? String == "JE" })
    }

    @Test func aSecondSubmitOfTheSameFileSkipsCompilation() throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("sum-\(UUID().uuidString).swift")
        // A unique comment gives a cache key no other test shares.
        let text = try String(contentsOfFile: PanelBinary.program("accepted"), encoding: .utf8) + "// \(UUID())\n"
        try text.write(to: source, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: source) }
        let first = try PanelBinary.run(["submit", source.path, "--problem", "sum", "--json"]).json()
        let second = try PanelBinary.run(["submit", source.path, "--problem", "sum", "--json"]).json()
        #expect((first["compile"] as? [String: Any])?["cached"] as? Bool == false)
        #expect((second["compile"] as? [String: Any])?["cached"] as? Bool == true)
        #expect(second["verdict"] as? String == "AC")
    }

    @Test func failFastStopsAtTheFirstFailure() throws {
        let json = try PanelBinary.run([
            "submit", PanelBinary.program("crash"), "--problem", "sum", "--json", "--fail-fast",
        ]).json()
        #expect((json["tests"] as? [[String: Any]])?.count == 1)
    }

    @Test func aFailedSampleShowsTheFirstDifferingLineButSecretCasesStayHidden() throws {
        let result = try PanelBinary.run(["submit", PanelBinary.program("wrong-answer"), "--problem", "sum"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("verdict: WA"))
        // The sample passes; the first failure is secret, so neither its input nor its answer is printed.
        #expect(result.stdout.contains("secret/1-small"))
        #expect(!result.stdout.contains("987654"))
        #expect(!result.stdout.contains("123456"))
    }

    @Test func theProblemDefaultsToTheFilesBaseName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("panel-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("sum.swift")
        try FileManager.default.copyItem(atPath: PanelBinary.program("accepted"), toPath: source.path)
        let result = try PanelBinary.run(["submit", source.path, "--json"])
        #expect(try result.json()["problem"] as? String == "sum")
    }

    @Test func usageErrorsExitWithTwoAndNameTheProblem() throws {
        let missing = try PanelBinary.run(["submit", "/nonexistent/two-sum.swift"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("no such file"))
        let unknownProblem = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", "summ"])
        #expect(unknownProblem.exitCode == 2)
        #expect(unknownProblem.stderr.contains("did you mean 'sum'"))
        let unknownOption = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--jsn"])
        #expect(unknownOption.exitCode == 2)
        #expect(unknownOption.stderr.contains("Did you mean '--json'"))
    }

    @Test func anInvalidPackageExitsWithTwoNamingFileAndField() throws {
        let package = FileManager.default.temporaryDirectory.appendingPathComponent("panel-bad-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            at: PanelBinary.fixtures.appendingPathComponent("problems/sum"), to: package)
        defer { try? FileManager.default.removeItem(at: package) }
        try "name: Sum\nlimits:\n  time_limit: fast\n".write(
            to: package.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", package.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("problem.yaml:3"))
        #expect(result.stderr.contains("limits.time_limit"))
    }

    @Test func everyCommandHasHelp() throws {
        for command in ["submit", "problems", "show"] {
            let result = try PanelBinary.run([command, "--help"])
            #expect(result.exitCode == 0)
            #expect(result.stdout.contains("Usage: panel \(command)"))
        }
    }
}
