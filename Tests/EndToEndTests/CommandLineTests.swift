import Foundation
import Testing

/// The command line itself through the built binary: paths checked before any work, help, version, and
/// the exit code of an interrupted run.
@Suite struct CommandLineTests {
    /// A scratch folder holding a plain file `afile` and a folder `folder.swift`.
    struct Scratch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-cli-\(UUID().uuidString)")
        var file: String { folder.appendingPathComponent("afile").path }
        var swiftFolder: String { folder.appendingPathComponent("folder.swift").path }

        init() throws {
            try FileManager.default.createDirectory(
                atPath: folder.appendingPathComponent("folder.swift").path, withIntermediateDirectories: true)
            try Data("not a folder\n".utf8).write(to: folder.appendingPathComponent("afile"))
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// Each bad command line, and a phrase its message must hold: all exit 2 before judging anything.
    static func badPaths(_ scratch: Scratch) -> [(arguments: [String], phrase: String)] {
        let accepted = PanelBinary.program("accepted")
        return [
            (["submit", scratch.swiftFolder, "--problem", "sum"], "is a directory"),
            (["submit", scratch.folder.path], "is a directory"),
            (["submit", scratch.folder.appendingPathComponent("nope.swift").path], "no such file"),
            (["submit", accepted, "--problem", "sum", "--report-dir", scratch.file], "is a file, not a folder"),
            (
                ["submit", accepted, "--problem", "sum", "--report-dir", scratch.file + "/below"],
                "cannot be created",
            ),
            (["submit", accepted, "--problem", "sum", "--problems", scratch.file], "--problems"),
            (["loop", accepted], "is a file, not a folder"),
            (["loop", scratch.folder.path, "--report-dir", scratch.file], "is a file, not a folder"),
            (["verify", "--problems", scratch.folder.appendingPathComponent("none").path], "no such folder"),
            (["problems", "--problems", scratch.file], "is a file"),
        ]
    }

    @Test func everyBadPathIsAUsageErrorBeforeAnyWork() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for (arguments, phrase) in Self.badPaths(scratch) {
            let result = try PanelBinary.run(arguments)
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(phrase), "\(arguments): \(result.stderr)")
            // Checked before the work: nothing was compiled or judged, and no raw Foundation error leaks.
            #expect(!result.stderr.contains("compil"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test(arguments: ["submit", "loop", "verify", "generate", "problems", "show", "init", "doctor"])
    func helpNamesTheCommandsOwnHelp(command: String) throws {
        let viaHelp = try PanelBinary.run(["help", command])
        let viaFlag = try PanelBinary.run([command, "--help"])
        #expect(viaHelp.exitCode == 0)
        #expect(viaHelp.stdout == viaFlag.stdout)
        #expect(viaHelp.stdout.hasPrefix("Usage: panel \(command)"))
    }

    @Test func theOverviewDocumentsHelpAndVersion() throws {
        let overview = try PanelBinary.run(["--help"])
        #expect(overview.stdout.contains("panel help <command>"))
        #expect(overview.stdout.contains("--version"))
        let version = try PanelBinary.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(version.stdout.hasPrefix("panel "))
        #expect(try PanelBinary.run(["help", "nonsense"]).exitCode == 2)
    }

    /// Ctrl-C (SIGINT) and SIGTERM stop a run in progress with 128 + the signal, never 1 or 3.
    @Test(arguments: [(SIGINT, Int32(130)), (SIGTERM, Int32(143))])
    func anInterruptedRunExitsWithTheSignalsCode(signal: Int32, expected: Int32) throws {
        let process = Process()
        process.executableURL = PanelBinary.executable
        // The sleeper sleeps past the wall clock on each of the three tests: several seconds of work.
        process.arguments = ["submit", PanelBinary.program("sleeper"), "--problem", "sum"]
        var environment = ProcessInfo.processInfo.environment
        environment["PANEL_CACHE"] = PanelBinary.cache.path
        environment["PANEL_PROBLEMS"] = PanelBinary.fixtures.appendingPathComponent("problems").path
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == expected, "stderr: \(stderr)")
        #expect(stderr.contains("interrupted"))
        #expect(!stderr.contains("error:"), "stderr: \(stderr)")
    }

    @Test func theProblemsTableShowsTheTestCountsAndLimitsItsHelpPromises() throws {
        let result = try PanelBinary.run(["problems"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("tests  time     memory") == true, "\(result.stdout)")
        let sum = try #require(lines.first { $0.hasPrefix("sum ") })
        // The sum fixture: one sample and two secret cases, 1 s, 128 MiB.
        #expect(sum.contains("      3  1000 ms  128 MiB   Sum"), "\(sum)")
        let help = try PanelBinary.run(["problems", "--help"]).stdout
        #expect(help.contains("number of test cases"))
    }
}
