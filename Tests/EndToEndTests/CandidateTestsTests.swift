import Foundation
import Testing

/// The candidate's own tests (`tests/<slug>/`) through the built `panel loop`: real compiled validators,
/// reference and known-wrong solutions of the `tests-sum` fixture package, and a candidate folder made here,
/// with the hostile files only a test can make (links, FIFOs, huge files, odd names).
@Suite(.serialized) struct CandidateTestsTests {
    static let problem = LoopTests.fixtures.appendingPathComponent("problems/tests-sum")

    /// A temporary candidate folder with `solution` as `tests-sum.swift`, and a one-round loop file.
    struct Candidate {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-owntests-\(UUID().uuidString)")
        var folder: URL { root.appendingPathComponent("dana") }
        var tests: URL { folder.appendingPathComponent("tests/tests-sum") }
        var loop: URL { root.appendingPathComponent("loop.yaml") }

        init(solution: String) throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try solution.write(to: folder.appendingPathComponent("tests-sum.swift"), atomically: true, encoding: .utf8)
            let loop = """
                title: Tests loop
                rounds:
                  - id: screen
                    title: Screen
                    kind: screen
                    interviewer: standard
                    problems: ["\(CandidateTestsTests.problem.path)"]
                """
            try loop.write(to: self.loop, atomically: true, encoding: .utf8)
        }

        /// Writes `tests/tests-sum/<name>.in` and, when given, `<name>.ans`.
        func test(_ name: String, _ input: String, answer: String? = nil) throws {
            try FileManager.default.createDirectory(at: tests, withIntermediateDirectories: true)
            try input.write(to: tests.appendingPathComponent(name + ".in"), atomically: true, encoding: .utf8)
            if let answer {
                try answer.write(to: tests.appendingPathComponent(name + ".ans"), atomically: true, encoding: .utf8)
            }
        }

        /// Runs the loop (with `environment` added to the test's); returns the exit code and the problem's evidence.
        func run(environment: [String: String] = [:]) throws -> (
            exitCode: Int32, problem: [String: Any], testing: [String: Any]
        ) {
            let result = try PanelBinary.run(
                [
                    "loop", folder.path, "--loop", loop.path, "--report-dir",
                    root.appendingPathComponent("reports").path, "--problems", LoopTests.shippedProblems.path, "--json",
                ], environment: environment)
            #expect([0, 1].contains(result.exitCode), "\(result.stderr)")
            let json = try result.json()
            let round = try LoopTests.round(json, "screen")
            let evidence = try #require(round["evidence"] as? [String: Any])
            let problem = try #require((evidence["problems"] as? [[String: Any]])?.first)
            let testingRating = try #require((round["attributes"] as? [String: Any])?["testing"] as? [String: Any])
            return (result.exitCode, problem, testingRating)
        }

        func remove() {
            try? FileManager.default.removeItem(at: root)
        }
    }

    static let correct = """
        _ = readLine()
        print(readLine()!.split(separator: " ").map { Int($0)! }.reduce(0, +))
        """

    static func tests(_ problem: [String: Any]) throws -> [String: Any] {
        try #require(problem["candidate_tests"] as? [String: Any])
    }

    static func row(_ tests: [String: Any], _ name: String) throws -> [String: Any] {
        try #require((tests["tests"] as? [[String: Any]])?.first { $0["name"] as? String == name })
    }

    @Test func testsAreValidatedAnswersCheckedAndKnownBugsCaught() throws {
        // The candidate's own solution skips negative numbers: it runs on their tests like on any other.
        let candidate = try Candidate(
            solution: """
                _ = readLine()
                print(readLine()!.split(separator: " ").map { Int($0)! }.filter { $0 >= 0 }.reduce(0, +))
                """)
        defer { candidate.remove() }
        try candidate.test("01-three-numbers", "3\n1 2 3\n", answer: "6\n")
        try candidate.test("02-negative", "2\n-4 1\n", answer: "-3\n")
        try candidate.test("03-wrong-expectation", "2\n2 2\n", answer: "5\n")
        try candidate.test("04-too-many-numbers", "2\n1 2 3\n", answer: "6\n")
        try candidate.test("05-no-answer", "1\n7\n")

        let tests = try Self.tests(try candidate.run().problem)
        #expect(tests["written"] as? Int == 5)
        #expect(tests["valid"] as? Int == 4)
        #expect(tests["answers"] as? Int == 3)
        #expect(tests["right_answers"] as? Int == 2)
        let invalid = try Self.row(tests, "04-too-many-numbers")
        #expect(invalid["valid"] as? Bool == false)
        #expect(
            (invalid["reason"] as? String)?.contains("line 2 must hold exactly 2 integers") == true,
            "the validator's own message names why: \(invalid)")
        #expect(try Self.row(tests, "03-wrong-expectation")["answer"] as? String == "wrong")
        #expect(try Self.row(tests, "01-three-numbers")["answer"] as? String == "right")
        #expect(try Self.row(tests, "05-no-answer")["answer"] as? String == "none")

        // The candidate's solution: right on 01, 03 and 05, wrong on the negative test.
        #expect(tests["solution_passed"] as? Int == 3)
        #expect(try Self.row(tests, "02-negative")["verdict"] as? String == "WA")

        // 01 catches first-two, 02 catches skips-negatives; n = 1 (05) catches the run-time error.
        #expect(tests["bugs_known"] as? Int == 4)
        #expect(tests["bugs_caught"] as? Int == 3)
        let caught = try #require(tests["caught"] as? [[String: Any]])
        let byFile = Dictionary(
            caught.map { ($0["file"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byFile["first-two.swift"]?["test"] as? String == "01-three-numbers")
        #expect(byFile["skips-negatives.swift"]?["test"] as? String == "02-negative")
        #expect(byFile["one-number-traps.swift"]?["verdict"] as? String == "RTE")
        let missed = try #require(tests["missed"] as? [[String: Any]])
        #expect(missed.count == 1)
        #expect(missed.first?["category"] as? String == "time_limit_exceeded")
        #expect(missed.first?["file"] as? String == "spins-on-large.swift")
    }

    @Test func theRubricNamesAWrongExpectedAnswerAndRatesTheTests() throws {
        let candidate = try Candidate(solution: Self.correct)
        defer { candidate.remove() }
        try candidate.test("01-large-number", "3\n1000 2 3\n", answer: "1005\n")
        try candidate.test("02-wrong", "2\n-1 -1\n", answer: "2\n")
        let (_, problem, testing) = try candidate.run()
        let tests = try Self.tests(problem)
        // 01 makes the spinner time out and first-two fail; 02 catches skips-negatives.
        let caught = (tests["caught"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }
        #expect(Set(caught) == ["first-two.swift", "skips-negatives.swift", "spins-on-large.swift"])
        let reasons = (testing["reasons"] as? [String] ?? []).joined(separator: "\n")
        #expect(reasons.contains("your expected answer for 02-wrong is wrong"), "\(reasons)")
        #expect(reasons.contains("hidden edge and correctness tests"), "the edge-case pass rate stays a signal")
        // Half the expected answers are wrong: not strong hire, and one more wrong answer would make it no_hire.
        #expect(testing["rating"] as? String == "hire", "\(reasons)")
        #expect(reasons.contains("not strong hire: needs answers_right ≥ 1"), "\(reasons)")
    }

    @Test func noTestsWrittenIsSaidAndRated() throws {
        let candidate = try Candidate(solution: Self.correct)
        defer { candidate.remove() }
        let (exitCode, problem, testing) = try candidate.run()
        let tests = try Self.tests(problem)
        #expect(tests["written"] as? Int == 0)
        #expect(tests["bugs_known"] as? Int == 4)
        let reasons = (testing["reasons"] as? [String] ?? []).joined(separator: "\n")
        #expect(reasons.contains("own tests: no tests written"), "\(reasons)")
        #expect(testing["rating"] as? String == "hire", "without tests the edge cases alone give at most hire")
        #expect(exitCode == 0)
    }

    @Test func anInputThatHangsTheValidatorOrCrashesTheReferenceIsTheCandidatesInvalidTest() throws {
        let candidate = try Candidate(solution: Self.correct)
        defer { candidate.remove() }
        try candidate.test("01-hangs-validator", "999\n1\n", answer: "1\n")
        try candidate.test(
            "02-crashes-reference", "998\n" + Array(repeating: "1", count: 998).joined(separator: " ") + "\n",
            answer: "998\n")
        try candidate.test("03-fine", "1\n5\n", answer: "5\n")
        let tests = try Self.tests(try candidate.run().problem)
        #expect(tests["written"] as? Int == 3)
        #expect(tests["valid"] as? Int == 1)
        let hang = try Self.row(tests, "01-hangs-validator")
        #expect((hang["reason"] as? String)?.contains("the input validator ran out of time") == true, "\(hang)")
        let crash = try Self.row(tests, "02-crashes-reference")
        #expect((crash["reason"] as? String)?.contains("the reference solution gets RTE") == true, "\(crash)")
        // The valid test still counts: n = 1 catches the run-time error.
        #expect(tests["bugs_caught"] as? Int == 1)
    }

    @Test func linksFIFOsHugeFilesAndOddNamesAreRefusedWithAReason() throws {
        let candidate = try Candidate(solution: Self.correct)
        defer { candidate.remove() }
        try candidate.test("01-fine", "3\n1 2 3\n", answer: "6\n")
        let folder = candidate.tests
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("02-link.in").path, withDestinationPath: "/etc/passwd")
        #expect(mkfifo(folder.appendingPathComponent("03-fifo.in").path, 0o644) == 0)
        let huge = folder.appendingPathComponent("04-huge.in")
        #expect(FileManager.default.createFile(atPath: huge.path, contents: nil))
        #expect(truncate(huge.path, 5 << 20) == 0)
        try "1\n1\n".write(to: folder.appendingPathComponent("05 odd name.in"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("06-folder.in"), withIntermediateDirectories: true)
        // An answer that is a link to a secret: the test is refused, not read through it.
        try "1\n2\n".write(to: folder.appendingPathComponent("07-answer-link.in"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("07-answer-link.ans").path, withDestinationPath: "/etc/shadow")
        try "x".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)

        let tests = try Self.tests(try candidate.run().problem)
        #expect(tests["written"] as? Int == 7)
        #expect(tests["valid"] as? Int == 1)
        let reasons = Dictionary(
            (tests["tests"] as? [[String: Any]] ?? []).map {
                ($0["name"] as? String ?? "", $0["reason"] as? String ?? "")
            },
            uniquingKeysWith: { first, _ in first })
        #expect(reasons["02-link"]?.contains("is a symbolic link (not followed)") == true, "\(reasons)")
        #expect(reasons["03-fifo"]?.contains("is not a regular file (it is a FIFO)") == true, "\(reasons)")
        #expect(reasons["04-huge"]?.contains("is larger than 4 MiB") == true, "\(reasons)")
        #expect(reasons["05 odd name"]?.contains("has a name with characters other than") == true, "\(reasons)")
        #expect(reasons["06-folder"]?.contains("is not a regular file (it is a folder)") == true, "\(reasons)")
        #expect(reasons["07-answer-link"]?.contains("07-answer-link.ans is a symbolic link") == true, "\(reasons)")
        let notes = (tests["notes"] as? [String] ?? []).joined(separator: "\n")
        #expect(notes.contains("notes.txt is neither a .in nor a .ans file"), "\(notes)")
    }

    @Test func referenceAnswersAndKnownBugVerdictsAreCachedAcrossCandidates() throws {
        // A cache of its own: the suite's shared one gains entries from tests running beside this one.
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("panel-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["PANEL_CACHE": cache.path]
        let first = try Candidate(solution: Self.correct)
        defer { first.remove() }
        try first.test("01-three", "3\n4 5 6\n", answer: "15\n")
        let before = try Self.tests(try first.run(environment: environment).problem)
        let runs = cache.appendingPathComponent("candidate-tests/runs")
        let recorded = try FileManager.default.contentsOfDirectory(atPath: runs.path).filter { !$0.hasPrefix(".") }
        #expect(!recorded.isEmpty, "the known-wrong solutions' verdicts are kept in the cache")
        // Another candidate with the same test gets the same evidence from the cache.
        let second = try Candidate(solution: Self.correct)
        defer { second.remove() }
        try second.test("01-three", "3\n4 5 6\n", answer: "15\n")
        let after = try Self.tests(try second.run(environment: environment).problem)
        #expect(after["caught"] as? [[String: String]] == before["caught"] as? [[String: String]])
        #expect(after["bugs_caught"] as? Int == 1)
        let again = try FileManager.default.contentsOfDirectory(atPath: runs.path).filter { !$0.hasPrefix(".") }
        #expect(Set(again) == Set(recorded), "no verdict was recorded again")
    }
}
