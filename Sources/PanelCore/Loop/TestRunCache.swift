import Foundation

/// What a reference or known-wrong solution did on a candidate's test, kept under the Panel cache
/// (`<cache>/candidate-tests/`) and shared by every candidate and every later run.
///
/// Everything that decides a result is in its key: the solution's compile key (sources, compiler, flags), the
/// input's and answer's SHA-256, the output validator's files and arguments, and the limits. Entries are
/// published with one rename, so two Panel processes never see half of one.
struct TestRunCache {
    /// The folder: `candidate-tests` inside the compile cache's folder.
    let directory: URL

    init(cache: CompileCache) {
        directory = cache.directory.appendingPathComponent("candidate-tests")
    }

    /// A key from `parts`, each length-prefixed so no two lists give the same bytes.
    static func key(_ parts: [String]) -> String {
        var digest = SHA256()
        for part in parts {
            digest.update(Array("\(part.utf8.count):".utf8))
            digest.update(Array(part.utf8))
        }
        return digest.hexDigest()
    }

    /// The SHA-256 of a file's bytes, or of every file below a folder (names and contents, in name order).
    static func digest(of url: URL) -> String {
        var digest = SHA256()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return "absent" }
        if !isDirectory.boolValue {
            digest.update(Array(FileManager.default.contents(atPath: url.path) ?? Data()))
            return digest.hexDigest()
        }
        let names = (FileManager.default.subpaths(atPath: url.path) ?? []).sorted()
        for name in names {
            let file = url.appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            digest.update(Array("\(name)\0\(data.count)\0".utf8))
            digest.update(Array(data))
        }
        return digest.hexDigest()
    }

    /// Where the reference solution's answer for `key` lives.
    func answer(_ key: String) -> URL {
        directory.appendingPathComponent("answers").appendingPathComponent(key + ".ans")
    }

    /// The verdict a known-wrong solution got for `key`, if recorded.
    func verdict(_ key: String) -> (verdict: Verdict, detail: String?)? {
        let file = directory.appendingPathComponent("runs").appendingPathComponent(key)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, let verdict = Verdict(rawValue: String(first)) else { return nil }
        let detail = lines.dropFirst().joined(separator: "\n")
        return (verdict, detail.isEmpty ? nil : detail)
    }

    /// Records a verdict for `key`.
    func record(_ verdict: Verdict, detail: String?, for key: String) {
        let text = verdict.rawValue + "\n" + (detail ?? "")
        Self.publish(Data(text.utf8), at: directory.appendingPathComponent("runs").appendingPathComponent(key))
    }

    /// A line recorded for `key` (an input validation's outcome), if any.
    func note(_ key: String) -> String? {
        let file = directory.appendingPathComponent("validations").appendingPathComponent(key)
        return FileManager.default.contents(atPath: file.path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Records `note` for `key`.
    func record(note: String, for key: String) {
        Self.publish(Data(note.utf8), at: directory.appendingPathComponent("validations").appendingPathComponent(key))
    }

    /// Moves `file` to the answer for `key` (a file on the same or another file system).
    func storeAnswer(_ file: URL, for key: String) -> URL? {
        let destination = answer(key)
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        Self.publish(data, at: destination)
        return FileManager.default.fileExists(atPath: destination.path) ? destination : nil
    }

    /// Writes `data` beside `destination`, then renames it there; a failure leaves no entry (the work is redone).
    /// Also how ``TimeLimitRule`` keeps a derived limit.
    static func publish(_ data: Data, at destination: URL) {
        let folder = destination.deletingLastPathComponent()
        let staging = folder.appendingPathComponent(".staging-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: staging)
            // Validators run as the unprivileged user and read answers through a bind.
            _ = chmod(staging.path, 0o644)
            if rename(staging.path, destination.path) != 0 { try? FileManager.default.removeItem(at: staging) }
        } catch {
            try? FileManager.default.removeItem(at: staging)
        }
    }
}
