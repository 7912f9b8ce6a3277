import Foundation
import Testing

/// `panel init` through the built binary: a new problem package that `panel verify` passes as it stands,
/// and a candidate folder with the files a loop expects.
@Suite struct InitTests {
    static let shippedProblems = PanelBinary.repository.appendingPathComponent("Problems").path

    static func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aNewProblemVerifiesAsItStandsAndItsValidatorIsReal() throws {
        let bank = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: bank) }
        let made = try PanelBinary.run(["init", "problem", "sum-up", "--problems", bank.path])
        #expect(made.exitCode == 0, "\(made.stderr)")
        let package = bank.appendingPathComponent("sum-up")
        for file in [
            "problem.yaml", "panel.yaml", "problem_statement/problem.en.md", "data/sample/1.in",
            "input_validators/format/validate.swift", "submissions/accepted/sum.swift",
            "submissions/wrong_answer/absolute_values.swift",
        ] {
            #expect(FileManager.default.fileExists(atPath: package.appendingPathComponent(file).path), "\(file)")
        }
        let verified = try PanelBinary.run(["verify", "sum-up", "--problems", bank.path, "--json"])
        #expect(verified.exitCode == 0, "\(verified.stdout) \(verified.stderr)")
        // The input validator rejects a malformed case, so verification fails naming it.
        try Data("2\n1  2\n".utf8).write(to: package.appendingPathComponent("data/secret/04-bad.in"))
        try Data("3\n".utf8).write(to: package.appendingPathComponent("data/secret/04-bad.ans"))
        let broken = try PanelBinary.run(["verify", "sum-up", "--problems", bank.path])
        #expect(broken.exitCode == 1)
        #expect(broken.stdout.contains("04-bad"), "\(broken.stdout)")
        // init never overwrites, and a slug must be a slug.
        let again = try PanelBinary.run(["init", "problem", "sum-up", "--problems", bank.path])
        #expect(again.exitCode == 2 && again.stderr.contains("already exists"))
        let badSlug = try PanelBinary.run(["init", "problem", "Sum_Up", "--problems", bank.path])
        #expect(badSlug.exitCode == 2 && badSlug.stderr.contains("lowercase letters"))
    }

    @Test(arguments: [
        ("default", ["hit-counter", "watch-order", "top-k-trending", "lru-cache"]),
        (
            "ml-engineer",
            [
                "merge-ranked-rows", "top-k-trending", "watch-order-smallest", "tfidf-similarity",
                "matrix-factorization",
            ]
        ),
    ])
    func aCandidateFolderHasAStubPerProblemOfTheLoop(loop: String, problems: [String]) throws {
        let parent = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("zoe")
        let made = try PanelBinary.run([
            "init", "candidate", folder.path, "--loop", loop, "--problems", Self.shippedProblems,
        ])
        #expect(made.exitCode == 0, "\(made.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == (problems.map { "\($0).swift" } + ["NOTES.md", "tests"]).sorted())
        var isDirectory: ObjCBool = false
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("tests").path, isDirectory: &isDirectory) && isDirectory.boolValue
        )
        let tests = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("tests").path)
        #expect(tests.sorted() == problems.sorted(), "one folder per problem for the candidate's own tests")
        let notes = try String(contentsOf: folder.appendingPathComponent("NOTES.md"), encoding: .utf8)
        for problem in problems { #expect(notes.contains("\n## \(problem)\n")) }
    }

    @Test func aStubCompilesAndIsJudged() throws {
        let parent = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("zoe")
        _ = try PanelBinary.run(["init", "candidate", folder.path, "--problems", Self.shippedProblems])
        let result = try PanelBinary.run([
            "submit", folder.appendingPathComponent("hit-counter.swift").path, "--problems", Self.shippedProblems,
            "--json", "--fail-fast",
        ])
        let json = try result.json()
        #expect((json["compile"] as? [String: Any])?["ok"] as? Bool == true, "\(result.stderr)")
        #expect(json["verdict"] as? String == "WA")
    }

    @Test func initRefusesWhatItCannotWrite() throws {
        let parent = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: parent) }
        let unknownKind = try PanelBinary.run(["init", "problme", "x"])
        #expect(unknownKind.exitCode == 2 && unknownKind.stderr.contains("Did you mean 'problem'?"))
        let unknownLoop = try PanelBinary.run([
            "init", "candidate", parent.appendingPathComponent("a").path, "--loop", "nope", "--problems",
            Self.shippedProblems,
        ])
        #expect(unknownLoop.exitCode == 2 && unknownLoop.stderr.contains("nope"))
        try Data("x".utf8).write(to: parent.appendingPathComponent("taken"))
        let taken = try PanelBinary.run([
            "init", "candidate", parent.appendingPathComponent("taken").path, "--problems", Self.shippedProblems,
        ])
        #expect(taken.exitCode == 2 && taken.stderr.contains("already exists"))
    }
}
