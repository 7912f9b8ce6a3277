import CSandbox

/// A run's input under a name that says nothing about the test case: a hard link (or, across filesystems, a
/// copy) beside the run's stdout, named `input-<box>`. The private root binds this path as /judge/stdin, and
/// /proc/self/mountinfo shows a bind's source, so the case's own path must never be that source.
struct NeutralInput {
    /// The neutral path, or the input's own when it already lives beside the run's stdout.
    let path: String
    private let made: Bool

    /// Nil for an input that is not a regular file (a device such as /dev/null is passed as a descriptor).
    init?(_ input: String, beside stdoutPath: String, box: Int) throws(SandboxError) {
        guard Self.isRegularFile(input) else { return nil }
        let folder = stdoutPath.lastIndex(of: "/").map { String(stdoutPath[..<$0]) } ?? "."
        if input.hasPrefix(folder + "/") {
            path = input
            made = false
            return
        }
        path = "\(folder)/input-\(box)"
        unlink(path)
        if linkat(AT_FDCWD, input, AT_FDCWD, path, AT_SYMLINK_FOLLOW) != 0 {
            // EXDEV (another filesystem) or EPERM (protected_hardlinks, a file of another user): copy it.
            try Self.copy(input, to: path)
        }
        made = true
    }

    func remove() {
        if made { unlink(path) }
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    private static func copy(_ source: String, to target: String) throws(SandboxError) {
        let from = try syscall("open(\(source))") { open(source, O_RDONLY | O_CLOEXEC) }
        defer { close(from) }
        let to = try syscall("open(\(target))") { open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600) }
        defer { close(to) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try syscall("read(\(source))") {
                buffer.withUnsafeMutableBytes { read(from, $0.baseAddress, $0.count) }
            }
            if count == 0 { return }
            var written = 0
            while written < count {
                written += try syscall("write(\(target))") {
                    buffer[written..<count].withUnsafeBytes { write(to, $0.baseAddress, $0.count) }
                }
            }
        }
    }
}
