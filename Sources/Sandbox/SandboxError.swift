/// A failure of Panel's own process machinery, never of the program being run.
///
/// A program that crashes, times out or exceeds a limit is a ``RunOutcome``; this error means
/// the run could not happen or could not be measured.
public enum SandboxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case systemCall(String, errno: Int32)
    /// The child failed while preparing to run: `step` names what it was doing.
    case spawn(executable: String, step: String, errno: Int32)
    /// A mechanism that `--require-isolation` asked for is missing.
    case isolationUnavailable(String)
    /// Panel is stopping (Ctrl-C, SIGTERM): no new program starts.
    case interrupted
    /// A folder Panel keeps its state in is not a plain folder of Panel's own user, writable only by it.
    case unsafeFolder(String)
    /// Without namespaces, a box's uid could not reach the program or its working folder (`path`): a folder on
    /// the way is closed to other users. The host's setup, not Panel's failure.
    case unreachableForBox(path: String, uid: UInt32)
    /// The box's namespaces were made, but the kernel refused the mounts of the private root (Ubuntu 24.04's
    /// AppArmor restriction of unprivileged user namespaces, a container's seccomp profile).
    case mountsRefused(errno: Int32, root: Bool)
    /// /proc shows another pid namespace than Panel's (a pid namespace made without mounting its own /proc):
    /// Panel's thread pool and its sandbox find their threads and children there by pid.
    case foreignProc

    public var description: String {
        switch self {
        case .systemCall(let call, let code):
            return "\(call) failed: \(errnoDescription(code)) (errno \(code))"
        case .spawn(let executable, let step, let code):
            return "could not start \(executable): \(step) failed: \(errnoDescription(code)) (errno \(code))"
        case .isolationUnavailable(let what):
            return "isolation required but unavailable: \(what)"
        case .interrupted:
            return "interrupted"
        case .unreachableForBox(let path, let uid):
            return "without namespaces programs run as the box's own uid (\(uid)), which cannot reach \(path): a "
                + "folder on the way is closed to other users. Set TMPDIR and PANEL_CACHE to folders every user may "
                + "traverse (such as /tmp and /tmp/panel-cache), or let Panel create namespaces (in a container: "
                + "docker run --privileged)"
        case .mountsRefused(let code, let root):
            let refused =
                "the kernel refused the mounts of the private filesystem (\(errnoDescription(code)), errno \(code))"
            if root {
                return refused
                    + ": a security profile forbids them, as Docker's docker-default AppArmor profile does in a "
                    + "container. Run the container with --privileged (GitLab: privileged = true in the runner's "
                    + "config.toml), or with --security-opt apparmor=unconfined --security-opt seccomp=unconfined "
                    + "--cap-add SYS_ADMIN"
            }
            return refused
                + ": unprivileged user namespaces are restricted here (Ubuntu 24.04: "
                + "kernel.apparmor_restrict_unprivileged_userns=1). Run Panel as root (sudo), or allow them: "
                + "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0"
        case .foreignProc:
            return "/proc belongs to another pid namespace than Panel's (as after unshare --pid --fork without "
                + "--mount-proc): Panel finds its threads and its programs in /proc by pid, and cannot run here. "
                + "Mount a /proc of the namespace's own (unshare --pid --fork --mount-proc), or run Panel outside it"
        case .unsafeFolder(let path):
            return "\(path) must be a folder owned by uid \(geteuid()) and writable by it alone; remove it or fix it"
        }
    }
}
