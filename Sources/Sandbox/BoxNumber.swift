import CSandbox
import Synchronization

/// A box number this Panel process holds: an exclusive `flock` on `box-<n>.lock` in the box folder, so two
/// Panel processes on one machine never use the same number, hence never the same uid. The kernel drops the
/// lock when the process dies, however it dies.
final class BoxNumber: Sendable {
    /// The number.
    let number: Int
    private let descriptor: Int32
    private let released = Atomic(false)

    /// The first uid of the boxes' range when Panel is root: `PANEL_BOX_UID_BASE`, else 60000 (as isolate).
    static let uidBase: UInt32 = {
        if let text = getenv("PANEL_BOX_UID_BASE").map({ String(cString: $0) }), let base = UInt32(text),
            base >= 1000, base < UInt32.max - UInt32(capacity)
        {
            return base
        }
        return 60000
    }()

    /// How many boxes a machine can have at once (hence the width of the uid range).
    static let capacity = 1000

    /// Where the locks live: `/run/panel` for root, else a folder of the user's own.
    static let folder: String = {
        if geteuid() == 0 { return "/run/panel" }
        if let runtime = getenv("XDG_RUNTIME_DIR").map({ String(cString: $0) }), !runtime.isEmpty {
            return runtime + "/panel"
        }
        return "/tmp/panel-\(geteuid())"
    }()

    private init(number: Int, descriptor: Int32) {
        self.number = number
        self.descriptor = descriptor
    }

    /// Claims the lowest free number.
    static func claim() throws(SandboxError) -> BoxNumber {
        let directory = try ownFolder()
        for number in 0..<capacity {
            let path = "\(directory)/box-\(number).lock"
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard descriptor >= 0 else { throw SandboxError.systemCall("open(\(path))", errno: errno) }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return BoxNumber(number: number, descriptor: descriptor) }
            let code = errno
            close(descriptor)
            if code != EWOULDBLOCK && code != EINTR { throw SandboxError.systemCall("flock(\(path))", errno: code) }
        }
        throw SandboxError.systemCall("claiming a box: all \(capacity) are in use in \(directory)", errno: EBUSY)
    }

    /// The lock folder, made if missing; it must be a real folder owned by Panel's user and writable by it
    /// alone, so nobody else can hold Panel's numbers or swap the folder for a link.
    private static func ownFolder() throws(SandboxError) -> String {
        let directory = folder
        var parent = String(directory)
        if let slash = parent.lastIndex(of: "/"), slash != parent.startIndex {
            parent = String(parent[..<slash])
            if mkdir(parent, 0o755) != 0 && errno != EEXIST {
                throw SandboxError.systemCall("mkdir(\(parent))", errno: errno)
            }
        }
        if mkdir(directory, 0o700) != 0 && errno != EEXIST {
            throw SandboxError.systemCall("mkdir(\(directory))", errno: errno)
        }
        var info = stat()
        guard lstat(directory, &info) == 0 else { throw SandboxError.systemCall("lstat(\(directory))", errno: errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid(), info.st_mode & 0o022 == 0 else {
            throw SandboxError.unsafeFolder(directory)
        }
        return directory
    }

    /// Gives the number back (closing the lock file drops the lock).
    func release() {
        if !released.exchange(true, ordering: .acquiringAndReleasing) { close(descriptor) }
    }
}
