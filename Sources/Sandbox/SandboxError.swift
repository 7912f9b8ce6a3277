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

    public var description: String {
        switch self {
        case .systemCall(let call, let code):
            return "\(call) failed: \(errnoDescription(code)) (errno \(code))"
        case .spawn(let executable, let step, let code):
            return "could not start \(executable): \(step) failed: \(errnoDescription(code)) (errno \(code))"
        case .isolationUnavailable(let what):
            return "isolation required but unavailable: \(what)"
        }
    }
}
