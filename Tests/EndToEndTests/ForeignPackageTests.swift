import Foundation
import Testing

/// Packages in the shapes DOMjudge, problemtools and BAPCtools use (written for Panel's tests, in C, C++,
/// Java and Python): `panel verify` proves each as those tools would, and the verdicts that depend on the
/// shape (multi-pass, exit order of interactive runs, submissions.yaml, validators' own data) are the
/// references' verdicts.
@Suite struct ForeignPackageTests {
    static let folder = PanelBinary.fixtures.appendingPathComponent("foreign")
    static let packages = ["legacy-interactive", "bapc-difference", "multipass-doubling", "constants-everywhere"]

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
