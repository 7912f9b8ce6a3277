import Foundation

/// A report folder written whole: every file goes into a staging folder beside it, which then takes the old
/// folder's place by rename. A reader (or an interrupted run) sees the old reports or the new ones, never half.
public enum ReportFolder {
    /// What a loop report folder holds; a folder holding anything else is not Panel's to replace.
    public static let entries: Set<String> = ["loop.json", "rounds", "scorecard.md", "junit.xml", "report.html"]

    /// Why a folder cannot be used.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Checks that `folder` is absent, empty or an earlier loop report, so replacing it loses nothing else.
    /// - Throws: ``Refusal`` naming what else is there.
    public static func checkReplaceable(_ folder: URL) throws(Refusal) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Refusal(description: "\(folder.path) is a file, not a report folder")
        }
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let foreign = present.filter { !entries.contains($0) }.sorted()
        guard foreign.isEmpty else {
            let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
            throw Refusal(
                description: "\(folder.path) holds files that are not a loop report (\(shown)); "
                    + "Panel replaces the report folder whole, so give a new or empty folder")
        }
    }

    /// Writes `files` (relative path → contents) as the new contents of `folder`.
    /// - Throws: ``Refusal`` when the folder holds other files; ``PanelError`` when writing fails.
    public static func write(_ files: [String: Data], to folder: URL) throws {
        try checkReplaceable(folder)
        let manager = FileManager.default
        let folder = folder.standardizedFileURL
        let parent = folder.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).new-\(token)")
        let aside = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(token)")
        try TemporaryFolders.make(staging)
        defer { TemporaryFolders.remove(staging) }
        do {
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try makeFolders(for: url, inside: staging)
                try data.write(to: url)
            }
        } catch {
            throw PanelError.io(path: staging.path, reason: error.localizedDescription)
        }
        let replacing = manager.fileExists(atPath: folder.path)
        if replacing, rename(folder.path, aside.path) != 0 {
            throw PanelError.io(path: folder.path, reason: "cannot move the old report aside (errno \(errno))")
        }
        if rename(staging.path, folder.path) != 0 {
            let code = errno
            if replacing { _ = rename(aside.path, folder.path) }
            throw PanelError.io(path: folder.path, reason: "cannot put the new report in place (errno \(code))")
        }
        if replacing { try? manager.removeItem(at: aside) }
    }

    /// Makes the folders between `staging` and `file`, one level at a time, so an interrupt that removed
    /// `staging` is never undone.
    private static func makeFolders(for file: URL, inside staging: URL) throws {
        let relative = file.deletingLastPathComponent().path.dropFirst(staging.path.count)
        var folder = staging
        for part in relative.split(separator: "/") {
            folder.appendPathComponent(String(part))
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
                continue
            }
            try TemporaryFolders.makeInside(folder)
        }
    }
}
