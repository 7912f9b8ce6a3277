import Foundation

/// Compiled programs keyed by a hash of their sources, the compiler version and the flags.
///
/// A second submit of the same file never runs the compiler. Entries are built in a private folder and
/// published with one atomic rename, so two Panel processes sharing the cache never see half an entry;
/// an entry whose program no longer matches its recorded digest is rebuilt.
public struct CompileCache: Sendable {
    /// The cache folder (`PANEL_CACHE`, else `.panel/cache`).
    public let directory: URL
    private let compiler: any ProgramCompiler

    /// Creates a cache in `directory` for programs built by `compiler`.
    public init(directory: URL, compiler: any ProgramCompiler) {
        self.directory = directory
        self.compiler = compiler
    }

    /// The identity (version and flags) of the compiler whose programs this cache holds.
    public var compilerIdentity: String { compiler.identity }

    /// A cache in the same folder for programs another compiler builds (their keys never collide).
    func using(_ other: any ProgramCompiler) -> CompileCache {
        CompileCache(directory: directory, compiler: other)
    }

    /// The default cache folder for a command line.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        URL(fileURLWithPath: environment["PANEL_CACHE"] ?? ".panel/cache")
    }

    /// The cache key of a compile.
    public func key(for sources: [SourceFile]) -> String {
        var digest = SHA256()
        digest.update(Array((compiler.identity + "\0").utf8))
        for source in sources {
            digest.update(Array("\(source.name)\0\(source.contents.count)\0".utf8))
            digest.update(source.contents)
        }
        return digest.hexDigest()
    }

    /// Returns the cached result for `sources`, compiling them first when there is none.
    public func program(
        for sources: [SourceFile],
        timeLimit: Duration,
        memoryMiB: Int
    ) throws(PanelError) -> CompileResult {
        let key = key(for: sources)
        let entry = directory.appendingPathComponent("programs").appendingPathComponent(key)
        if let cached = load(entry) { return cached }
        // One compiler per key at a time, in this process (two cases' jobs, a solution and its validator) and
        // across processes (two `panel` commands sharing the cache): the second waits and finds the entry.
        let lock = try KeyLock(directory.appendingPathComponent("locks").appendingPathComponent(key))
        defer { lock.release() }
        if let cached = load(entry) { return cached }

        let staging = directory.appendingPathComponent("staging").appendingPathComponent(UUID().uuidString)
        // Remembered, so that Ctrl-C in the middle of a compilation leaves no half-built entry behind.
        try TemporaryFolders.make(staging)
        defer { TemporaryFolders.remove(staging) }
        let build = staging.appendingPathComponent("build")
        try TemporaryFolders.makeInside(build)
        var result = try compiler.compile(sources, in: build, timeLimit: timeLimit, memoryMiB: memoryMiB)
        if result.unfinished == true { return result }

        // Publish: the program and a record of it, then one rename makes the entry visible.
        let published = staging.appendingPathComponent("entry")
        try TemporaryFolders.makeInside(published)
        var record = Record(result: result, programSHA256: nil)
        if let program = result.program {
            let target = published.appendingPathComponent("program")
            do {
                try FileManager.default.moveItem(at: program, to: target)
            } catch {
                throw .io(path: target.path, reason: error.localizedDescription)
            }
            record.programSHA256 = try digest(of: target)
            record.result.program = nil
        }
        try write(record, to: published.appendingPathComponent("result.json"))
        try makeDirectory(entry.deletingLastPathComponent())
        if rename(published.path, entry.path) != 0 {
            // Another Panel process published the same entry first; theirs is as good as ours.
            if let theirs = load(entry) { return theirs }
            throw .io(path: entry.path, reason: "cannot publish the compiled program")
        }
        result.program = result.ok ? entry.appendingPathComponent("program") : nil
        return result
    }

    private struct Record: Codable {
        var result: CompileResult
        var programSHA256: String?
    }

    /// A cached result, or nil when absent or corrupt (a corrupt entry is removed).
    private func load(_ entry: URL) -> CompileResult? {
        guard let data = FileManager.default.contents(atPath: entry.appendingPathComponent("result.json").path) else {
            // A folder without its record (someone deleted files in the cache) would block publishing forever.
            if FileManager.default.fileExists(atPath: entry.path) { discard(entry) }
            return nil
        }
        guard let record = try? JSONDecoder().decode(Record.self, from: data) else {
            discard(entry)
            return nil
        }
        var result = record.result
        result.cached = true
        guard result.ok else { return result }
        let program = entry.appendingPathComponent("program")
        guard let expected = record.programSHA256, (try? digest(of: program)) == expected else {
            discard(entry)
            return nil
        }
        result.program = program
        return result
    }

    private func discard(_ entry: URL) {
        // Move aside first so a concurrent reader never sees a half-deleted entry.
        let aside = directory.appendingPathComponent("staging").appendingPathComponent("discard-" + UUID().uuidString)
        try? FileManager.default.createDirectory(
            at: aside.deletingLastPathComponent(), withIntermediateDirectories: true)
        if rename(entry.path, aside.path) == 0 { try? FileManager.default.removeItem(at: aside) }
    }

    private func digest(of file: URL) throws(PanelError) -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .io(path: file.path, reason: "cannot read the compiled program")
        }
        return SHA256.hex(data)
    }

    private func write(_ record: Record, to url: URL) throws(PanelError) {
        do {
            try JSONEncoder().encode(record).write(to: url)
        } catch {
            throw .io(path: url.path, reason: error.localizedDescription)
        }
    }

    private func makeDirectory(_ url: URL) throws(PanelError) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw .io(path: url.path, reason: error.localizedDescription)
        }
    }
}

/// An exclusive `flock` on a file named after a cache key, held while that key's entry is built.
///
/// `flock` locks belong to an open file description, so two opens of the file exclude each other within
/// one process as well as across processes, and the kernel releases the lock when a process dies.
struct KeyLock {
    private let descriptor: Int32

    init(_ file: URL) throws(PanelError) {
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .io(path: file.deletingLastPathComponent().path, reason: error.localizedDescription)
        }
        let opened = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard opened >= 0 else {
            throw .io(path: file.path, reason: String(cString: strerror(errno)))
        }
        while flock(opened, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(opened)
            throw .io(path: file.path, reason: "cannot lock: \(reason)")
        }
        descriptor = opened
    }

    func release() {
        // Closing the only descriptor of the open file description drops the lock.
        close(descriptor)
    }
}
