import Foundation

/// A folder whose contents someone else controls (a candidate folder, a validator's feedback folder), held
/// open so every file in it is read by a plain name relative to it (``UntrustedFile``).
///
/// The folder itself is opened once, by a path the user or Panel chose; nothing inside it is followed.
public final class UntrustedFolder: Sendable {
    /// The open folder; closed when the value goes away.
    let descriptor: Int32
    /// How messages name the folder ("Submissions/ana").
    public let display: String

    /// Opens the folder at `url`, following a link in the path the user gave (the user chose it).
    /// - Throws: ``UntrustedFileError`` when it is missing or not a folder.
    public init(_ url: URL, display: String) throws(UntrustedFileError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: display) }
            if code == ENOTDIR { throw .notARegularFile(path: display, kind: "not a folder") }
            throw .unreadable(path: display, reason: String(cString: strerror(code)))
        }
        self.descriptor = descriptor
        self.display = display
    }

    private init(descriptor: Int32, display: String) {
        self.descriptor = descriptor
        self.display = display
    }

    deinit { close(descriptor) }

    /// The folder `name` inside this one; a link or anything but a folder is refused.
    public func folder(_ name: String) throws(UntrustedFileError) -> UntrustedFolder {
        let path = "\(display)/\(name)"
        guard UntrustedFile.isPlainName(name) else { throw .notAPlainName(path: path) }
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else {
            let code = errno
            if code == ENOENT { throw .missing(path: path) }
            switch UntrustedFile.kind(of: name, in: descriptor) {
            case .symbolicLink: throw .symbolicLink(path: path)
            case .some(let kind) where kind != .directory:
                throw .notARegularFile(path: path, kind: UntrustedFile.describe(kind))
            default: throw .unreadable(path: path, reason: String(cString: strerror(code)))
            }
        }
        return UntrustedFolder(descriptor: child, display: path)
    }

    /// Reads the regular file `name` of at most `capBytes` (or its first `capBytes` when `truncating`).
    public func read(_ name: String, capBytes: Int, truncating: Bool = false) throws(UntrustedFileError) -> [UInt8] {
        try UntrustedFile.read(
            name, in: descriptor, display: "\(display)/\(name)", capBytes: capBytes, truncating: truncating)
    }

    /// Reads `name` as UTF-8 text (invalid bytes replaced) of at most `capBytes`.
    public func text(_ name: String, capBytes: Int, truncating: Bool = false) throws(UntrustedFileError) -> String {
        String(decoding: try read(name, capBytes: capBytes, truncating: truncating), as: UTF8.self)
    }

    /// What `name` is, without following a link; nil when it does not exist.
    public func kind(of name: String) -> UntrustedFile.Kind? {
        UntrustedFile.kind(of: name, in: descriptor)
    }

    /// The names in the folder (not `.` and `..`), sorted, each with its kind; links are listed, not followed.
    public func entries() throws(UntrustedFileError) -> [(name: String, kind: UntrustedFile.Kind)] {
        let copy = dup(descriptor)
        guard copy >= 0, let stream = fdopendir(copy) else {
            if copy >= 0 { close(copy) }
            throw .unreadable(path: display, reason: String(cString: strerror(errno)))
        }
        defer { closedir(stream) }
        rewinddir(stream)
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted().compactMap { name in kind(of: name).map { (name, $0) } }
    }
}
