import CSandbox

/// The seccomp filter on submissions, as this kernel allows it.
enum SystemCallFilter: Sendable {
    /// Denied calls fail with EPERM after passing through Panel, which names them in the report.
    case reported
    /// Denied calls fail with EPERM; the kernel has no user notification to tell Panel which.
    case silent
    /// No filter: the reason.
    case unavailable(String)

    /// Probes the kernel once, in a short-lived child.
    static func detect() -> SystemCallFilter {
        var notifies: Int32 = 0
        let code = panel_seccomp_probe(&notifies)
        if code != 0 { return .unavailable("seccomp: \(errnoDescription(code))") }
        return notifies != 0 ? .reported : .silent
    }

    var isAvailable: Bool {
        if case .unavailable = self { return false }
        return true
    }

    /// One line for reports.
    var summary: String {
        switch self {
        case .reported:
            return "seccomp on submissions: ptrace, keyctl, io_uring, userfaultfd, bpf, perf_event_open, mounts, "
                + "new namespaces, modules and kexec fail with EPERM, and the report names each call"
        case .silent:
            return "seccomp on submissions: ptrace, keyctl, io_uring, userfaultfd, bpf, perf_event_open, mounts, "
                + "new namespaces, modules and kexec fail with EPERM (this kernel cannot tell Panel which)"
        case .unavailable(let reason):
            return "none (\(reason))"
        }
    }

    /// The names of the calls a run's filter denied.
    static func names(_ denied: panel_denied_calls) -> [String] {
        withUnsafeBytes(of: denied.numbers) { raw in
            raw.bindMemory(to: Int32.self).prefix(Int(denied.count)).map { number in
                panel_denied_call_name(number).map { String(cString: $0) } ?? "system call \(number)"
            }
        }
    }
}
