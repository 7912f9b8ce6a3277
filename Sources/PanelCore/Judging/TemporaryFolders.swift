import Foundation

/// Temporary folders Panel made and must remove even when interrupted.
///
/// Ctrl-C is handled on another thread while the work goes on, so a folder made after the cleanup began
/// would outlive Panel. Folders are therefore made under the lock the cleanup holds until the exit: a folder
/// is made either before the cleanup (which then removes it) or never (the thread that wanted it waits for
/// the exit). Code that makes folders inside a remembered one uses ``makeInside(_:permissions:)`` for the
/// same reason.
public enum TemporaryFolders {
    nonisolated(unsafe) private static var folders: Set<URL> = []
    nonisolated(unsafe) private static var stopping = false
    private static let lock = NSLock()

    /// Makes `folder` (and missing parents) and remembers it for removal on interrupt.
    static func make(_ folder: URL, permissions: Int? = nil) throws(PanelError) {
        try create(folder, parents: true, permissions: permissions, remember: true)
    }

    /// Makes a folder (and missing parents) inside a remembered one, which an interrupt never brings back.
    static func makeInside(_ folder: URL, permissions: Int? = nil) throws(PanelError) {
        try create(folder, parents: true, permissions: permissions, remember: false)
    }

    /// Removes a folder now, then forgets it: forgotten first, a removal cut short by an interrupt's exit
    /// would leave the rest of the folder behind, which the interrupt's cleanup no longer knows of.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        lock.withLock { _ = folders.remove(folder) }
    }

    /// Removes every remembered folder, and makes no more; for Ctrl-C and SIGTERM.
    public static func removeAll() {
        lock.lock()
        stopping = true
        for folder in folders { removeUntilGone(folder) }
        folders = []
        // Kept locked: the process exits next, and no thread may make a folder meanwhile.
    }

    /// Removes `folder`, again while it still exists: a program killed a moment ago may still be finishing a
    /// write into it, which makes the removal fail with ENOTEMPTY. Gives up after about a second.
    private static func removeUntilGone(_ folder: URL) {
        for _ in 0..<20 {
            try? FileManager.default.removeItem(at: folder)
            guard FileManager.default.fileExists(atPath: folder.path) else { return }
            usleep(50_000)
        }
    }

    private static func create(
        _ folder: URL, parents: Bool, permissions: Int?, remember: Bool
    ) throws(PanelError) {
        lock.lock()
        guard !stopping else { parkUntilExit() }
        defer { lock.unlock() }
        do {
            let attributes: [FileAttributeKey: Any]? = permissions.map { [.posixPermissions: $0] }
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: parents, attributes: attributes)
        } catch {
            throw .io(path: folder.path, reason: error.localizedDescription)
        }
        if remember { folders.insert(folder) }
    }

    /// The interrupt handler is removing everything and will exit the process.
    private static func parkUntilExit() -> Never {
        while true { pause() }
    }
}
