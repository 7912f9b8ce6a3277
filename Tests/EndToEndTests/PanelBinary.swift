import Foundation
import Testing

/// Runs the built `panel` executable as a user would, with a private compile cache.
struct PanelBinary {
    /// What one invocation printed and returned.
    struct Result {
        var exitCode: Int32
        var stdout: String
        var stderr: String

        /// The stdout parsed as the JSON object `--json` promises.
        func json() throws -> [String: Any] {
            let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
            return try #require(object as? [String: Any])
        }
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// The `panel` binary next to the test bundle.
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("panel")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/panel")
    }

    /// A cache shared by the tests of one run, so each fixture program compiles once.
    static let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
        "panel-e2e-cache-\(ProcessInfo.processInfo.processIdentifier)")

    /// Runs `panel` (or `executable`, such as a wrapper that starts `panel` itself) with `arguments`.
    static func run(
        _ arguments: [String], environment extra: [String: String] = [:], executable wrapper: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = wrapper ?? executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PANEL_CACHE"] = cache.path
        environment["PANEL_PROBLEMS"] = fixtures.appendingPathComponent("problems").path
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a large output cannot block the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            exitCode: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    static func program(_ name: String) -> String {
        fixtures.appendingPathComponent("programs/\(name).swift").path
    }
}
