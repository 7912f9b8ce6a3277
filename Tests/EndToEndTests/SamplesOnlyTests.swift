import Foundation
import Testing

/// A package with samples and no secret data (DOMjudge's `hello`) is judged and verified on its samples, with a
/// note saying so.
@Suite struct SamplesOnlyTests {
    static let package = PanelBinary.fixtures.appendingPathComponent("problems/sum-samples-only")
    static let note = "has no secret test data (data/secret is empty or missing): judged on its 2 sample case(s) only"

    @Test(arguments: [("accepted", "AC", 0), ("wrong-answer", "WA", 1)])
    func submitIsJudgedOnTheSamples(program: String, verdict: String, exitCode: Int32) throws {
        let result = try PanelBinary.run([
            "submit", PanelBinary.program(program), "--problem", Self.package.path, "--json",
        ])
        let json = try result.json()
        #expect(result.exitCode == exitCode, "\(result.stderr)")
        #expect(json["verdict"] as? String == verdict)
        #expect((json["tests"] as? [[String: Any]])?.map { $0["name"] as? String } == ["sample/1", "sample/2"])
        #expect(result.stderr.contains(Self.note), "\(result.stderr)")
    }

    @Test func verifyProvesItOnTheSamples() throws {
        // An empty data/secret folder is the same as none.
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-samples-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.package, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(
            at: copy.appendingPathComponent("data/secret"), withIntermediateDirectories: true)
        let result = try PanelBinary.run(["verify", copy.path])
        #expect(result.exitCode == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("verified"))
        #expect(result.stderr.contains(Self.note), "\(result.stderr)")
    }

    @Test func aPackageWithNoDataAtAllIsRefused() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-nodata-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.package, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.removeItem(at: copy.appendingPathComponent("data/sample"))
        try FileManager.default.createDirectory(
            at: copy.appendingPathComponent("data/secret"), withIntermediateDirectories: true)
        let result = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", copy.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("at least one .in/.ans pair"), "\(result.stderr)")
    }
}
