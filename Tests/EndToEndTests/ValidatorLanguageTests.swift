import Foundation
import Testing

/// Packages written for problemtools or DOMjudge: output validators in C++ (with a header of its own),
/// Python, or a folder of build and run scripts, and include/swift files compiled with the submission.
@Suite struct ValidatorLanguageTests {
    static let cases: [(problem: String, program: String, verdict: String)] = [
        ("sum-cpp-validator", "accepted", "AC"),
        ("sum-cpp-validator", "wrong-answer", "WA"),
        ("sum-python-validator", "accepted", "AC"),
        ("sum-python-validator", "wrong-answer", "WA"),
        ("sum-build-run", "accepted", "AC"),
        ("sum-build-run", "wrong-answer", "WA"),
        ("sum-include", "uses-include", "AC"),
    ]

    @Test(arguments: cases)
    func validatorVerdict(problem: String, program: String, verdict: String) throws {
        let result = try PanelBinary.run(["submit", PanelBinary.program(program), "--problem", problem, "--json"])
        let json = try result.json()
        #expect(json["verdict"] as? String == verdict, "stderr: \(result.stderr)")
        if verdict == "WA" {
            // A custom validator's judgemessage.txt is shown, also for a secret case.
            let failure = (json["tests"] as? [[String: Any]])?.first { $0["verdict"] as? String == "WA" }
            if problem != "sum-build-run" { #expect(failure?["message"] as? String != nil) }
        }
    }

    @Test func aMissingCompilerIsNamed() throws {
        // swiftc named explicitly, and a PATH with no C or C++ compiler for the validator.
        let swiftc = try #require(
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/swiftc" }.first {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        let result = try PanelBinary.run(
            ["submit", PanelBinary.program("accepted"), "--problem", "sum-cpp-validator"],
            environment: ["PATH": "/nonexistent", "PANEL_SWIFTC": swiftc])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("C++"), "\(result.stderr)")
        #expect(result.stderr.contains("g++"), "\(result.stderr)")
    }

    @Test func anUnsupportedLanguageIsNamed() throws {
        let package = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-haskell-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            at: PanelBinary.fixtures.appendingPathComponent("problems/sum-cpp-validator"), to: package)
        defer { try? FileManager.default.removeItem(at: package) }
        let folder = package.appendingPathComponent("output_validators/checker")
        try FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Haskell is not in the language table.
        try "main = pure ()\n".write(to: folder.appendingPathComponent("Main.hs"), atomically: true, encoding: .utf8)
        let result = try PanelBinary.run(["submit", PanelBinary.program("accepted"), "--problem", package.path])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains(".hs"), "\(result.stderr)")
        #expect(result.stderr.contains("no language of Panel's table"), "\(result.stderr)")
    }
}
