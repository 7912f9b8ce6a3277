import Foundation

/// A SHA-256 over everything a sharded run's result depends on: Panel's version and the bytes of every input
/// file (loop file, rubrics, plugins, problem packages, candidate folders, scorecards), each named by a label
/// and its path inside its folder, never by where the checkout lives. Two shards with the same fingerprint
/// judged the same inputs, so `panel merge` may combine them.
///
/// Symbolic links are hashed as their target text, never followed; special files by their name only.
public struct Fingerprint: Sendable {
    private var digest = SHA256()

    /// The largest file hashed whole; a larger one counts as unreadable (no input of a loop is that big).
    static let capBytes = 256 << 20

    /// A fingerprint of `version` and nothing else yet.
    public init(version: String) {
        digest.update(Array("panel packet fingerprint 1\0\(version)\0".utf8))
    }

    /// Adds a label (what the next inputs are, such as `candidate ana`).
    public mutating func add(label: String) {
        digest.update(Array("label\0\(label)\0".utf8))
    }

    /// Adds one file, or a folder and every file under it in name order, named relative to `url`.
    public mutating func add(_ url: URL, label: String) {
        add(label: label)
        addEntry(url, relative: ".")
    }

    private mutating func addEntry(_ url: URL, relative: String) {
        var info = stat()
        guard lstat(url.path, &info) == 0 else {
            digest.update(Array("absent\0\(relative)\0".utf8))
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            digest.update(Array("folder\0\(relative)\0".utf8))
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
            for name in names {
                addEntry(url.appendingPathComponent(name), relative: relative == "." ? name : "\(relative)/\(name)")
            }
        case S_IFREG:
            // Read as an untrusted file (a candidate folder's may be swapped for a FIFO after lstat).
            guard let contents = try? UntrustedFile.read(path: url.path, capBytes: Self.capBytes) else {
                digest.update(Array("unreadable\0\(relative)\0".utf8))
                return
            }
            digest.update(Array("file\0\(relative)\0\(contents.count)\0".utf8))
            digest.update(contents)
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? ""
            digest.update(Array("link\0\(relative)\0\(target)\0".utf8))
        default:
            digest.update(Array("special\0\(relative)\0".utf8))
        }
    }

    /// The hex digest.
    public var hex: String {
        var copy = digest
        return copy.hexDigest()
    }
}
