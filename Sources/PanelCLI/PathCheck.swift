import Foundation

/// Checks of the paths a command line names, made before any work starts, so a mistyped path costs a
/// second and exit code 2, not a judged loop and an internal error at the end.
enum PathCheck {
    /// A file the command reads: it must exist, be a regular file (not a folder) and be readable.
    /// - Parameter expected: what the path should name, for the message ("a Swift source file").
    static func inputFile(_ path: String, expected: String, command: String) throws(UsageError) {
        switch kind(of: path) {
        case nil:
            throw UsageError("\(path): no such file (expected \(expected))", command: command)
        case .folder?:
            throw UsageError("\(path): is a directory (expected \(expected))", command: command)
        case .file?:
            guard access(path, R_OK) == 0 else {
                throw UsageError("\(path): not readable (expected \(expected))", command: command)
            }
        }
    }

    /// A folder the command reads, named by `option` (or a positional when `option` is nil).
    static func inputFolder(
        _ path: String, option: String? = nil, expected: String, command: String
    ) throws(UsageError) {
        let label = option.map { "\($0) \(path)" } ?? path
        switch kind(of: path) {
        case nil: throw UsageError("\(label): no such folder (expected \(expected))", command: command)
        case .file?: throw UsageError("\(label): is a file, not a folder (expected \(expected))", command: command)
        case .folder?: return
        }
    }

    /// A folder the command writes into: it must be a folder already, or creatable under the nearest
    /// existing folder above it, and writable.
    static func outputFolder(_ path: String, option: String, command: String) throws(UsageError) {
        var folder = URL(fileURLWithPath: path).standardizedFileURL
        var missing = false
        while true {
            switch kind(of: folder.path) {
            case .file?:
                let problem =
                    missing ? "cannot be created: \(folder.path) is a file" : "is a file, not a folder"
                throw UsageError("\(option) \(path): \(problem)", command: command)
            case .folder?:
                guard access(folder.path, W_OK) == 0 else {
                    throw UsageError("\(option) \(path): \(folder.path) is not writable", command: command)
                }
                return
            case nil:
                missing = true
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { return }
                folder = parent
            }
        }
    }

    private enum Kind { case file, folder }

    /// What `path` names, following symbolic links; nil when nothing is there.
    private static func kind(of path: String) -> Kind? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .folder : .file
    }
}
