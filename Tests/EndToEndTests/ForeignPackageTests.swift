import Foundation
import Testing

/// Packages in the shapes DOMjudge, problemtools and BAPCtools use (written for Panel's tests, in C, C++,
/// Java and Python): `panel verify` proves each as those tools would, and the verdicts that depend on the
/// shape (multi-pass, exit order of interactive runs, submissions.yaml, validators' own data) are the
/// references' verdicts.
@Suite struct ForeignPackageTests {
    static let folder = PanelBinary.fixtures.appendingPathComponent("foreign")
    static let packages = [
        "legacy-interactive", "bapc-difference", "multipass-doubling", "bapc-expectations", "constants-everywhere",
        "domjudge-limits",
        "judgehost-probes", "time-limit-use",
    ]

    /// `panel verify --json` on a copy of `package`, after `edit` changed the copy.
    static func verify(_ package: String, edit: (URL) throws -> Void = { _ in }) throws -> (
        exitCode: Int32, report: [String: Any], stderr: String
    ) {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-foreign-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: folder.appendingPathComponent(package), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try edit(copy)
        let result = try PanelBinary.run(["verify", copy.path, "--json"])
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let report = try #require(reports?.first, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        return (result.exitCode, report, result.stderr)
    }

    static func verdicts(_ report: [String: Any]) -> [String: String] {
        let rows = report["submissions"] as? [[String: Any]] ?? []
        return Dictionary(
            rows.map { ($0["file"] as? String ?? "", $0["verdict"] as? String ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: packages)
    func packageVerifies(package: String) throws {
        let (exitCode, report, stderr) = try Self.verify(package)
        #expect(exitCode == 0, "\(package): \(report["problems"] ?? "") \(report["warnings"] ?? "")\n\(stderr)")
        #expect(report["ok"] as? Bool == true)
    }

    /// The verdicts DOMjudge and problemtools give these solutions: decided by who exited first and how.
    @Test func interactiveVerdictsFollowTheOrderOfExits() throws {
        let (_, report, _) = try Self.verify("legacy-interactive")
        let verdicts = Self.verdicts(report)
        #expect(verdicts["accepted/Bisect.java"] == "AC")
        #expect(verdicts["accepted/bisect.py"] == "AC")
        // The validator accepted and exited; the solution's own end decides.
        #expect(verdicts["time_limit_exceeded/correct_then_spin.c"] == "TLE")
        #expect(verdicts["run_time_error/correct_then_crash.c"] == "RTE")
        // The validator still waits when the solution times out: its later rejection does not make it WA.
        #expect(verdicts["time_limit_exceeded/never_guesses.py"] == "TLE")
        // A silent solution: the validator reads end-of-file and rejects, never dying of a broken pipe.
        #expect(verdicts["wrong_answer/silent.c"] == "WA")
        // A solution that closes its output does not end the interaction: the validator reads end-of-file
        // only once the solution has ended, so the solution's own end decides (BAPCtools' guess_close_stdout).
        #expect(verdicts["time_limit_exceeded/closes_output_then_sleeps.c"] == "TLE")
        #expect(verdicts["run_time_error/closes_output_then_aborts.c"] == "RTE")
    }

    /// DOMjudge's ranking of the output limit (time limit, then a non-zero exit, then a truncated stdout) and
    /// its unlimited stack, on C and C++ programs: a flood that never ends is TLE, one that crashes RTE, a
    /// clean end past the limit OLE; output of exactly the limit, a stderr flood and a thread are fine.
    @Test func theOutputLimitRanksLastAndThreadsGetAnOrdinaryStack() throws {
        let (_, report, stderr) = try Self.verify("domjudge-limits")
        let verdicts = Self.verdicts(report)
        #expect(verdicts["time_limit_exceeded/flood_stdout.c"] == "TLE", "\(stderr)")
        #expect(verdicts["time_limit_exceeded/flood_stderr.cc"] == "TLE")
        #expect(verdicts["run_time_error/flood_then_abort.c"] == "RTE")
        #expect(verdicts["output_limit/greet_then_pad.c"] == "OLE")
        #expect(verdicts["accepted/exactly_the_limit.c"] == "AC")
        #expect(verdicts["accepted/flood_stderr_then_greet.c"] == "AC")
        #expect(verdicts["accepted/greet_from_a_thread.c"] == "AC")
    }

    /// What DOMjudge's judgehost decides around a run: the Java class to start (a compiled class declaring
    /// main, not a file name or a text search), file names it refuses, and a working directory that takes
    /// no new files (allow_file_writing is false) while /tmp does.
    @Test func judgehostDecisionsAreDOMjudges() throws {
        let (exitCode, report, stderr) = try Self.verify("judgehost-probes")
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
        let verdicts = Self.verdicts(report)
        #expect(verdicts["accepted/two-classes"] == "AC")
        #expect(verdicts["compiler_error/no-entry"] == "CE")
        #expect(verdicts["compiler_error/odd-name"] == "CE")
        #expect(verdicts["wrong_answer/reads_only_here.c"] == "WA")
        // Its only input validator is a .ctd and checktestdata is not installed: skipped, and said so.
        let warnings = try #require(report["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("no input validator ran") && $0.contains("1 skipped") }, "\(warnings)")
        #expect(!warnings.contains { $0.hasPrefix("no input validator (") }, "\(warnings)")
    }

    @Test func allowFileWritingGivesTheWorkingDirectory() throws {
        let (exitCode, report, _) = try Self.verify("judgehost-probes") { copy in
            let file = copy.appendingPathComponent("problem.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            try (text + "allow_file_writing: true\n").write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(exitCode == 1)
        // It created note.txt where it runs, and says so by exiting 1.
        #expect(Self.verdicts(report)["wrong_answer/reads_only_here.c"] == "RTE")
    }

    /// Python 3 runs on PyPy where it is installed, as DOMjudge, problemtools and BAPCtools run it: a recursion
    /// exactly as deep as the limit it sets passes there (and then spins: TLE) and is a RecursionError on
    /// CPython (RTE), the difference DOMjudge's fibonacci example expects. Without PyPy, verify says so.
    @Test func pythonThreeRunsOnPyPyWhereInstalled() throws {
        let program = """
            import sys
            sys.setrecursionlimit(100000)
            def down(n):
                if n == 0:
                    while True:
                        pass
                return down(n - 1) + 1
            input()
            print(down(100000))

            """
        let (_, report, _) = try Self.verify("judgehost-probes") { copy in
            let folder = copy.appendingPathComponent("submissions/time_limit_exceeded")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try program.write(to: folder.appendingPathComponent("deep.py"), atomically: true, encoding: .utf8)
        }
        let warnings = report["warnings"] as? [String] ?? []
        let onCPython = warnings.contains { $0.hasPrefix("Python 3 ran on") && $0.contains("no pypy3") }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/pypy3") {
            #expect(Self.verdicts(report)["time_limit_exceeded/deep.py"] == "TLE", "\(report)")
            #expect(!onCPython, "\(warnings)")
        } else {
            #expect(Self.verdicts(report)["time_limit_exceeded/deep.py"] == "RTE", "\(report)")
            #expect(onCPython, "\(warnings)")
        }
    }

    @Test func aSecondPassIsJudged() throws {
        let (_, report, _) = try Self.verify("multipass-doubling")
        #expect(Self.verdicts(report)["wrong_answer/remembers_first.py"] == "WA")
    }

    @Test func aValidatorAskingForOnePassTooManyIsAJudgeError() throws {
        let (exitCode, report, _) = try Self.verify("multipass-doubling") { copy in
            try
                "problem_format_version: 2023-07-draft\nname: Doubling Twice\ntype: multi-pass\nlimits:\n  validation_passes: 1\n"
                .write(to: copy.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
        }
        #expect(exitCode == 1)
        #expect(Self.verdicts(report)["accepted/double.py"] == "JE")
    }

    @Test func submissionsYAMLAndTheValidatorsOwnDataAreChecked() throws {
        let (exitCode, report, _) = try Self.verify("bapc-difference") { copy in
            // An invalid input the validator accepts, an output the checker wrongly rejects, and a file that
            // submissions.yaml requires to be WA but is accepted.
            try "7 7\n".write(
                to: copy.appendingPathComponent("data/invalid_input/fine.in"), atomically: true, encoding: .utf8)
            try "4\n".write(
                to: copy.appendingPathComponent("data/invalid_output/negative.out"), atomically: true, encoding: .utf8)
            let correct =
                "#include <stdio.h>\nint main(void) { long long a, b; scanf(\"%lld %lld\", &a, &b); "
                + "printf(\"%lld\\n\", a > b ? a - b : b - a); return 0; }\n"
            try correct.write(
                to: copy.appendingPathComponent("submissions/wrong_answer/signed.c"), atomically: true, encoding: .utf8)
        }
        #expect(exitCode == 1)
        let problems = try #require(report["problems"] as? [String])
        #expect(problems.contains { $0.contains("data/invalid_input/fine.in") }, "\(problems)")
        #expect(
            problems.contains { $0.contains("data/invalid_output/negative.out") && $0.contains("AC") }, "\(problems)")
        #expect(problems.contains { $0.contains("wrong_answer/signed.c:") && $0.contains("WA") }, "\(problems)")
        // checktestdata is not on this machine's path in the test: skipped with a note, never a failure.
        let warnings = try #require(report["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("format.ctd") }, "\(warnings)")
    }

    /// submissions.yaml as the 2025-09 spec and BAPCtools read it: each edit breaks one rule, and verify names it.
    @Test(arguments: [
        // Without its entry point the folder program runs main.py, which exits 1.
        (
            "mixed/picked:\n  language: python3\n  entrypoint: right.py\n", "mixed/picked:\n",
            "mixed/picked: RTE on sample/1"
        ),
        // No case's judge message has this text.
        (
            "message: \"wanted 40 but read 41\"", "message: \"wanted 40 but read 42\"",
            "odd_only/round_up_to_odd.py: no judge message on secret/*{ 0, 2, 4, 6, 8 } contains 'wanted 40 but read 42'"
        ),
        // A rule about some cases: the odd ones must be accepted.
        (
            "secret/*{1,3,5,7,9}:\n    permitted: [AC]", "secret/*{1,3,5,7,9}:\n    permitted: [WA]",
            "odd_only/round_up_to_odd.py: AC on secret/13, which submissions.yaml 'odd_only/round_up_to_odd.py' on "
                + "secret/*{1,3,5,7,9} does not permit"
        ),
        // An override's `permitted` replaces the default folder's.
        (
            "wrong_answer:\n  permitted: [AC, WA, RTE]", "wrong_answer:\n  permitted: [AC, RTE]",
            "wrong_answer/crash_on_13.c: WA on sample/1"
        ),
        // A glob that does name accepted/echo.py.
        ("\"*echo.py\":", "\"*/echo.py\":", "accepted/echo.py: never WA"),
    ])
    func submissionsYAMLRulesAreHeld(original: String, replacement: String, failure: String) throws {
        let (exitCode, report, stderr) = try Self.verify("bapc-expectations") { copy in
            let file = copy.appendingPathComponent("submissions/submissions.yaml")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(original))
            try text.replacingOccurrences(of: original, with: replacement).write(
                to: file, atomically: true, encoding: .utf8)
        }
        #expect(exitCode == 1, "\(stderr)")
        let problems = try #require(report["problems"] as? [String])
        #expect(problems.contains { $0.hasPrefix(failure) }, "\(problems)")
    }

    /// `score` bounds the submission's score, and under a test-group key that group's aggregated score (the
    /// compat suite's worked figures: greedy scores 20 on 1-tiny, 20 on 2-small, 37.625 on 3-large).
    @Test(arguments: [
        ("secret/2-small:\n    score: [19.5, 20.5]", 0, nil),
        ("secret/2-small:\n    score: [21, 30]", 1, "scores 20.0"),
        ("\"secret/{1,2}-*\":\n    score: 20", 0, nil),
        ("secret/3-large:\n    score: 50", 1, "scores 37.625"),
        ("secret/4-huge:\n    score: 50", 1, "no case matches 'secret/4-huge'"),
    ])
    func aGroupsScoreIsBounded(group: String, exitCode: Int32, failure: String?) throws {
        let (code, report, stderr) = try Self.verify("../compat/scoring-2023") { copy in
            try "partially_accepted/greedy.swift:\n  score: [77.5, 77.75]\n  \(group)\n".write(
                to: copy.appendingPathComponent("submissions/submissions.yaml"), atomically: true, encoding: .utf8)
        }
        #expect(code == exitCode, "\(report["problems"] ?? "")\n\(stderr)")
        if let failure {
            let problems = try #require(report["problems"] as? [String])
            #expect(problems.contains { $0.hasPrefix("partially_accepted/greedy.swift: \(failure)") }, "\(problems)")
        }
    }

    /// BAPCtools' convention: a submission whose name ends in `.disabled` (or `.template`) is not one.
    @Test func aDisabledSubmissionIsNotJudged() throws {
        let (exitCode, report, _) = try Self.verify("bapc-expectations")
        #expect(exitCode == 0)
        let verdicts = Self.verdicts(report)
        #expect(verdicts["accepted/echo.py"] == "AC")
        #expect(verdicts["accepted/off_by_one.py.disabled"] == nil, "\(verdicts)")
    }

    /// The default folder's own rule still holds where the override says nothing: a solution that never gets
    /// WA fails `wrong_answer`'s inherited `required: [WA]`.
    @Test func anOverriddenDefaultFolderInheritsWhatItLeavesOut() throws {
        let (exitCode, report, _) = try Self.verify("bapc-expectations") { copy in
            try "int main(void) { return 3; }\n".write(
                to: copy.appendingPathComponent("submissions/wrong_answer/crash_on_13.c"), atomically: true,
                encoding: .utf8)
        }
        #expect(exitCode == 1)
        let problems = try #require(report["problems"] as? [String])
        #expect(problems.contains { $0.hasPrefix("wrong_answer/crash_on_13.c: never WA") }, "\(problems)")
    }

    /// As `bt run` proves BAPCtools' hellounix: rejected solutions only are each held to their rule, and the
    /// missing accepted one is a warning; a package with no solution at all still fails.
    @Test func aPackageWithoutAcceptedSolutionsIsVerifiedWithAWarning() throws {
        let (exitCode, report, stderr) = try Self.verify("bapc-expectations") { copy in
            // mixed/picked is held to `permitted: [AC]`, an accepted solution too.
            for folder in ["accepted", "mixed"] {
                try FileManager.default.removeItem(at: copy.appendingPathComponent("submissions/\(folder)"))
            }
        }
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
        let warnings = try #require(report["warnings"] as? [String])
        #expect(warnings.contains { $0.hasPrefix("no accepted solution in submissions/accepted/") }, "\(warnings)")

        let (emptyExit, emptyReport, _) = try Self.verify("bapc-expectations") { copy in
            try FileManager.default.removeItem(at: copy.appendingPathComponent("submissions"))
        }
        #expect(emptyExit == 1)
        let problems = try #require(emptyReport["problems"] as? [String])
        #expect(problems.contains { $0.hasPrefix("no solution in submissions/") }, "\(problems)")
    }

    @Test func aLanguageThisMachineLacksIsNotedAndNeverPasses() throws {
        let (exitCode, report, _) = try Self.verify("bapc-difference") { copy in
            try "fun main() { println(0) }\n".write(
                to: copy.appendingPathComponent("submissions/accepted/difference.kt"), atomically: true,
                encoding: .utf8)
            try "main = interact id\n".write(
                to: copy.appendingPathComponent("submissions/accepted/difference.hs"), atomically: true,
                encoding: .utf8)
        }
        let warnings = try #require(report["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("accepted/difference.hs: not judged") }, "\(warnings)")
        #expect(Self.verdicts(report)["accepted/difference.hs"] == nil)
        if Self.verdicts(report)["accepted/difference.kt"] == nil {
            #expect(warnings.contains { $0.contains("accepted/difference.kt: not judged") }, "\(warnings)")
        }
        #expect(exitCode == 0 || exitCode == 1)
    }

    /// Constants reach the input validator, the include files and test_group.yaml (without them the validator
    /// rejects every input and both accepted solutions fail), never a submission's own text.
    @Test func constantsAreSubstitutedWhereTheSpecPutsThem() throws {
        let (exitCode, report, stderr) = try Self.verify("constants-everywhere")
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
        let verdicts = Self.verdicts(report)
        #expect(verdicts["accepted/add.py"] == "AC")
        #expect(verdicts["accepted/add.c"] == "AC")
        #expect(verdicts["wrong_answer/literal_constant.py"] == "WA")
        // The invalid input is above {{max_n}}: only a validator that got the number rejects it.
        let rejected = try Self.verify("constants-everywhere") { copy in
            try "5\n".write(
                to: copy.appendingPathComponent("data/invalid_input/above-max.in"), atomically: true, encoding: .utf8)
        }
        let problems = try #require(rejected.report["problems"] as? [String])
        #expect(problems.contains { $0.contains("data/invalid_input/above-max.in") }, "\(problems)")
    }

    /// problemtools' rule: a `.py` file with a `python2` shebang is Python 2, judged by python2 where the
    /// machine has one and otherwise noted, never run as Python 3 (where this one is a syntax error).
    @Test func aPython2SolutionIsJudgedAsPython2OrNoted() throws {
        let (exitCode, report, stderr) = try Self.verify("bapc-difference") { copy in
            try "#!/usr/bin/env python2\na, b = map(int, raw_input().split())\nprint abs(a - b)\n".write(
                to: copy.appendingPathComponent("submissions/accepted/difference2.py"), atomically: true,
                encoding: .utf8)
        }
        let warnings = try #require(report["warnings"] as? [String])
        if let verdict = Self.verdicts(report)["accepted/difference2.py"] {
            #expect(verdict == "AC")
        } else {
            #expect(
                warnings.contains { $0.contains("accepted/difference2.py: not judged: Python 2: no python2") },
                "\(warnings)")
        }
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
    }

    /// Display files are shown, never judged: a log in a problem that is not interactive, or a second display
    /// file beside it, is a note and verification still passes.
    @Test func sampleDisplayFilesAreCheckedAsNotes() throws {
        let (exitCode, report, stderr) = try Self.verify("bapc-difference") { copy in
            let sample = copy.appendingPathComponent("data/sample")
            try "<3 8\n>5\n".write(
                to: sample.appendingPathComponent("1.interaction"), atomically: true, encoding: .utf8)
            try "5\n".write(to: sample.appendingPathComponent("1.out"), atomically: true, encoding: .utf8)
        }
        let warnings = try #require(report["warnings"] as? [String])
        #expect(
            warnings.contains { $0.contains("data/sample/1.interaction: an interaction log") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("data/sample/1.out: a sample shown by its .interaction") })
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
    }

    /// submissions.yaml `use_for_time_limit` decides which submissions bound the time limit from below: the
    /// folder's rule opted out, one accepted solution and one wrong one (`lower`) opted in. A DOMjudge
    /// `@EXPECTED_SCORE@:` marker naming a verdict states it as `@EXPECTED_RESULTS@:` does.
    @Test func useForTimeLimitChoosesWhatBoundsTheLimit() throws {
        let (exitCode, report, stderr) = try Self.verify("time-limit-use")
        #expect(exitCode == 0, "\(report["problems"] ?? "")\n\(stderr)")
        let source = report["time_limit_source"] as? String ?? ""
        let verdicts = Self.verdicts(report)
        #expect(verdicts["wrong_answer/off_by_one.c"] == "WA")
        // echo.c, off_by_one.c and spins_on_big.c, timed on the sample alone (its secret cases spin).
        #expect(source.contains("derived from 3 accepted solutions"), "\(source)")
        #expect(verdicts["time_limit_exceeded/spins_on_big.c"] == "TLE")
        #expect(verdicts["other/says_zero.c"] == "WA")
        #expect(verdicts["accepted/echo_again.c"] == "AC")
        // Without submissions.yaml the four accepted solutions bound it, and the others do not.
        let (_, plain, _) = try Self.verify("time-limit-use") { copy in
            try FileManager.default.removeItem(at: copy.appendingPathComponent("submissions/submissions.yaml"))
        }
        #expect((plain["time_limit_source"] as? String ?? "").contains("derived from 4 accepted solutions"))
    }

    @Test func useForTimeLimitTakesOnlyItsFourValues() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-foreign-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("time-limit-use"), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try "accepted:\n  use_for_time_limit: lowest\n".write(
            to: copy.appendingPathComponent("submissions/submissions.yaml"), atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["verify", copy.path])
        #expect(result.exitCode == 2, "\(result.stderr)")
        #expect(result.stderr.contains("use_for_time_limit") && result.stderr.contains("lowest"), "\(result.stderr)")
    }

    /// Panel run by a user without cgroups caps memory with RLIMIT_AS, under which the JVM (javac and java)
    /// does not start: it reserves a heap, a class space and a code cache beyond the limit. Java is exempt, as
    /// problemtools and BAPCtools exempt it, and is held by its -Xmx. Needs root to become uid 65534.
    @Test(
        .enabled(
            if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/javac")))
    func javaBuildsAndRunsForAPanelWithoutCgroups() throws {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("panel-nobody-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: scratch) }
        let package = scratch.appendingPathComponent("p")
        let cache = scratch.appendingPathComponent("cache")
        let panel = scratch.appendingPathComponent("panel")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.folder.appendingPathComponent("judgehost-probes"), to: package)
        try manager.copyItem(at: PanelBinary.executable, to: panel)
        try manager.createDirectory(at: cache, withIntermediateDirectories: true)
        for url in [scratch, package, cache] {
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
        try manager.setAttributes([.ownerAccountID: 65534, .groupOwnerAccountID: 65534], ofItemAtPath: cache.path)
        let result = try PanelBinary.run(
            ["--reuid=65534", "--regid=65534", "--clear-groups", panel.path, "verify", package.path, "--json"],
            environment: ["PANEL_CACHE": cache.path, "HOME": scratch.path],
            executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
        #expect(result.stderr.contains("RLIMIT_AS"), "\(result.stderr)")
        let reports = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let report = try #require(reports?.first, "stdout: \(result.stdout)\nstderr: \(result.stderr)")
        #expect(Self.verdicts(report)["accepted/two-classes"] == "AC", "\(report)")
        #expect(result.exitCode == 0, "\(report["problems"] ?? "")")
    }

    @Test func bapcToolsGeneratedDataThatIsNotCommittedIsRefusedNamingIt() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-foreign-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("bapc-difference"), to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.removeItem(at: copy.appendingPathComponent("data/secret"))
        try FileManager.default.removeItem(at: copy.appendingPathComponent("data/sample"))
        let result = try PanelBinary.run(["verify", copy.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("generators/generators.yaml"), "\(result.stderr)")
        #expect(result.stderr.contains("bt generate"), "\(result.stderr)")
    }
}
