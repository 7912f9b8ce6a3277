import Sandbox

/// A failure of Panel itself or of its host (exit code 3), as opposed to a bad spec or a bad submission.
public enum PanelError: Error, Sendable, CustomStringConvertible {
    /// The Swift compiler is not on PATH (or at `PANEL_SWIFTC`).
    case compilerNotFound(searched: String)
    /// A file Panel owns could not be read or written.
    case io(path: String, reason: String)
    /// The process layer failed.
    case sandbox(SandboxError)
    /// A tool Panel needs (the compiler's `--version`, the doctor's probe compile) was stopped at a generous
    /// time limit: the host is too busy or too slow (an emulated VM), not Panel broken (exit 2).
    case hostTooSlow(path: String, reason: String)

    public var description: String {
        switch self {
        case .compilerNotFound(let searched): return "swiftc not found (searched \(searched)); set PANEL_SWIFTC"
        case .io(let path, let reason): return "\(path): \(reason)"
        case .sandbox(let error): return error.description
        case .hostTooSlow(let path, let reason):
            return "\(path): \(reason); this machine is too busy or too slow (an emulated VM?): run again when it "
                + "is less loaded"
        }
    }
}
