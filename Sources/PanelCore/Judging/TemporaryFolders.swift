import Foundation

/// Temporary folders Panel made and must remove even when interrupted.
public enum TemporaryFolders {
    nonisolated(unsafe) private static var folders: Set<URL> = []
    private static let lock = NSLock()

    /// Remembers a folder to remove on interrupt.
    static func register(_ folder: URL) {
        lock.withLock { _ = folders.insert(folder) }
    }

    /// Removes a folder now and forgets it.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
        lock.withLock { _ = folders.remove(folder) }
    }

    /// Removes every registered folder; for Ctrl-C and SIGTERM.
    public static func removeAll() {
        for folder in lock.withLock({ folders }) { remove(folder) }
    }
}
