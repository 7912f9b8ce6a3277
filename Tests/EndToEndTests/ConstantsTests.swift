import Foundation
import Glibc
import PanelCore
import Testing

/// `constants:` of a 2025-09 package: read from problem.yaml, substituted as `{{name}}`, `{{name.variant}}`
/// and `\constant{name}`, and applied to a validator's sources before it compiles.
@Suite struct ConstantsTests {
    static let package = PanelBinary.fixtures.appendingPathComponent("problems/sum-constants")

    static func constants(_ yaml: String) throws -> ProblemConstants {
        try ProblemConstants.read(YAMLFields(YAMLReader.parse(yaml, file: "problem.yaml"), file: "problem.yaml"))
    }

    @Test func readsScalarsAndVariants() throws {
        let constants = try ProblemLoader.load(Self.package).metadata.constants
        #expect(constants.values["accepted_exit"] == "42")
        #expect(constants.values["accepted_exit.value"] == "42")
        // An integer is written as the reference tools print it: 1_000_000 is 1000000.
        #expect(constants.values["max_abs"] == "1000000")
        #expect(constants.values["max_abs.tex"] == "10^6")
        #expect(constants.values["rejected_exit.words"] == "forty-three")
    }

    static let substitutions: [(text: String, expected: String)] = [
        ("limit {{max_abs}}.", "limit 1000000."),
        ("{{max_abs.value}}/{{max_abs.tex}}", "1000000/10^6"),
        ("{{unknown}} and {{max_abs.nope}} stay", "{{unknown}} and {{max_abs.nope}} stay"),
        ("{{ max_abs }} {max_abs} {{max_abs}", "{{ max_abs }} {max_abs} {{max_abs}"),
        ("{{{max_abs}}}", "{1000000}"),
        ("{{nextsample}} is not a constant", "{{nextsample}} is not a constant"),
        ("ünïcode {{max_abs.tex}} ✓", "ünïcode 10^6 ✓"),
    ]

    @Test(arguments: substitutions)
    func substitutes(text: String, expected: String) throws {
        let constants = try ProblemLoader.load(Self.package).metadata.constants
        #expect(constants.substitute(text) == expected)
    }

    @Test func substitutesLaTeX() throws {
        let constants = try ProblemLoader.load(Self.package).metadata.constants
        #expect(
            constants.substituteLaTeX(#"$n \le \constant{max_abs.tex}$, \constant{max_abs}, \constant{zz}"#)
                == #"$n \le 10^6$, 1000000, \constant{zz}"#)
        // `{{…}}` is Markdown's form, not LaTeX's.
        #expect(constants.substituteLaTeX("{{max_abs}}") == "{{max_abs}}")
    }

    static let invalid: [(yaml: String, message: String)] = [
        ("constants:\n  2bad: 1\n", "constants.2bad"),
        ("constants:\n  k:\n    tex: x\n", "constants.k.value"),
        ("constants:\n  k:\n    value: 1\n    bad-name: 2\n", "constants.k.bad-name"),
        ("constants:\n  k:\n    - 1\n", "constants.k"),
        ("constants: 5\n", "constants"),
    ]

    @Test(arguments: invalid)
    func rejectsBadConstants(yaml: String, message: String) {
        #expect {
            _ = try Self.constants(yaml)
        } throws: { error in
            "\(error)".contains("'\(message)'")
        }
    }

    @Test func copiesAProgramSubstitutingTextFilesOnly() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-constants-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let source = root.appendingPathComponent("program")
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try "print({{k}})\n".write(to: source.appendingPathComponent("a.py"), atomically: true, encoding: .utf8)
        let binary = Data([0x7F, 0x45, 0x4C, 0x46, 0x00] + Array("{{k}}".utf8))
        try binary.write(to: source.appendingPathComponent("blob"))
        try "#!/bin/sh\necho {{k}}\n".write(to: source.appendingPathComponent("run"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: source.path + "/run")

        let constants = try Self.constants("constants:\n  k: 7\n")
        let copy = root.appendingPathComponent("copy")
        try constants.copyProgram(from: source, to: copy)
        #expect(try String(contentsOf: copy.appendingPathComponent("a.py"), encoding: .utf8) == "print(7)\n")
        #expect(try Data(contentsOf: copy.appendingPathComponent("blob")) == binary)
        #expect(try String(contentsOf: copy.appendingPathComponent("run"), encoding: .utf8) == "#!/bin/sh\necho 7\n")
        #expect(FileManager.default.isExecutableFile(atPath: copy.appendingPathComponent("run").path))
        // The original is untouched.
        #expect(try String(contentsOf: source.appendingPathComponent("a.py"), encoding: .utf8) == "print({{k}})\n")
    }

    /// BAPCtools links `validation.h` into its validators by a relative path; the substituted copy lives
    /// elsewhere, so a link to a file is copied as the file (and substituted), never left dangling.
    @Test func aLinkToAFileIsCopiedAsTheFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-link-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let headers = root.appendingPathComponent("headers")
        let source = root.appendingPathComponent("package/validator")
        try FileManager.default.createDirectory(at: headers, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: source, withIntermediateDirectories: true)
        try "#define K {{k}}\n".write(to: headers.appendingPathComponent("shared.h"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: source.appendingPathComponent("shared.h").path, withDestinationPath: "../../headers/shared.h")
        try FileManager.default.createSymbolicLink(
            atPath: source.appendingPathComponent("dangling.h").path, withDestinationPath: "../nowhere.h")

        let copy = root.appendingPathComponent("elsewhere/copy")
        try FileManager.default.createDirectory(
            at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.constants("constants:\n  k: 7\n").copyProgram(from: source, to: copy)
        let header = copy.appendingPathComponent("shared.h")
        #expect(try FileManager.default.destinationOfSymbolicLinkOrNil(atPath: header.path) == nil)
        #expect(try String(contentsOf: header, encoding: .utf8) == "#define K 7\n")
        #expect(
            try FileManager.default.destinationOfSymbolicLink(atPath: copy.appendingPathComponent("dangling.h").path)
                == "../nowhere.h")
    }

    @Test func yamlFilesCanBeReadWithConstants() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("panel-tg-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "output_validator_args: [--max, \"{{max_abs}}\", '{{nope}}']\n".write(
            to: file, atomically: true, encoding: .utf8)
        let constants = try ProblemLoader.load(Self.package).metadata.constants
        let fields = try YAMLFields(YAMLReader.parse(contentsOf: file, substituting: constants), file: file.path)
        #expect(try fields.strings("output_validator_args") == ["--max", "1000000", "{{nope}}"])
    }

    /// A Python validator folder is substituted too (a copy; the package is untouched).
    @Test func pythonValidatorUsesConstants() throws {
        let package = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-pyconst-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            at: PanelBinary.fixtures.appendingPathComponent("problems/sum-python-validator"), to: package)
        defer { try? FileManager.default.removeItem(at: package) }
        let yaml = package.appendingPathComponent("problem.yaml")
        try (String(contentsOf: yaml, encoding: .utf8) + "constants:\n  ok: 42\n  bad: {value: 43}\n").write(
            to: yaml, atomically: true, encoding: .utf8)
        let script = package.appendingPathComponent("output_validator/validate.py")
        let source = try String(contentsOf: script, encoding: .utf8)
        try source.replacingOccurrences(of: "sys.exit(42)", with: "sys.exit({{ok}})")
            .replacingOccurrences(of: "sys.exit(43)", with: "sys.exit({{bad.value}})")
            .write(to: script, atomically: true, encoding: .utf8)
        for (program, verdict) in [("accepted", "AC"), ("wrong-answer", "WA")] {
            let result = try PanelBinary.run([
                "submit", PanelBinary.program(program), "--problem", package.path, "--json",
            ])
            #expect(try result.json()["verdict"] as? String == verdict, "\(result.stderr)")
        }
        #expect(try String(contentsOf: script, encoding: .utf8).contains("{{ok}}"))
    }

    /// An ordinary user copies a validator folder that root owns (FileManager.copyItem would try to copy the
    /// owner too, and fail): with constants, and a build/run folder without them.
    @Test(.enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anOrdinaryUserCopiesValidators() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("panel-nobody-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: home.path)
        defer { try? FileManager.default.removeItem(at: home) }
        for problem in ["sum-constants", "sum-build-run"] {
            let result = try PanelBinary.run(
                [
                    "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/env", "HOME=\(home.path)",
                    "TMPDIR=\(home.path)", "PANEL_CACHE=\(home.path)/cache", PanelBinary.executable.path, "submit",
                    PanelBinary.program("wrong-answer"), "--problem",
                    PanelBinary.fixtures.appendingPathComponent("problems/\(problem)").path, "--json",
                ], executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
            #expect(try result.json()["verdict"] as? String == "WA", "\(problem): \(result.stderr)")
        }
    }

    /// The validator compiles only with its constants substituted: AC and WA prove it ran.
    @Test(arguments: [("accepted", "AC"), ("wrong-answer", "WA")])
    func validatorUsesConstants(program: String, verdict: String) throws {
        let result = try PanelBinary.run(
            ["submit", PanelBinary.program(program), "--problem", Self.package.path, "--json"])
        let json = try result.json()
        #expect(json["verdict"] as? String == verdict, "stderr: \(result.stderr)")
        if verdict == "WA" {
            let failure = (json["tests"] as? [[String: Any]])?.first { $0["verdict"] as? String == "WA" }
            #expect(failure?["message"] as? String == "wrong sum; exit forty-three; {{unknown_name}} stays")
        }
    }
}

extension FileManager {
    /// The target of the symlink at `path`, or nil when `path` is not a symlink.
    fileprivate func destinationOfSymbolicLinkOrNil(atPath path: String) throws -> String? {
        let type = try attributesOfItem(atPath: path)[.type] as? FileAttributeType
        return type == .typeSymbolicLink ? try destinationOfSymbolicLink(atPath: path) : nil
    }
}
