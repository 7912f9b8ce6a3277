import Foundation
import Testing

/// Generated test cases (`generators/panel.yaml`) through the built binary: made on demand into the
/// cache, judged like committed cases, and refused when they differ from their committed hashes.
@Suite struct GeneratedDataTests {
    /// A private copy of the verify-sum package, whose one generated case is secret/generated/1-many.
    struct Copy {
        let folder: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-gen-\(UUID().uuidString)")
            try FileManager.default.copyItem(
                at: PanelBinary.fixtures.appendingPathComponent("problems/verify-sum"), to: folder)
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        var manifest: URL { folder.appendingPathComponent("generators/panel.yaml") }

        func editManifest(_ change: (String) -> String) throws {
            let text = try String(contentsOf: manifest, encoding: .utf8)
            try change(text).write(to: manifest, atomically: true, encoding: .utf8)
        }
    }

    @Test func aGeneratedCaseIsJudgedLikeACommittedOne() throws {
        let accepted = PanelBinary.fixtures.appendingPathComponent("problems/verify-sum/submissions/accepted/sum.swift")
        let result = try PanelBinary.run(["submit", accepted.path, "--problem", "verify-sum", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let tests = try #require(json?["tests"] as? [[String: Any]])
        let generated = try #require(tests.first { $0["name"] as? String == "secret/generated/1-many" })
        #expect(generated["verdict"] as? String == "AC")
        #expect(generated["group"] as? String == "secret/generated")

        let wrong = try PanelBinary.run(["submit", PanelBinary.program("wrong-answer"), "--problem", "verify-sum"])
        #expect(wrong.exitCode == 1)
    }

    @Test func changedArgumentsAreRefusedNamingTheCase() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.editManifest { $0.replacingOccurrences(of: "\"1000\", \"7\"", with: "\"1000\", \"8\"") }
        let result = try PanelBinary.run(["generate", copy.folder.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("panel.yaml: case secret/generated/1-many"), "\(result.stderr)")
        #expect(result.stderr.contains("the manifest says 7824588369d8"), "\(result.stderr)")

        // Recording the new hashes makes the package sound again.
        let updated = try PanelBinary.run(["generate", copy.folder.path, "--update-hashes"])
        #expect(updated.exitCode == 0, "\(updated.stderr)")
        #expect(try String(contentsOf: copy.manifest, encoding: .utf8).contains("\"1000\", \"8\""))
        #expect(try PanelBinary.run(["generate", copy.folder.path]).exitCode == 0)
    }

    @Test func aCaseWithoutHashesIsNotJudged() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.editManifest { text in
            text.split(separator: "\n").filter { !$0.contains("sha256:") }.joined(separator: "\n") + "\n"
        }
        let submit = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", copy.folder.path])
        #expect(submit.exitCode == 2)
        #expect(submit.stderr.contains("no sha256/answer_sha256 yet"), "\(submit.stderr)")
        let generate = try PanelBinary.run(["generate", copy.folder.path])
        #expect(generate.exitCode == 1)
        #expect(generate.stdout.contains("no hash yet"))
    }

    @Test func aFailingGeneratorIsNamed() throws {
        let copy = try Copy()
        defer { copy.remove() }
        try copy.editManifest { $0.replacingOccurrences(of: "\"1000\", \"7\"", with: "\"many\", \"7\"") }
        let result = try PanelBinary.run(["generate", copy.folder.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("the generator gen.swift failed"), "\(result.stderr)")
    }

    @Test func aChangedCacheFileIsMadeAgain() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-gen-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let environment = ["PANEL_CACHE": cache.path]
        #expect(try PanelBinary.run(["generate", "verify-sum"], environment: environment).exitCode == 0)
        let inputs = cache.appendingPathComponent("data/inputs")
        let file = try #require(try FileManager.default.contentsOfDirectory(atPath: inputs.path).first)
        try "1\n5\n".write(to: inputs.appendingPathComponent(file), atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["generate", "verify-sum"], environment: environment)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(try String(contentsOf: inputs.appendingPathComponent(file), encoding: .utf8).hasPrefix("1000\n"))
    }
}
