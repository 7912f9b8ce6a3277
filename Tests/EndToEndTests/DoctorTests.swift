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
}
