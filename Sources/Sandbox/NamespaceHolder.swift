import CSandbox
import Synchronization

/// A sleeping process whose namespaces the runs of one box join: pid 1 of their pid namespace, reaping
/// orphans, not dumpable (so a program of the same uid can neither trace it nor read its memory).
final class NamespaceHolder: Sendable {
    let pid: pid_t
    /// Descriptors of the user (when held), net and uts namespaces, joined by each child in that order.
    let files: [Int32]
    /// The pid namespace, joined once per spawning thread.
    let pidNamespace: Int32
    /// Panel's end of the holder's lifeline (a socket pair): when Panel dies, the holder reads end of file and
    /// exits; over it Panel asks the holder to kill everything in the box.
    private let lifeline: Int32
    /// Held around a request over the lifeline and around closing it: one request at a time.
    private let requests = Mutex(())
    /// The namespaces it holds.
    let namespaces: [String]
    /// The inode of its pid namespace, to recognise processes inside it.
    private let pidNamespaceLink: String?
    private let ended = Atomic(false)

    init?(namespaces: [String]) {
        var bits: Int32 = 0
        for name in namespaces {
            switch name {
            case "net": bits |= Int32(PANEL_NAMESPACE_NET.rawValue)
            case "ipc": bits |= Int32(PANEL_NAMESPACE_IPC.rawValue)
            case "uts": bits |= Int32(PANEL_NAMESPACE_UTS.rawValue)
            case "pid": bits |= Int32(PANEL_NAMESPACE_PID.rawValue)
            case "user": bits |= Int32(PANEL_NAMESPACE_USER.rawValue)
            default: break
            }
        }
        var pipe: [Int32] = [0, 0]
        guard panel_lifeline_pair(&pipe) == 0 else { return nil }
        var pid: pid_t = 0
        let code = panel_namespace_holder(bits, pipe[0], &pid)
        close(pipe[0])
        guard code == 0 else {
            close(pipe[1])
            // The caller names the failure by errno: clone's, not whatever close left there.
            errno = code
            return nil
        }
        if namespaces.contains("user") {
            // Panel's uid and gid become 0 inside; nothing else is mapped.
            let mapped =
                writeText("/proc/\(pid)/setgroups", "deny") && writeText("/proc/\(pid)/uid_map", "0 \(getuid()) 1")
                && writeText("/proc/\(pid)/gid_map", "0 \(getgid()) 1")
            if !mapped {
                kill(pid, SIGKILL)
                waitpid(pid, nil, 0)
                close(pipe[1])
                return nil
            }
        }
        var files: [Int32] = []
        var pidNamespace: Int32 = -1
        for name in namespaces {
            let descriptor = open("/proc/\(pid)/ns/\(name)", O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                for file in files { close(file) }
                if pidNamespace >= 0 { close(pidNamespace) }
                kill(pid, SIGKILL)
                waitpid(pid, nil, 0)
                close(pipe[1])
                return nil
            }
            if name == "pid" { pidNamespace = descriptor } else { files.append(descriptor) }
        }
        // The map is written and the files are open: the holder may now refuse the box's programs (same uid
        // without root) any access to itself.
        var seal = UInt8(ascii: "S")  // PANEL_HOLDER_SEAL
        _ = send(pipe[1], &seal, 1, Int32(MSG_NOSIGNAL))
        self.pid = pid
        self.files = files
        self.pidNamespace = pidNamespace
        self.lifeline = pipe[1]
        self.namespaces = namespaces
        pidNamespaceLink = Self.link("/proc/\(pid)/ns/pid")
    }

    private static func link(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 256)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Processes in the held pid namespace other than the holder.
    func others() -> [pid_t] {
        guard let namespace = pidNamespaceLink, let directory = opendir("/proc") else { return [] }
        defer { closedir(directory) }
        var found: [pid_t] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard let other = pid_t(name), other != pid, Self.link("/proc/\(name)/ns/pid") == namespace else {
                continue
            }
            found.append(other)
        }
        return found
    }

    /// Kills every process in the held pid namespace but the holder: the holder does it with one kill(-1) as the
    /// namespace's pid 1, which no fork bomb outruns. Only if the holder does not answer, Panel scans /proc for
    /// the namespace's processes and kills them, until none is left.
    func killOthers() {
        if holderKilledOthers() { return }
        for _ in 0..<100 {
            let left = others()
            if left.isEmpty { return }
            for other in left { kill(other, SIGKILL) }
            usleep(500)
        }
    }

    /// Asks the holder to kill every other process of its pid namespace; true once it answered that it did.
    private func holderKilledOthers() -> Bool {
        requests.withLock { _ in
            guard !ended.load(ordering: .acquiring) else { return false }
            var answer = UInt8(0)
            // A late answer to an earlier request that timed out is not this one's.
            while recv(lifeline, &answer, 1, Int32(MSG_DONTWAIT)) == 1 {}
            var request = UInt8(ascii: "K")  // PANEL_HOLDER_KILL
            guard send(lifeline, &request, 1, Int32(MSG_NOSIGNAL)) == 1 else { return false }
            // The answer comes once the box is empty, within 2 s; a holder that takes longer is stuck, and /proc
            // takes over.
            var ready = pollfd(fd: lifeline, events: Int16(POLLIN), revents: 0)
            for _ in 0..<50 {
                let result = poll(&ready, 1, 100)
                if result > 0 {
                    return recv(lifeline, &answer, 1, Int32(MSG_DONTWAIT)) == 1 && answer == request
                }
                if result < 0 && errno != EINTR { return false }
            }
            return false
        }
    }

    /// Kills the holder, and with it (as pid 1) everything in its pid namespace, and reaps it. The kernel holds
    /// a dying init until every process of its namespace is reaped, also those whose parent is Panel (a run
    /// still being waited for on another thread): the reaping waits a few seconds at most, and gives up on a
    /// holder that cannot end yet.
    func end() {
        guard !ended.exchange(true, ordering: .acquiringAndReleasing) else { return }
        requests.withLock { _ in _ = close(lifeline) }
        kill(pid, SIGKILL)
        for _ in 0..<2000 {
            let reaped = waitpid(pid, nil, WNOHANG)
            if reaped == pid || (reaped < 0 && errno != EINTR) { break }
            usleep(1000)
        }
        for file in files { close(file) }
        if pidNamespace >= 0 { close(pidNamespace) }
    }
}
