import Foundation
import Testing

/// The compatibility suite (`Tests/Fixtures/compat`): packages written the way a problemtools or DOMjudge
/// author writes them, judged through the built binary. Every package must verify; the verdicts, validator
/// messages and scores are the ones Kattis gives, worked out by hand in each package's `submissions/README.md`.
@Suite struct CompatibilityTests {
    static let folder = PanelBinary.fixtures.appendingPathComponent("compat")

    /// Every package of the suite: each folder with a `problem.yaml`.
    static let packages: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/problem.yaml").path)
        }.sorted()
    }()

    /// `panel submit` of a package's own reference solution, with the parsed JSON report.
    static func submit(
        _ package: String,
        _ solution: String,
        options: [String] = []
    ) throws -> (result: PanelBinary.Result, json: [String: Any]) {
        let source = folder.appendingPathComponent("\(package)/submissions/\(solution)").path
        let result = try PanelBinary.run(
            ["submit", source, "--problems", folder.path, "--problem", package, "--json"] + options)
        return (result, try result.json())
    }

    /// The report's tests by case name.
    static func tests(_ json: [String: Any]) throws -> [String: [String: Any]] {
        let tests = try #require(json["tests"] as? [[String: Any]])
        return Dictionary(tests.map { ($0["name"] as? String ?? "", $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// A private copy of a package, to change one thing in.
    struct Copy {
        let folder: URL

        init(of package: String) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-compat-\(UUID().uuidString)")
            try FileManager.default.copyItem(at: CompatibilityTests.folder.appendingPathComponent(package), to: folder)
        }

        func write(_ text: String, to path: String) throws {
            try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    @Test func theSuiteHoldsItsPackages() {
        let expected: Set = [
            "guess", "legacy-float", "nested-2023", "cpp-checker", "python-checker", "scoring-2023", "scoring-legacy",
        ]
        #expect(expected.isSubset(of: Set(Self.packages)), "\(Self.packages)")
    }

    // MARK: Every package verifies

    @Test(arguments: packages)
    func packageVerifies(package: String) throws {
        let result = try PanelBinary.run(["verify", "--problems", Self.folder.path, package, "--json"])
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let report = try #require(reports?.first, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(
            result.exitCode == 0,
            "\(package): \(report["problems"] ?? "") \(report["warnings"] ?? "")\nstderr: \(result.stderr)")
        #expect(report["ok"] as? Bool == true)
        // Every package ships input validators, and they accept every input.
        let inputs = try #require(report["input_validation"] as? [String: Any], "\(report)")
        #expect((inputs["validators"] as? Int ?? 0) >= 1, "\(inputs)")
    }

    // MARK: Verdicts and messages of the rejected solutions

    /// A reference solution that is rejected somewhere: the verdict of every case that is not AC (all the
    /// others must be AC) and what the validator says there.
    struct Rejection: Sendable, CustomTestStringConvertible {
        var package: String
        var solution: String
        var caseCount: Int
        var rejected: [String: String]
        var messages: [String: String] = [:]

        var testDescription: String { "\(package) \(solution)" }
    }

    static let rejections: [Rejection] = [
        // float_tolerance 1e-6: four decimals are too few for 3/7 and 1.002007…, enough for 665333.33…
        // (relative) and for integers; "PARALLEL" is untouched.
        Rejection(
            package: "legacy-float", solution: "wrong_answer/four_decimals.swift", caseCount: 10,
            rejected: ["secret/1-crossing/02-sevenths": "WA", "secret/1-crossing/03-steep": "WA"]),
        // Lower case passes where the validator ignores case (sample/2) and fails where
        // data/secret/2-parallel/testdata.yaml adds case_sensitive, in both of its subgroups.
        Rejection(
            package: "legacy-float", solution: "wrong_answer/lowercase.swift", caseCount: 10,
            rejected: [
                "secret/2-parallel/1-slanted/01-shifted": "WA", "secret/2-parallel/1-slanted/02-diagonal": "WA",
                "secret/2-parallel/2-axis/01-vertical": "WA", "secret/2-parallel/2-axis/02-horizontal": "WA",
            ]),
        // Six decimals pass under the root group's float_tolerance 1e-6 and fail where 2-pinches replaces it
        // with a relative tolerance.
        Rejection(
            package: "nested-2023", solution: "wrong_answer/six_decimals.swift", caseCount: 8,
            rejected: ["secret/2-pinches/01-saffron": "WA", "secret/2-pinches/02-vanilla": "WA"]),
        Rejection(
            package: "cpp-checker", solution: "wrong_answer/same_index.swift", caseCount: 7,
            rejected: [
                "secret/02-half-target": "WA", "secret/04-none-with-half": "WA", "secret/05-large-values": "WA",
            ],
            messages: [
                "secret/02-half-target": "the two indices must differ, got 1 twice",
                "secret/04-none-with-half": "the two indices must differ, got 1 twice",
            ]),
        Rejection(
            package: "python-checker", solution: "wrong_answer/small_divisors.swift", caseCount: 7,
            rejected: ["secret/02-prime-square": "WA", "secret/03-two-large-primes": "WA"],
            messages: [
                "secret/02-prime-square": "said prime, but 999966000289 is not prime",
                "secret/03-two-large-primes": "said prime, but 999985999949 is not prime",
            ]),
    ]

    @Test(arguments: rejections)
    func rejectedWhereTheFlagsSay(expected: Rejection) throws {
        let (result, json) = try Self.submit(expected.package, expected.solution)
        #expect(result.exitCode == 1, "stderr: \(result.stderr)")
        let tests = try Self.tests(json)
        #expect(tests.count == expected.caseCount)
        for (name, test) in tests {
            #expect(test["verdict"] as? String == expected.rejected[name] ?? "AC", "\(name): \(test)")
        }
        for (name, message) in expected.messages {
            #expect((tests[name]?["message"] as? String)?.contains(message) == true, "\(name): \(tests[name] ?? [:])")
        }
    }

    @Test func aFailingCaseShowsItsHintAndDescription() throws {
        let tests = try Self.tests(Self.submit("nested-2023", "wrong_answer/six_decimals.swift").json)
        let saffron = try #require(tests["secret/2-pinches/01-saffron"])
        #expect((saffron["hint"] as? String)?.hasPrefix("Amounts here are far below a milligram") == true, "\(saffron)")
        #expect(saffron["description"] as? String == "One ingredient scaled to about 3.3e-6 grams.")
        let vanilla = try #require(tests["secret/2-pinches/02-vanilla"])
        #expect(vanilla["hint"] == nil)
        #expect(vanilla["description"] as? String == "Two ingredients scaled to about 2e-6 grams.")
        // An accepted case keeps its description to itself.
        #expect(tests["secret/1-kitchen/2-restaurant/02-canteen"]?["description"] == nil)
    }

    // MARK: Scores

    /// The score Kattis gives a reference solution of a scoring package (see its submissions/README.md).
    struct Score: Sendable, CustomTestStringConvertible {
        var package: String
        var solution: String
        var verdict: String
        var score: Double
        var maxScore: Double?
        var groups: [String: Double]
        var cases: [String: Double] = [:]

        var testDescription: String { "\(package) \(solution) scores \(score)" }
    }

    static let scores: [Score] = [
        Score(
            package: "scoring-2023", solution: "accepted/dynamic_programming.swift", verdict: "AC", score: 100,
            maxScore: 100,
            groups: ["secret/1-tiny": 20, "secret/2-small": 30, "secret/3-large": 50, "secret": 100],
            cases: ["secret/2-small/02-two-fives": 30, "secret/3-large/01-blocker": 25]),
        Score(
            package: "scoring-2023", solution: "partially_accepted/greedy.swift", verdict: "AC", score: 77.625,
            maxScore: 100,
            groups: ["secret/1-tiny": 20, "secret/2-small": 20, "secret/3-large": 37.625, "secret": 77.625],
            cases: [
                "secret/2-small/01-greedy-works": 30, "secret/2-small/02-two-fives": 20,
                "secret/2-small/03-two-fours": 150.0 / 7, "secret/3-large/01-blocker": 20.625,
                "secret/3-large/02-half-and-a-bit": 17,
            ]),
        // WA on 1-tiny/01-two-halves: 2-small requires 1-tiny and scores nothing.
        Score(
            package: "scoring-2023", solution: "wrong_answer/off_by_one.swift", verdict: "WA", score: 37.625,
            maxScore: 100,
            groups: ["secret/1-tiny": 0, "secret/2-small": 0, "secret/3-large": 37.625, "secret": 37.625],
            cases: ["secret/2-small/02-two-fives": 0, "secret/3-large/01-blocker": 20.625]),
        Score(
            package: "scoring-legacy", solution: "accepted/dynamic_programming.swift", verdict: "AC", score: 100,
            groups: ["secret/1-canonical": 20, "secret/2-tricky": 30, "secret/3-bulk": 50, "secret": 100],
            cases: ["secret/2-tricky/01-three-fours": 10, "secret/3-bulk/05-odd-amount": 10]),
        // WA on a sample and in 2-tricky, still accepted: ignore_sample at the root, accept_if_any_accepted in
        // secret, always_accept in 3-bulk.
        Score(
            package: "scoring-legacy", solution: "partially_accepted/greedy.swift", verdict: "AC", score: 55,
            groups: ["sample": 0, "secret/1-canonical": 20, "secret/2-tricky": 10, "secret/3-bulk": 25, "secret": 55],
            cases: [
                "secret/1-canonical/01-cents": 20, "secret/2-tricky/01-three-fours": 0,
                "secret/2-tricky/02-greedy-lucky": 10, "secret/2-tricky/03-no-ones": 0, "secret/3-bulk/01-sevens": 1,
                "secret/3-bulk/02-ninety-nine": 10, "secret/3-bulk/03-fours-and-sevens": 0, "secret/3-bulk/04-sixes": 4,
                "secret/3-bulk/05-odd-amount": 10,
            ]),
    ]

    /// The validators print score multipliers with 12 decimals.
    static func close(_ value: Any?, _ expected: Double) -> Bool {
        guard let number = value as? Double ?? (value as? Int).map(Double.init) else { return false }
        return abs(number - expected) < 1e-6
    }

    @Test(arguments: scores)
    func scoreAsKattisGivesIt(expected: Score) throws {
        let (result, json) = try Self.submit(expected.package, expected.solution)
        #expect(json["verdict"] as? String == expected.verdict, "stderr: \(result.stderr)")
        #expect(result.exitCode == (expected.verdict == "AC" ? 0 : 1))
        #expect(Self.close(json["score"], expected.score), "score \(json["score"] ?? "none")")
        let scoring = try #require(json["scoring"] as? [String: Any])
        if let maximum = expected.maxScore {
            #expect(Self.close(scoring["max_score"], maximum), "\(scoring)")
        }
        let groups = try #require(scoring["groups"] as? [[String: Any]])
        let byName = Dictionary(
            groups.map { ($0["group"] as? String ?? "", $0["score"]) }, uniquingKeysWith: { a, _ in a })
        for (group, score) in expected.groups {
            #expect(Self.close(byName[group] ?? nil, score), "\(group): \(byName[group] as Any)")
        }
        let tests = try Self.tests(json)
        for (name, score) in expected.cases {
            #expect(Self.close(tests[name]?["score"], score), "\(name): \(tests[name] ?? [:])")
        }
    }

    @Test func theTerminalShowsTheScore() throws {
        let source = Self.folder.appendingPathComponent("scoring-2023/submissions/partially_accepted/greedy.swift")
        let result = try PanelBinary.run([
            "submit", source.path, "--problems", Self.folder.path, "--problem", "scoring-2023",
        ])
        #expect(result.stdout.contains("score: 77.6"), "\(result.stdout)")
        #expect(result.stdout.contains("of 100"), "\(result.stdout)")
    }

    // MARK: Interactive

    @Test func binarySearchIsAccepted() throws {
        let (result, json) = try Self.submit("guess", "accepted/binary_search.swift")
        #expect(json["verdict"] as? String == "AC", "stderr: \(result.stderr)")
        #expect(try Self.tests(json).values.allSatisfy { $0["verdict"] as? String == "AC" })
    }

    /// Asking about every number runs out of questions when the secret is large; the validator says so.
    @Test func linearSearchIsAWrongAnswerWithTheValidatorsMessage() throws {
        let tests = try Self.tests(Self.submit("guess", "wrong_answer/linear.swift").json)
        #expect(tests["sample/1"]?["verdict"] as? String == "AC")
        #expect(tests["secret/1-low"]?["verdict"] as? String == "AC")
        for name in ["secret/2-high", "secret/3-middle"] {
            // The validator gives up at question 21 and exits, so the solution's next question dies of SIGPIPE:
            // the validator exited first with a rejection, and that is the verdict (problemtools also counts
            // a SIGPIPE as a clean exit and lets the validator decide).
            #expect(tests[name]?["verdict"] as? String == "WA", "\(name): \(tests[name] ?? [:])")
            #expect(tests[name]?["message"] as? String == "more than 20 questions", "\(name): \(tests[name] ?? [:])")
        }
    }

    /// A question left in the buffer blocks both sides; the wall-clock limit (2 × 1 s + 1 s) ends the
    /// solution, and the validator, reading end-of-file, ends too.
    @Test func aSolutionThatNeverFlushesTimesOutAndPanelReturns() throws {
        let start = ContinuousClock.now
        let (result, json) = try Self.submit(
            "guess", "time_limit_exceeded/never_flushes.swift", options: ["--fail-fast"])
        let elapsed = ContinuousClock.now - start
        #expect(json["verdict"] as? String == "TLE", "stderr: \(result.stderr)")
        let test = try #require((json["tests"] as? [[String: Any]])?.first)
        #expect((test["wall_ms"] as? Int ?? .max) < 4_000, "\(test)")
        #expect(elapsed < .seconds(30), "panel took \(elapsed)")
    }

    @Test func aCrashIsARunTimeError() throws {
        let (result, json) = try Self.submit("guess", "run_time_error/crash.swift")
        #expect(json["verdict"] as? String == "RTE", "stderr: \(result.stderr)")
        for (name, test) in try Self.tests(json) {
            #expect(test["verdict"] as? String == "RTE", "\(name): \(test)")
            #expect((test["detail"] as? String)?.contains("signal") == true, "\(name): \(test)")
        }
    }

    /// The validator rejects a malformed line and exits; only then does the solution, reading end-of-file,
    /// crash. The validator exited first with WA, so WA wins over the crash, on every case and every time
    /// (the package with 20 more cases: the order must not depend on timing). problemtools keeps each
    /// process's pipe open until it has reaped that process, so the peer cannot even see the end-of-file
    /// before the first exit is recorded (support/interactive/interactive.cc).
    @Test func aValidatorThatRejectsFirstWinsOverTheCrash() throws {
        let copy = try Copy(of: "guess")
        defer { copy.remove() }
        for index in 1...20 {
            try copy.write("1000 \(index * 37)\n", to: "data/secret/4-more-\(index).in")
            try copy.write("", to: "data/secret/4-more-\(index).ans")
        }
        let source = Self.folder.appendingPathComponent("guess/submissions/wrong_answer/rejected_then_crashes.swift")
        let tests = try Self.tests(
            PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"]).json())
        #expect(tests.count == 24)
        for (name, test) in tests.sorted(by: { $0.key < $1.key }) {
            #expect(test["verdict"] as? String == "WA", "\(name): \(test)")
            #expect(test["message"] as? String == "malformed line 'hello'", "\(name): \(test)")
        }
    }

    // MARK: Differences from problemtools found while writing the suite (failing until fixed)

    /// problemtools merges a group's `testdata.yaml` key by key over its parent's (problemtools/model/
    /// testdata.py, `_load_group`): a group that sets only some keys inherits the others. Here 2-tricky no
    /// longer says `on_reject: continue` and inherits it from data/secret/testdata.yaml, so the greedy still
    /// scores 10 there and 55 in all.
    @Test
    func legacyGroupSettingsAreInheritedKeyByKey() throws {
        let copy = try Copy(of: "scoring-legacy")
        defer { copy.remove() }
        try copy.write(
            "accept_score: 10\nrange: 0 30\ngrader_flags: sum\ninput_validator_flags: max_amount=10\n",
            to: "data/secret/2-tricky/testdata.yaml")
        let source = Self.folder.appendingPathComponent("scoring-legacy/submissions/partially_accepted/greedy.swift")
        let json = try PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"]).json()
        #expect(Self.close(json["score"], 55), "score \(json["score"] ?? "none"), \(json["scoring"] ?? "")")
    }

    /// problemtools passes `validator_flags` then the group's `output_validator_flags`, and its default
    /// validator reads them in order, a later tolerance replacing an earlier one: here the group's absolute
    /// tolerance 1e-4 replaces float_tolerance's absolute part, and four decimals are accepted.
    @Test
    func aLegacyGroupMayReplaceTheProblemsTolerance() throws {
        let copy = try Copy(of: "legacy-float")
        defer { copy.remove() }
        try copy.write(
            "output_validator_flags: float_absolute_tolerance 1e-4\n", to: "data/secret/1-crossing/testdata.yaml")
        let source = Self.folder.appendingPathComponent("legacy-float/submissions/wrong_answer/four_decimals.swift")
        let json = try PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"]).json()
        for (name, test) in try Self.tests(json) {
            #expect(test["verdict"] as? String == "AC", "\(name): \(test)")
        }
    }

    /// A solution that answers, waits for the validator to hang up and then writes once more dies of SIGPIPE.
    /// problemtools counts a broken pipe as a clean exit and lets the validator decide ("In case of broken
    /// pipes, let validator decide", support/interactive/interactive.cc): the validator accepted, so AC.
    @Test func aBrokenPipeAfterTheValidatorAcceptedIsNotARunTimeError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-compat-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("goodbye.swift")
        try """
        // Binary search, then a goodbye after the validator has hung up.
        import Glibc

        let n = Int(readLine()!)!
        var low = 1, high = n
        while low < high {
            let middle = (low + high) / 2
            print("? \\(middle)")
            fflush(stdout)
            switch readLine()! {
            case "<": low = middle + 1
            case ">": high = middle - 1
            default: (low, high) = (middle, middle)
            }
        }
        print("! \\(low)")
        fflush(stdout)
        while readLine() != nil {}
        print("bye")
        fflush(stdout)

        """.write(to: source, atomically: true, encoding: .utf8)
        let result = try PanelBinary.run([
            "submit", source.path, "--problems", Self.folder.path, "--problem", "guess", "--json",
        ])
        for (name, test) in try Self.tests(result.json()) {
            #expect(test["verdict"] as? String == "AC", "\(name): \(test)")
        }
    }

    /// A validator may close its output to say "no more replies" and then wait for the solution to end. The
    /// solution must see end-of-file at once: one that waits for another reply crashes on it (RTE), rather
    /// than both waiting until the wall-clock limit (TLE). Here a Python interactor replaces guess's.
    @Test func aValidatorThatHangsUpLetsTheSolutionSeeTheEnd() throws {
        let copy = try Copy(of: "guess")
        defer { copy.remove() }
        try FileManager.default.removeItem(at: copy.folder.appendingPathComponent("output_validator/validate.swift"))
        try copy.write(
            """
            import os, sys
            n = int(open(sys.argv[1]).read().split()[0])
            print(n, flush=True)
            answer = sys.stdin.readline()
            os.close(1)  # no more replies (sys.stdout.close() would leave the descriptor open)
            rest = sys.stdin.read()
            sys.exit(42 if answer.startswith("! ") and not rest.strip() else 43)

            """, to: "output_validator/validate.py")
        let source = copy.folder.appendingPathComponent("waits.swift")
        try """
        // Answers at once, then waits for a confirmation that never comes.
        import Glibc

        _ = readLine()!
        print("! 1")
        fflush(stdout)
        _ = readLine()!

        """.write(to: source, atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"])
        let tests = try Self.tests(result.json())
        #expect(!tests.isEmpty, "stderr: \(result.stderr)")
        for (name, test) in tests {
            #expect(test["verdict"] as? String == "RTE", "\(name): \(test)")
        }
    }

    /// An interactive validator that does not compile makes every case a judge error naming why, as a broken
    /// checker does for other problems, rather than stopping with a misleading setup error.
    @Test func aBrokenInteractiveValidatorIsAJudgeError() throws {
        let copy = try Copy(of: "guess")
        defer { copy.remove() }
        try copy.write("let broken: Int = \"not a number\"\n", to: "output_validator/validate.swift")
        let source = Self.folder.appendingPathComponent("guess/submissions/accepted/binary_search.swift")
        let result = try PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"])
        let tests = try Self.tests(result.json())
        #expect(!tests.isEmpty, "stderr: \(result.stderr)")
        for (name, test) in tests {
            #expect(test["verdict"] as? String == "JE", "\(name): \(test)")
            #expect((test["message"] as? String)?.contains("cannot convert") == true, "\(name): \(test)")
        }
    }

    /// A 2023-07 case's `args` reach the submission's command line: here only sample/1 has any, and the
    /// submission crashes when it gets some, so that case alone is a run-time error.
    @Test func aCasesArgsReachTheSubmission() throws {
        let copy = try Copy(of: "nested-2023")
        defer { copy.remove() }
        try copy.write("args: [--scale, two words]\n", to: "data/sample/1.yaml")
        let source = copy.folder.appendingPathComponent("arguments.swift")
        try """
        if CommandLine.arguments.dropFirst() == ["--scale", "two words"] { fatalError("got my arguments") }
        print(CommandLine.arguments.count)

        """.write(to: source, atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["submit", source.path, "--problem", copy.folder.path, "--json"])
        let tests = try Self.tests(result.json())
        #expect(tests["sample/1"]?["verdict"] as? String == "RTE", "\(tests["sample/1"] ?? [:])")
        #expect(tests["sample/2"]?["verdict"] as? String == "WA", "\(tests["sample/2"] ?? [:])")
    }

    /// Input validators get their group's `input_validator_flags` (legacy) or `input_validator_args`
    /// (2023-07); 2-tricky limits amounts to 10, so an amount of 50 there is invalid.
    @Test
    func inputValidatorsGetTheirGroupsFlags() throws {
        let copy = try Copy(of: "scoring-legacy")
        defer { copy.remove() }
        try copy.write("3 50\n1 3 4\n", to: "data/secret/2-tricky/04-large-amount.in")
        try copy.write("13\n4 4 4 4 4 4 4 4 4 4 4 3 3\n", to: "data/secret/2-tricky/04-large-amount.ans")
        let result = try PanelBinary.run(["verify", copy.folder.path, "--json"])
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let problems = try #require(reports?.first?["problems"] as? [String])
        #expect(result.exitCode == 1)
        #expect(problems.contains { $0.contains("secret/2-tricky/04-large-amount") }, "\(problems)")
    }
}
