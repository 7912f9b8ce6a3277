import Foundation
import Testing

@testable import PanelCore

/// The language table: its built-in text parses, files are recognised as problemtools recognises them, and
/// submissions.yaml patterns match as BAPCtools matches them.
@Suite struct LanguageTableTests {
    @Test func theBuiltInTableHasTheLanguagesOfTheBrief() {
        let ids = Set(LanguageTable.builtin.languages.map(\.id))
        #expect(ids.isSuperset(of: ["swift", "c", "cpp", "python3", "java", "kotlin"]))
        #expect(LanguageTable.builtin.language("cpp")?.buildsStaticBinary == true)
        #expect(LanguageTable.builtin.language("java")?.buildsStaticBinary == false)
    }

    @Test(arguments: [
        ("a.cc", "cpp"), ("a.C", "cpp"), ("a.c", "c"), ("Main.java", "java"), ("a.py", "python3"),
        ("a.kt", "kotlin"), ("a.swift", "swift"), ("a.rs", "rust"),
    ])
    func aFileIsRecognisedByItsName(name: String, id: String) {
        let file = URL(fileURLWithPath: "/nonexistent/\(name)")
        #expect(LanguageTable.builtin.detect([file])?.language.id == id)
    }

    @Test func aFolderIsTheLanguageOfMostOfItsFilesAndHeadersGoAlong() {
        let files = ["main.cpp", "graph.cpp", "graph.h", "notes.txt"].map { URL(fileURLWithPath: "/x/\($0)") }
        let found = LanguageTable.builtin.detect(files)
        #expect(found?.language.id == "cpp")
        #expect(found?.sources.count == 2)
        #expect(LanguageTable.builtin.detect([URL(fileURLWithPath: "/x/solve.hs")]) == nil)
    }

    @Test func anExtensionlessScriptIsRecognisedByItsShebang() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("panel-shebang-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: script) }
        try "#!/usr/bin/env python3\nprint(1)\n".write(to: script, atomically: true, encoding: .utf8)
        #expect(LanguageTable.builtin.detect([script])?.language.id == "python3")
    }

    /// problemtools' evidence rule: a `.py` file counts for Python 2 only with a `python2` shebang, and for
    /// Python 3 always; a tie goes to Python 2. So a shebang-less helper makes the program Python 3, as there.
    @Test(arguments: [
        (["#!/usr/bin/env python2\nprint 1\n"], "python2"),
        (["#!/usr/bin/python2.7\nprint 1\n"], "python2"),
        (["print(1)\n"], "python3"),
        (["#!/usr/bin/env python3\nprint(1)\n"], "python3"),
        (["#!/usr/bin/env python2\nimport helper\n", "X = 1\n"], "python3"),
        (["#!/usr/bin/env python2\nimport helper\n", "#!/usr/bin/env python2\nX = 1\n"], "python2"),
        (["#!/usr/bin/env python3\nimport helper\n", "X = 1\n"], "python3"),
    ])
    func pythonTwoIsToldFromPythonThreeByItsShebang(texts: [String], id: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try texts.enumerated().map { index, text in
            let file = folder.appendingPathComponent(index == 0 ? "main.py" : "helper.py")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
        let found = LanguageTable.builtin.detect(files)
        #expect(found?.language.id == id)
        #expect(found?.sources.count == files.count)
        #expect(LanguageTable.builtin.detect([URL(fileURLWithPath: "/x/old.py2")])?.language.id == "python2")
    }

    @Test func shebangFilesNeedAShebang() {
        #expect {
            try LanguageTable(
                yaml: "py:\n  files: \"*.py\"\n  shebang_files: \"*.py\"\n  run: \"py {main}\"\n", file: "t.yaml")
        } throws: { error in
            "\(error)".contains("py.shebang")
        }
    }

    @Test func aTableWithoutARunCommandNamesTheFieldAndLanguage() {
        #expect {
            try LanguageTable(yaml: "ocaml:\n  files: \"*.ml\"\n", file: "languages.yaml")
        } throws: { error in
            "\(error)".contains("ocaml.run") && "\(error)".contains("languages.yaml")
        }
    }

    @Test func placeholdersExpandAndFilesBecomeSeveralArguments() {
        let command = Language.expand(
            ["javac", "-d", "{path}", "{files}", "-Xmx{memory}m"],
            values: ["path": ["/b"], "files": ["A.java", "B.java"], "memory": ["512"]])
        #expect(command == ["javac", "-d", "/b", "A.java", "B.java", "-Xmx512m"])
    }

    @Test(arguments: [
        ("accepted", "accepted/a.py", true), ("wa/ac*", "wa/ac_1.py", true), ("wa/ac*", "wa/wa.py", false),
        ("expansion/ac.{py,cpp}", "expansion/ac.cpp", true), ("expansion/ac.{py,cpp}", "expansion/ac.java", false),
        ("match/match_wa", "match/match_wa_2.py", false),
    ])
    func submissionsYAMLPatterns(pattern: String, path: String, matches: Bool) {
        #expect(SubmissionExpectations.matches(pattern, path) == matches)
    }

    /// `a|b` as a command's first word: the first tool this machine has, none when it has neither.
    @Test func aCommandMayNameSeveralToolsAndTheFirstPresentIsUsed() throws {
        let yaml = """
            first:
              files: "*.one"
              run: "panel-no-such-tool|sh {main}"
            none:
              files: "*.two"
              run: "panel-no-such-tool|panel-nor-this {main}"
            """
        let table = try LanguageTable(yaml: yaml, file: "test.yaml")
        let first = try #require(table.language("first"))
        #expect(first.tool(of: first.run).map { URL(fileURLWithPath: $0).lastPathComponent } == "sh")
        let none = try #require(table.language("none"))
        #expect(none.tool(of: none.run) == nil)
        #expect(Language.toolName(none.run.first) == "panel-no-such-tool or panel-nor-this")
    }

    /// The JVM languages start their heap at its cap, as problemtools, BAPCtools and DOMjudge run Java, and
    /// are exempt from RLIMIT_AS (their heap flag caps them); other languages keep it.
    @Test func jvmLanguagesCapTheirOwnHeap() throws {
        let java = try #require(LanguageTable.builtin.language("java"))
        #expect(java.run.contains("-Xms{heap}m") && java.run.contains("-Xmx{heap}m"), "\(java.run)")
        #expect(!java.limitsAddressSpace)
        #expect(LanguageTable.builtin.language("kotlin")?.limitsAddressSpace == false)
        #expect(LanguageTable.builtin.language("c")?.limitsAddressSpace == true)
        let yaml = "vm:\n  files: \"*.vm\"\n  run: \"vm {main}\"\n  address_space_limit: sometimes\n"
        #expect(throws: SpecError.self) { try LanguageTable(yaml: yaml, file: "test.yaml") }
    }

    @Test func mainclassTakesOnlyDetect() throws {
        let yaml = "jvm:\n  files: \"*.java\"\n  run: \"java {mainclass}\"\n  mainclass: first\n"
        #expect(throws: SpecError.self) { try LanguageTable(yaml: yaml, file: "test.yaml") }
        #expect(LanguageTable.builtin.language("java")?.detectsMainClass == true)
    }

    /// The class files javac writes: only a class declaring public static void main(String[]) is one to start,
    /// named with its package; an instance main, one returning int or a private one is not.
    @Test func theMainClassIsReadFromTheCompiledClasses() throws {
        let javac = try #require(ToolRun.find(["javac"], path: Language.toolPath), "javac is needed for this test")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-jvm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("app"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = [
            "app/Start.java": "package app;\npublic class Start { public static void main(String[] a) {} }\n",
            "Counted.java": "class Counted { static int main(String[] a) { return 0; } }\n",
            "Instance.java": "public class Instance { public void main(String[] a) {} }\n",
            // A double and a long take two constant pool entries each.
            "Hidden.java": "public class Hidden { private static void main(String[] a) {}\n"
                + "double d = 1.5; long l = 7L; }\n",
        ]
        for (name, text) in sources {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: javac)
        process.arguments = ["-d", folder.path] + sources.keys.map { folder.appendingPathComponent($0).path }
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(JVMMainClass.candidates(in: folder) == ["app.Start"])
        #expect(ProgramBuilder.mainClass(in: folder, guessed: "Hidden", named: false) == .success("app.Start"))
        guard case .failure = ProgramBuilder.mainClass(in: folder, guessed: "Instance", named: true) else {
            Issue.record("an entry point without main must be refused")
            return
        }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("app"))
        guard case .failure(let refusal) = ProgramBuilder.mainClass(in: folder, guessed: nil, named: false) else {
            Issue.record("a build without main must be refused")
            return
        }
        #expect(refusal.reason.contains("public static void main(String[])"))
    }
}
