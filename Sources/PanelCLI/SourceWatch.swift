import Foundation

/// `--watch`: judge a file, then again each time it is saved, until Ctrl-C (exit 130).
///
/// The file is polled every half second by its inode, size and modification time: an editor that saves by
/// writing a new file and renaming it over the old one changes the inode, one that writes in place the
/// time. A file that is briefly missing mid-save is waited for.
struct SourceWatch {
    let path: String
    let interval = Duration.milliseconds(500)

    /// What identifies one saved version of the file; nil while it is missing.
    private func signature() -> [Int]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [
            Int(info.st_dev), Int(info.st_ino), Int(info.st_size), info.st_mtim.tv_sec, info.st_mtim.tv_nsec,
        ]
    }

    /// Runs `judgeOnce` now and after every save; returns only if it throws. Ctrl-C exits the process.
    func run(_ judgeOnce: (Progress) throws -> Int32) throws -> Never {
        let environment = ProcessInfo.processInfo.environment
        while true {
            let judged = signature()
            _ = try judgeOnce(Progress(environment: environment))
            // A pipe (`| tee`) holds stdout back in a buffer: each report shows as soon as it is ready.
            fflush(nil)
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm:ss"
            FileHandle.standardError.write(
                Data("panel: watching \(path) (judged at \(formatter.string(from: Date()))); Ctrl-C to stop\n".utf8))
            var current = signature()
            while current == nil || current == judged {
                Thread.sleep(forTimeInterval: Double(interval.milliseconds) / 1000)
                current = signature()
            }
            // Let an editor finish writing before the file is read.
            Thread.sleep(forTimeInterval: 0.1)
            print("\n── \(path) changed; judging again ──\n")
            fflush(nil)
        }
    }
}
