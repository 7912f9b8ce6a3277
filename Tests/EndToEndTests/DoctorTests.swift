import Foundation
import Testing

/// `panel doctor` through the built binary: every probe must hold where Panel runs as root (as CI does).
@Suite struct DoctorTests {
    @Test(.enabled(if: geteuid() == 0, "every mechanism needs root here; without it doctor reports what is missing"))
    func everyMechanismWorksAsRoot() throws {
        let result = try PanelBinary.run(["doctor", "--json"])
        let json = try result.json()
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.count >= 10)
        for check in checks {
            #expect(check["working"] as? Bool == true, "\(check["mechanism"] ?? "?"): \(check["proof"] ?? "?")")
        }
        #expect(json["all_working"] as? Bool == true)
        #expect(result.exitCode == 0)
    }

    @Test func helpExplainsTheProbes() throws {
        let result = try PanelBinary.run(["doctor", "--help"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("Usage: panel doctor"))
    }

    /// A compiler stopped at its time limit (as a starved one is on a loaded or emulated host) is the host's
    /// trouble, which the user fixes by running again: exit 2 saying so, never 3.
    @Test func aCompilerStoppedForTimeIsTheHostNotPanel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-slow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let swiftc = folder.appendingPathComponent("swiftc")
        try "#!/bin/sh\nkill -XCPU $$\n".write(to: swiftc, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: swiftc.path)
        for arguments in [["doctor"], ["submit", PanelBinary.program("accepted"), "--problem", "sum"]] {
            let result = try PanelBinary.run(
                arguments,
                environment: ["PANEL_SWIFTC": swiftc.path, "PANEL_CACHE": folder.appendingPathComponent("cache").path])
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("too busy or too slow"), "\(arguments): \(result.stderr)")
        }
    }
}
