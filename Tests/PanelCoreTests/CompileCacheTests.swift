import Foundation
import Sandbox
import Testing

@testable import PanelCore

private let greeting = SourceFile(name: "hello.swift", contents: Array("print(\"hello from the cache\")\n".utf8))
private let broken = SourceFile(
    name: "solution.swift", contents: Array("let total: Int = \"three\"\nprint(total)\n".utf8))

/// The compile cache with the installed `swiftc`, each test in a fresh cache folder. These compile real programs,
/// so they run one at a time.
@Suite("CompileCache", .serialized)
final class CompileCacheTests {
    let sandbox: Sandbox
    let folder: URL
    let cache: CompileCache

    init() throws {
        let sandbox = Sandbox()
        let compiler: SwiftCompiler
        do {
            compiler = try SwiftCompiler(sandbox: sandbox, environment: ProcessInfo.processInfo.environment)
        } catch {
            // deinit does not run for a failed init.
            sandbox.shutdown()
            throw error
        }
        self.sandbox = sandbox
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("panel-cache-tests-\(UUID().uuidString)")
        cache = CompileCache(directory: folder.appendingPathComponent("cache"), compiler: compiler)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit {
        sandbox.shutdown()
        try? FileManager.default.removeItem(at: folder)
    }

    private func compile(_ source: SourceFile) throws -> CompileResult {
        try cache.program(for: [source], timeLimit: .seconds(120), memoryMiB: 2048)
    }

    /// The folder of the cache entry for `source`.
    private func entry(_ source: SourceFile) -> URL {
        cache.directory.appendingPathComponent("programs").appendingPathComponent(cache.key(for: [source]))
    }

    /// Runs a compiled program and returns its stdout.
    private func output(of program: URL) throws -> String {
        let stdout = folder.appendingPathComponent("run.out").path
        let spec = ProcessSpec(
            executable: program.path, environment: [], stdinPath: nil, stdoutPath: stdout,
            stderrPath: folder.appendingPathComponent("run.err").path, unprivileged: false)
        let limits = ResourceLimits(
            cpuTime: .seconds(5), wallTime: .seconds(20), memoryBytes: 256 << 20, outputBytes: 1 << 20,
            processCount: 16)
        let outcome = try sandbox.run(spec, limits: limits)
        #expect(outcome.termination == .exited(0))
        return try String(contentsOfFile: stdout, encoding: .utf8)
    }

    @Test("the second compile of the same source is served from the cache")
    func cacheHit() throws {
        let first = try compile(greeting)
        #expect(first.ok, "\(first.diagnostics)")
        #expect(!first.cached)
        let firstProgram = try #require(first.program)
        #expect(firstProgram.path == entry(greeting).appendingPathComponent("program").path)

        let second = try compile(greeting)
        #expect(second.ok)
        #expect(second.cached)
        #expect(second.program?.path == firstProgram.path)
        #expect(second.seconds == first.seconds)
        #expect(try output(of: firstProgram) == "hello from the cache\n")
    }

    @Test("a compile error is cached too, with the candidate's file name in the diagnostics")
    func compileErrorCached() throws {
        let first = try compile(broken)
        #expect(!first.ok)
        #expect(!first.cached)
        #expect(first.program == nil)
        #expect(first.diagnostics.contains("solution.swift"), "\(first.diagnostics)")
        #expect(first.diagnostics.contains("error"), "\(first.diagnostics)")
        #expect(!first.diagnostics.contains("main.swift"), "\(first.diagnostics)")
        #expect(!first.diagnostics.contains(cache.directory.path), "\(first.diagnostics)")

        let second = try compile(broken)
        #expect(!second.ok)
        #expect(second.cached)
        #expect(second.program == nil)
        #expect(second.diagnostics == first.diagnostics)
        #expect(second.seconds == first.seconds)
    }

    @Test("a cached program that no longer matches its digest is rebuilt")
    func corruptProgramRebuilt() throws {
        let first = try compile(greeting)
        let program = try #require(first.program)
        let handle = try FileHandle(forWritingTo: program)
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: Data(repeating: 0xCC, count: 64))
        try handle.close()

        let rebuilt = try compile(greeting)
        #expect(rebuilt.ok)
        #expect(!rebuilt.cached)
        let rebuiltProgram = try #require(rebuilt.program)
        #expect(try output(of: rebuiltProgram) == "hello from the cache\n")

        let again = try compile(greeting)
        #expect(again.cached)
        #expect(again.program?.path == rebuiltProgram.path)
    }

    @Test("a cached program that was deleted is rebuilt")
    func missingProgramRebuilt() throws {
        let first = try compile(greeting)
        try FileManager.default.removeItem(at: try #require(first.program))

        let rebuilt = try compile(greeting)
        #expect(rebuilt.ok)
        #expect(!rebuilt.cached)
        #expect(try output(of: try #require(rebuilt.program)) == "hello from the cache\n")
    }

    @Test("a corrupt result.json is rebuilt", arguments: ["{ not json", ""])
    func corruptRecordRebuilt(record: String) throws {
        let first = try compile(greeting)
        #expect(first.ok)
        let resultFile = entry(greeting).appendingPathComponent("result.json")
        #expect(FileManager.default.fileExists(atPath: resultFile.path))
        try Data(record.utf8).write(to: resultFile)

        let rebuilt = try compile(greeting)
        #expect(rebuilt.ok)
        #expect(!rebuilt.cached)
        #expect(try output(of: try #require(rebuilt.program)) == "hello from the cache\n")
        #expect(try compile(greeting).cached)
    }

    // An entry folder without result.json must be discarded, or the rebuilt entry could never be renamed over it.
    @Test("an entry whose result.json was deleted is rebuilt")
    func missingRecordRebuilt() throws {
        let first = try compile(greeting)
        #expect(first.ok)
        try FileManager.default.removeItem(at: entry(greeting).appendingPathComponent("result.json"))
        let rebuilt = try compile(greeting)
        #expect(rebuilt.ok)
        #expect(!rebuilt.cached)
    }

    @Test("the key is a digest of every byte and the file name")
    func keys() {
        let key = cache.key(for: [greeting])
        #expect(key.count == 64)
        #expect(key == cache.key(for: [greeting]))

        var changed = greeting
        changed.contents[changed.contents.count - 2] ^= 0x01
        #expect(cache.key(for: [changed]) != key)

        var longer = greeting
        longer.contents.append(UInt8(ascii: "\n"))
        #expect(cache.key(for: [longer]) != key)

        var renamed = greeting
        renamed.name = "other.swift"
        #expect(cache.key(for: [renamed]) != key)

        // Bytes moved between the name and the contents, or between files, must not collide.
        let split1 = SourceFile(name: "ab", contents: Array("c".utf8))
        let split2 = SourceFile(name: "a", contents: Array("bc".utf8))
        #expect(cache.key(for: [split1]) != cache.key(for: [split2]))
        let pair1 = [SourceFile(name: "a", contents: [1, 2]), SourceFile(name: "b", contents: [3])]
        let pair2 = [SourceFile(name: "a", contents: [1]), SourceFile(name: "b", contents: [2, 3])]
        #expect(cache.key(for: pair1) != cache.key(for: pair2))
        #expect(cache.key(for: pair1) != cache.key(for: Array(pair1.reversed())))
    }
}
