import Foundation

/// Why a file someone else controls (a candidate's file, a validator's feedback) was not read.
public enum UntrustedFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name holds `/`, is `.` or `..`, or is empty: only plain names inside the folder are read.
    case notAPlainName(path: String)
    /// The file is missing.
    case missing(path: String)
    /// The file is a symbolic link, which is never followed.
    case symbolicLink(path: String)
    /// The file is a folder, a FIFO, a device or a socket.
    case notARegularFile(path: String, kind: String)
    /// The file is larger than the cap.
    case tooLarge(path: String, bytes: Int, capBytes: Int)
    /// The system refused (permissions, I/O error).
    case unreadable(path: String, reason: String)

    /// The file as named in messages.
    public var path: String {
        switch self {
        case .notAPlainName(let path), .missing(let path), .symbolicLink(let path), .notARegularFile(let path, _),
            .tooLarge(let path, _, _), .unreadable(let path, _):
            return path
        }
    }

    /// Why, without the file's name: "is a symbolic link".
    public var reason: String {
        switch self {
        case .notAPlainName: return "is not a plain file name inside the folder"
        case .missing: return "does not exist (no such file)"
        case .symbolicLink: return "is a symbolic link (not followed)"
        case .notARegularFile(_, let kind): return "is not a regular file (it is \(kind))"
        case .tooLarge(_, let bytes, let cap):
            return "is larger than \(UntrustedFile.describe(bytes: cap)) (\(UntrustedFile.describe(bytes: bytes)))"
        case .unreadable(_, let reason): return "cannot be read: \(reason)"
        }
    }

    public var description: String { "\(path) \(reason)" }
}

/// Reads files that a candidate or a candidate's program controls, without following a symbolic link,
/// blocking on a FIFO or device, or reading more than a cap.
///
/// Each file is opened by a plain name relative to a folder Panel already holds open (`openat` with
/// `O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC`), so neither the name nor a swapped parent can lead outside the
/// folder; `fstat` on the open descriptor must say "regular file" before a byte is read, and at most
/// `capBytes` are read, whatever the file grows to meanwhile.
public enum UntrustedFile {
    /// What a folder entry is, from `fstatat` without following links.
    public enum Kind: Sendable, Equatable {
        case regular(bytes: Int)
        case directory
        case symbolicLink
        case other(String)
    }

    /// Reads `name` inside the open folder `folder` (a descriptor the caller owns).
    /// - Parameters:
    ///   - display: how messages name the file ("Submissions/ana/lru-cache.swift").
    ///   - capBytes: a larger file is refused, never truncated silently, unless `truncating`.
    ///   - truncating: read the first `capBytes` of a larger file instead of refusing it (logs, messages).
    public static func read(
        _ name: String,
        in folder: Int32,
        display: String,
        capBytes: Int,
        truncating: Bool = false
    ) throws(UntrustedFileError) -> [UInt8] {
        guard isPlainName(name) else { throw .notAPlainName(path: display) }
        let descriptor = openat(folder, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            // ELOOP is what O_NOFOLLOW gives for a link; ask what the entry is for a clear message.
            if code == ELOOP || code == EMLINK { throw .symbolicLink(path: display) }
            if code == ENOENT { throw .missing(path: display) }
            if code == ENXIO { throw .notARegularFile(path: display, kind: "a socket or a FIFO without writer") }
            throw .unreadable(path: display, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        return try readOpen(descriptor, display: display, capBytes: capBytes, truncating: truncating)
    }

    /// Reads the file at `path`, whose folder is trusted (the user named it) but whose last component is not:
    /// a link there is refused.
    public static func read(path: String, capBytes: Int, truncating: Bool = false) throws(UntrustedFileError) -> [UInt8]
    {
        let url = URL(fileURLWithPath: path)
        let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard folder >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: String(cString: strerror(code)))
        }
        defer { close(folder) }
        return try read(
            url.lastPathComponent, in: folder, display: path, capBytes: capBytes, truncating: truncating)
    }

    /// Reads what the descriptor holds once `fstat` says it is a regular file of at most `capBytes`.
    static func readOpen(
        _ descriptor: Int32,
        display: String,
        capBytes: Int,
        truncating: Bool
    ) throws(UntrustedFileError) -> [UInt8] {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw .unreadable(path: display, reason: String(cString: strerror(errno)))
        }
        let kind = kind(of: status)
        guard case .regular(let bytes) = kind else {
            throw .notARegularFile(path: display, kind: describe(kind))
        }
        guard bytes <= capBytes || truncating else {
            throw .tooLarge(path: display, bytes: bytes, capBytes: capBytes)
        }
        // One byte more than the cap tells a file that grew after fstat from one that fits.
        var buffer = [UInt8](repeating: 0, count: truncating ? capBytes : capBytes + 1)
        var filled = 0
        while filled < buffer.count {
            let count = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress.map { $0 + filled }, raw.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: display, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= capBytes else { throw .tooLarge(path: display, bytes: filled, capBytes: capBytes) }
        return Array(buffer.prefix(filled))
    }

    /// What `name` inside `folder` is, without following a link; nil when it does not exist.
    public static func kind(of name: String, in folder: Int32) -> Kind? {
        var status = stat()
        guard fstatat(folder, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return kind(of: status)
    }

    static func kind(of status: stat) -> Kind {
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular(bytes: Int(status.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        case S_IFIFO: return .other("a FIFO")
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("of an unknown kind")
        }
    }

    /// "a folder", "a FIFO": the kind in a sentence.
    public static func describe(_ kind: Kind) -> String {
        switch kind {
        case .regular: return "a regular file"
        case .directory: return "a folder"
        case .symbolicLink: return "a symbolic link"
        case .other(let text): return text
        }
    }

    /// A name with no `/`, not `.` or `..`, not empty, without NUL.
    public static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// "64 KiB", "1 MiB": a byte count for messages.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1024 { return "\(bytes / 1024) KiB" }
        return "\(bytes) bytes"
    }
}
