import Foundation
import Glibc
import Testing

/// Ctrl-C and SIGTERM at several points of a `panel submit`: the exit code is 128 + the signal (never 3),
/// and nothing is left behind: no temporary folder, no half-published cache entry, no cgroup, no cached
/// compile failure that was only the interruption.
///
/// The moment the signal lands varies with the machine's load; every moment must give the same outcome, so
/// the test does not depend on hitting one.
@Suite struct InterruptTests {
    enum Moment: String, CaseIterable, Sendable {
        /// Soon after start, with an empty cache: most likely while the compiler runs.
        case compiling
        /// Later, with the program compiled: most likely while a case runs.
        case running
    }

    @Test(arguments: [SIGINT, SIGTERM], Moment.allCases)
    func anInterruptedSubmitExitsCleanly(signal: Int32, moment: Moment) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-interrupt-\(UUID())")
        let temporary = scratch.appendingPathComponent("tmp")
        let cache = scratch.appendingPathComponent("cache")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let environment = ["PANEL_CACHE": cache.path, "TMPDIR": temporary.path]
        // While compiling, a program that would pass: its interrupted compile must not be cached as an error.
        let program = PanelBinary.program(moment == .compiling ? "accepted" : "sleeper")
        if moment == .running {
            // Compiles the program into this cache.
            _ = try PanelBinary.run(["submit", program, "--problem", "sum", "--fail-fast"], environment: environment)
        }

        let process = Process()
        process.executableURL = PanelBinary.executable
        process.arguments = ["submit", program, "--problem", "sum"]
        var variables = ProcessInfo.processInfo.environment
        variables["PANEL_PROBLEMS"] = PanelBinary.fixtures.appendingPathComponent("problems").path
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        usleep(moment == .compiling ? 400_000 : 1_500_000)
        kill(process.processIdentifier, signal)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 128 + signal, "\(stderr)")
        #expect(stderr.contains("interrupted"), "\(stderr)")
        let leftInTemporary = try Self.files(below: temporary.path)
        #expect(leftInTemporary == [], "left in TMPDIR: \(leftInTemporary)")
        let staging = cache.appendingPathComponent("staging").path
        let leftInStaging = (try? Self.files(below: staging)) ?? []
        #expect(leftInStaging == [], "left in the cache's staging: \(leftInStaging)")
        let prefix = "panel-\(process.processIdentifier)-"
        for hierarchy in ["/sys/fs/cgroup", "/sys/fs/cgroup/memory", "/sys/fs/cgroup/pids", "/sys/fs/cgroup/cpuacct"] {
            let left = Self.folders(below: hierarchy, depth: 4).filter { $0.hasPrefix(prefix) }
            #expect(left.isEmpty, "cgroups left in \(hierarchy): \(left)")
        }

        // What the interruption stopped is not remembered as the program's fault: the next run judges it.
        let next = try PanelBinary.run(
            ["submit", PanelBinary.program("accepted"), "--problem", "sum", "--json"], environment: environment)
        #expect(next.exitCode == 0, "\(next.stderr)")
    }

    /// Every path below `path`, relative to it.
    private static func files(below path: String) throws -> [String] {
        _ = try FileManager.default.contentsOfDirectory(atPath: path)
        return (FileManager.default.subpaths(atPath: path) ?? []).sorted()
    }

    /// Names of the folders down to `depth` levels below `path`.
    private static func folders(below path: String, depth: Int) -> [String] {
        guard depth > 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        var found: [String] = []
        for name in names {
            var isFolder: ObjCBool = false
            let child = path + "/" + name
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder), isFolder.boolValue else {
                continue
            }
            found.append(name)
            found += folders(below: child, depth: depth - 1)
        }
        return found
    }
}
