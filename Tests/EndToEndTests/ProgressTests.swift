import Foundation
import Testing

/// Progress on stderr and colour on stdout, through the built binary: whole lines and heartbeats in a
/// log, a live line on a terminal, and escape sequences only where they were asked for.
@Suite struct ProgressTests {
    static let submitAccepted = ["submit", PanelBinary.program("accepted"), "--problem", "sum"]

    @Test func aLogGetsOneLinePerSubmissionWithItsCountsAndTime() throws {
        // stderr is a pipe here, as in a CI job.
        let result = try PanelBinary.run(Self.submitAccepted + ["--json"])
        #expect(result.exitCode == 0)
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("panel: [") }
        let summary = try #require(lines.last, "stderr: \(result.stderr)")
        #expect(summary.contains("accepted.swift: AC, 3/3 tests passed in "))
        #expect(!result.stderr.contains("\u{1B}"), "a log gets no terminal escapes")
        // stdout is still the one JSON document.
        #expect(try result.json()["verdict"] as? String == "AC")
    }

    @Test func aLongStepGetsHeartbeatsInALog() throws {
        // The sleeper waits out the wall clock on each test: seconds with no finished submission.
        let result = try PanelBinary.run(
            ["submit", PanelBinary.program("sleeper"), "--problem", "sum"],
            environment: ["PANEL_HEARTBEAT_SECONDS": "0.5"])
        #expect(result.exitCode == 1)
        let beats = result.stderr.split(separator: "\n").filter { $0.contains("sleeper.swift: test ") }
        #expect(beats.count >= 2, "stderr: \(result.stderr)")
        #expect(beats.allSatisfy { $0.hasPrefix("panel: [") && $0.hasSuffix(" so far)") })
        #expect(result.stderr.contains("sleeper.swift: TLE, 0/3 tests passed"))
    }

    @Test func aTerminalGetsALiveLineAndProgressCanBeTurnedOff() throws {
        let live = try PanelBinary.run(Self.submitAccepted, environment: ["PANEL_PROGRESS": "live"])
        #expect(live.stderr.contains("\r\u{1B}[Kaccepted.swift: test 1/3 sample/1"), "\(live.stderr)")
        let off = try PanelBinary.run(Self.submitAccepted, environment: ["PANEL_PROGRESS": "off"])
        #expect(off.stderr.isEmpty, "\(off.stderr)")
        #expect(off.exitCode == 0)
    }

    @Test func colourOnlyWhereAskedAndNeverWithNoColor() throws {
        let always = try PanelBinary.run(Self.submitAccepted + ["--color=always"])
        #expect(always.stdout.contains("\u{1B}[32mAC"))
        // auto: stdout is a pipe here, so no colour; NO_COLOR keeps it off even when forced to auto.
        let auto = try PanelBinary.run(Self.submitAccepted + ["--color", "auto"], environment: ["NO_COLOR": "1"])
        #expect(!auto.stdout.contains("\u{1B}"))
        #expect(auto.stdout.contains("verdict: AC (accepted), 3/3 tests passed"))
        let never = try PanelBinary.run(Self.submitAccepted + ["--color=never"])
        #expect(!never.stdout.contains("\u{1B}"))
        let bad = try PanelBinary.run(Self.submitAccepted + ["--color=sometimes"])
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.contains("expected auto, always or never"))
    }

    @Test func aCacheHitDoesNotClaimTheOriginalCompileTime() throws {
        _ = try PanelBinary.run(Self.submitAccepted)
        let second = try PanelBinary.run(Self.submitAccepted)
        let line = second.stdout.split(separator: "\n").first { $0.hasPrefix("compiled") }
        #expect(line == "compiled (cached)", "\(second.stdout)")
    }
}
