import Foundation
import Sandbox

/// Materializes generated test cases into Panel's data cache and checks them against their committed hashes.
///
/// An input is written by its seeded generator, an answer by the package's reference solution, each run in
/// the sandbox like any other program. Files are published with one rename, so an interrupted run never
/// leaves half a case behind, and each is hashed again by every Panel process that uses it (and again
/// within one whenever the file changed), so a changed cache cannot go unseen.
public enum GeneratedData {
    /// The data cache: `data/` inside the compile cache folder (`PANEL_CACHE`, else `.panel/cache`).
    public static func defaultDirectory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        CompileCache.defaultDirectory(environment: environment).appendingPathComponent("data")
    }

    /// Where a recipe's input and answer live: named by a hash of everything that determines them.
    static func files(for recipe: GeneratedInput, in directory: URL) -> (input: URL, answer: URL) {
        func contents(_ url: URL) -> [UInt8] {
            Array(FileManager.default.contents(atPath: url.path) ?? Data())
        }
        var input = SHA256()
        input.update(Array("panel generated input 1\0".utf8))
        input.update(contents(recipe.generator))
        for argument in recipe.arguments { input.update(Array("\0\(argument)".utf8)) }
        let inputKey = input.hexDigest()
        var answer = SHA256()
        answer.update(Array("panel generated answer 1\0\(inputKey)\0".utf8))
        for source in [recipe.solution] + recipe.includes {
            answer.update(Array("\(source.lastPathComponent)\0".utf8))
            answer.update(contents(source))
        }
        return (
            directory.appendingPathComponent("inputs/\(inputKey).in"),
            directory.appendingPathComponent("answers/\(answer.hexDigest()).ans")
        )
    }

    /// One generated case after materializing.
    public struct Materialized: Sendable {
        /// Case name below `data/`.
        public var name: String
        /// Size of the input in bytes.
        public var inputBytes: Int
        /// SHA-256 of the input and of the answer as they are.
        public var inputSHA256: String
        public var answerSHA256: String
        /// Whether the manifest has hashes, and whether they match.
        public var committed: Bool
        /// Whether this run wrote the files (else they came from the cache).
        public var generatedNow: Bool
    }

    /// Makes every generated case of `problem` that is not in the cache yet.
    ///
    /// - Parameter requireHashes: a case whose manifest entry has no hash is an error (`verify`, `submit`);
    ///   `panel generate` passes false so an author can fill them in.
    /// - Throws: ``SpecError/generation(file:testCase:reason:)`` when a generator or the solution fails or
    ///   a hash differs from the committed one.
    @discardableResult
    public static func materialize(
        _ problem: ProblemPackage,
        judge: Judge,
        requireHashes: Bool = true,
        progress: (String) -> Void = { _ in }
    ) throws(JudgeSetupError) -> [Materialized] {
        let generated = problem.testCases.filter { $0.generated != nil }
        var results: [Materialized] = []
        // Generators and solutions run `--jobs` at a time (the judge's slots); the cases are told and returned in
        // manifest order, and the first that fails stops those after it from starting.
        try ParallelCases.run(
            count: generated.count, workers: judge.jobs, stops: { _ in false },
            work: { (index, _) throws(JudgeSetupError) -> (Materialized, [String]) in
                var steps: [String] = []
                let made = try materialize(
                    generated[index], number: index + 1, of: generated.count, problem: problem, judge: judge,
                    requireHashes: requireHashes
                ) { steps.append($0) }
                return (made, steps)
            },
            deliver: { _, done in
                done.1.forEach(progress)
                results.append(done.0)
            })
        return results
    }

    /// Makes one generated case, `number` of `count`, unless it is in the cache.
    private static func materialize(
        _ testCase: TestCase,
        number: Int,
        of count: Int,
        problem: ProblemPackage,
        judge: Judge,
        requireHashes: Bool,
        progress: (String) -> Void
    ) throws(JudgeSetupError) -> Materialized {
        // The caller passes generated cases only.
        guard let recipe = testCase.generated else {
            throw .panel(.io(path: testCase.input.path, reason: "not a generated case"))
        }
        let file = recipe.manifest.path
        func failure(_ reason: String) -> JudgeSetupError {
            .spec(.generation(file: file, testCase: testCase.name, reason: reason))
        }
        if requireHashes && (recipe.inputSHA256 == nil || recipe.answerSHA256 == nil) {
            throw failure("no sha256/answer_sha256 yet; run `panel generate \(problem.slug) --update-hashes`")
        }
        var generatedNow = false
        // A cached file that no longer matches its hash is made again once, as the compile cache does.
        func ensure(
            _ file: URL,
            expected: String?,
            make: () throws(JudgeSetupError) -> Void,
            mismatch: (String, String) -> String
        ) throws(JudgeSetupError) -> String {
            var madeNow = false
            while true {
                if !FileManager.default.fileExists(atPath: file.path) {
                    try make()
                    madeNow = true
                    generatedNow = true
                }
                let actual = try hash(file, failure: failure)
                // Validators run as the unprivileged user and read the case through a bind.
                _ = chmod(file.path, 0o644)
                guard let expected, expected != actual else { return actual }
                if madeNow { throw failure(mismatch(actual, expected)) }
                try? FileManager.default.removeItem(at: file)
            }
        }
        let inputHash = try ensure(
            testCase.input, expected: recipe.inputSHA256,
            make: { () throws(JudgeSetupError) in
                progress("generating \(testCase.name) (\(number)/\(count))")
                try judge.slots.withSlot { _ throws(JudgeSetupError) in
                    try produce(
                        testCase.input, program: [recipe.generator], arguments: recipe.arguments, stdin: nil,
                        problem: problem, judge: judge, what: "the generator \(recipe.generator.lastPathComponent)",
                        failure: failure)
                }
            },
            mismatch: { actual, expected in
                "the generated input has sha256 \(actual), the manifest says \(expected): the generator or its "
                    + "arguments changed, or it is not deterministic (run `panel generate \(problem.slug)`)"
            })
        let answerHash = try ensure(
            testCase.answer, expected: recipe.answerSHA256,
            make: { () throws(JudgeSetupError) in
                progress("solving \(testCase.name) (\(number)/\(count))")
                try judge.slots.withSlot { _ throws(JudgeSetupError) in
                    try produce(
                        testCase.answer, program: [recipe.solution] + recipe.includes, arguments: [],
                        stdin: testCase.input, problem: problem, judge: judge,
                        what: "the solution \(recipe.solution.lastPathComponent)", failure: failure)
                }
            },
            mismatch: { actual, expected in
                "the answer written by \(recipe.solution.lastPathComponent) has sha256 \(actual), the manifest "
                    + "says \(expected) (run `panel generate \(problem.slug)`)"
            })
        let size = (try? FileManager.default.attributesOfItem(atPath: testCase.input.path)[.size] as? Int) ?? 0
        return Materialized(
            name: testCase.name, inputBytes: size, inputSHA256: inputHash, answerSHA256: answerHash,
            committed: recipe.inputSHA256 != nil && recipe.answerSHA256 != nil, generatedNow: generatedNow)
    }

    /// Compiles `program` (its first file is the main one), runs it on `stdin` and publishes its stdout at
    /// `destination`.
    private static func produce(
        _ destination: URL,
        program sources: [URL],
        arguments: [String],
        stdin: URL?,
        problem: ProblemPackage,
        judge: Judge,
        what: String,
        failure: (String) -> JudgeSetupError
    ) throws(JudgeSetupError) {
        let limits = problem.metadata.limits
        let compiled: CompileResult
        do {
            compiled = try judge.cache.program(
                for: try sources.map { url throws(PanelError) in try SourceFile(contentsOf: url) },
                timeLimit: limits.compilationTime, memoryMiB: limits.compilationMemoryMiB)
        } catch {
            throw .panel(error)
        }
        guard compiled.ok, let executable = compiled.program else {
            throw failure("\(what) does not compile:\n\(compiled.diagnostics)")
        }
        let workspace = try RunWorkspace(program: .staticBinary(executable), isolated: judge.sandbox.hasPrivateRoot)
        defer { workspace.remove() }
        let empty = workspace.root.appendingPathComponent("empty.in")
        _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
        var spec = workspace.spec(stdin: stdin ?? empty)
        spec.arguments = arguments
        // The author's generator or reference solution: a judge's program, never in a submission's box.
        spec.role = .judge
        let outcome: RunOutcome
        do {
            try workspace.resetScratch()
            outcome = try judge.sandbox.run(
                spec,
                limits: ResourceLimits(
                    cpuTime: .seconds(60), wallTime: .seconds(120), memoryBytes: 4 << 30, outputBytes: 1 << 30,
                    processCount: 64))
        } catch let error as SandboxError {
            throw .panel(.sandbox(error))
        } catch {
            throw .panel(error as? PanelError ?? .io(path: workspace.root.path, reason: "\(error)"))
        }
        guard outcome.termination.isSuccess, !outcome.outputLimitHit, !outcome.wallTimeExceeded else {
            let stderr = workspace.stderrPrefix().trimmingCharacters(in: .whitespacesAndNewlines)
            throw failure(
                "\(what) failed (\(outcome.termination), \(outcome.cpuTime.milliseconds) ms CPU)"
                    + (stderr.isEmpty ? "" : ": \(stderr.prefix(500))"))
        }
        // Published with one rename from a staging file beside it, on the cache's own file system.
        let folder = destination.deletingLastPathComponent()
        let staging = folder.appendingPathComponent(".staging-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try FileManager.default.moveItem(at: workspace.stdout, to: staging)
            guard rename(staging.path, destination.path) == 0 else {
                throw PanelError.io(path: destination.path, reason: String(cString: strerror(errno)))
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw .panel(error as? PanelError ?? .io(path: destination.path, reason: error.localizedDescription))
        }
    }

    /// The hex SHA-256 of a file, read in blocks.
    /// A file this process already hashed is read again only if its inode, size or modification time
    /// changed since: `verify` judges every reference solution on the same data.
    static func hash(_ url: URL, failure: (String) -> JudgeSetupError) throws(JudgeSetupError) -> String {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw failure("cannot read \(url.path)") }
        let stamp = FileStamp(info)
        if let known = HashMemo.shared.hash(of: url.path, stamp: stamp) { return known }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw failure("cannot read \(url.path)") }
        defer { try? handle.close() }
        var digest = SHA256()
        while let block = try? handle.read(upToCount: 1 << 20), !block.isEmpty {
            digest.update(block)
        }
        let hash = digest.hexDigest()
        HashMemo.shared.record(hash, of: url.path, stamp: stamp)
        return hash
    }
}

/// What identifies a file's contents cheaply: inode, size and modification time.
private struct FileStamp: Equatable {
    let inode: UInt
    let size: Int
    let modified: Int

    init(_ info: stat) {
        inode = UInt(info.st_ino)
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
    }
}

/// The hashes of generated files this process has read, with the stamp each file had then.
private final class HashMemo: @unchecked Sendable {
    static let shared = HashMemo()
    private let lock = NSLock()
    private var entries: [String: (stamp: FileStamp, hash: String)] = [:]

    func hash(of path: String, stamp: FileStamp) -> String? {
        lock.withLock { entries[path].flatMap { $0.stamp == stamp ? $0.hash : nil } }
    }

    func record(_ hash: String, of path: String, stamp: FileStamp) {
        lock.withLock { entries[path] = (stamp, hash) }
    }
}
