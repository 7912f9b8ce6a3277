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
}
