import CSandbox

/// A run's input under a name that says nothing about the test case: a hard link (or, across filesystems, a
/// copy) named `stdin` in a folder of the box's own beside the run's stdout, `stdin-<box>`. The private root
/// binds that folder read-only as /in, and /proc/self/mountinfo shows a bind's source, so the case's own
/// path must never be that source. The folder is the same for every run of the box (so a box's prebuilt root
/// can bind it once) and empty but while a run starts: the link is removed once the program has opened it.
struct NeutralInput {
    /// The folder bound at /in.
    let folder: String
    /// The neutral link, or nil where the input is not a regular file (a device such as /dev/null is passed as
    /// the descriptor Panel opened) or there is none.
    let path: String?

    /// The box's input folder for runs whose stdout is `stdoutPath`.
    static func folder(beside stdoutPath: String, box: Int) -> String {
        let parent = stdoutPath.lastIndex(of: "/").map { String(stdoutPath[..<$0]) } ?? "."
        return "\(parent)/stdin-\(box)"
    }

    init(_ input: String?, beside stdoutPath: String, box: Int) throws(SandboxError) {
        folder = Self.folder(beside: stdoutPath, box: box)
        // The child opens the input before it drops to the box's user: Panel's own folder.
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw SandboxError.systemCall("mkdir(\(folder))", errno: errno)
        }
        guard let input, Self.isRegularFile(input) else {
            path = nil
            return
        }
        let link = folder + "/stdin"
        unlink(link)
        if linkat(AT_FDCWD, input, AT_FDCWD, link, AT_SYMLINK_FOLLOW) != 0 {
            // EXDEV (another filesystem) or EPERM (protected_hardlinks, a file of another user): copy it.
            try Self.copy(input, to: link)
        }
        path = link
    }

    func remove() {
        if let path { unlink(path) }
    }

    static func isRegularFile(_ path: String) -> Bool {
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
