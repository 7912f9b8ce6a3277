import Foundation
import Sandbox

/// Checks an interviewer's SSH signature on a scorecard, as git checks signed commits: `ssh-keygen -Y
/// find-principals` names the allowed signer whose key made the signature, then `ssh-keygen -Y verify` checks it
/// for that principal and the loop's namespace.
///
/// The scorecard and signature bytes Panel already read (never through a link) are copied into a folder Panel
/// owns, so ssh-keygen verifies exactly the bytes Panel then parses. ssh-keygen runs through the sandbox as a
/// judge-side tool, like a compiler's version probe.
public struct ScorecardSignature: Sendable {
    /// The loop's allowed-signers file (`principal key-type key` lines, as `ssh-keygen -Y verify` reads).
    public let allowedSigners: URL
    /// The namespace signatures must be made for (`ssh-keygen -Y sign -n`).
    public let namespace: String
    let sandbox: Sandbox

    /// Bytes of a signature file Panel reads.
    public static let capBytes = 16 * 1024

    /// What the check found.
    public enum Result: Sendable, Equatable {
        /// Signed by `principal`, an allowed signer, for the namespace.
        case verified(principal: String)
        /// Not signed by an allowed signer, or not for these bytes or this namespace.
        case refused(String)
    }

    /// Checks `signature` over `data`.
    /// - Throws: ``SpecError`` when ssh-keygen is not installed (the loop asks for what this host cannot do);
    ///   ``PanelError`` when it cannot be run.
    public func verify(_ data: [UInt8], signature: [UInt8]) throws -> Result {
        guard let keygen = ToolRun.find(["ssh-keygen"], path: "/usr/bin:/bin:/usr/local/bin") else {
            throw SpecError.unsupported(
                file: allowedSigners.path,
                feature: "signed scorecards without ssh-keygen (install OpenSSH 8.1 or later; Debian: openssh-client)")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-signature-\(UUID().uuidString)")
        try TemporaryFolders.make(scratch)
        defer { TemporaryFolders.remove(scratch) }
        let dataFile = scratch.appendingPathComponent("scorecard")
        let signatureFile = scratch.appendingPathComponent("scorecard.sig")
        do {
            try Data(data).write(to: dataFile)
            try Data(signature).write(to: signatureFile)
        } catch {
            throw PanelError.io(path: scratch.path, reason: error.localizedDescription)
        }

        let found = try run(
            keygen,
            ["-Y", "find-principals", "-s", signatureFile.path, "-f", allowedSigners.path], stdin: nil,
            scratch: scratch)
        let principals = found.output.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard found.ok, let principal = principals.first else {
            return .refused("not signed by a key in \(allowedSigners.lastPathComponent)")
        }
        let verified = try run(
            keygen,
            [
                "-Y", "verify", "-f", allowedSigners.path, "-I", principal, "-n", namespace, "-s", signatureFile.path,
            ], stdin: dataFile, scratch: scratch)
        guard verified.ok else {
            return .refused(
                "the signature by \(principal) does not verify for these bytes and namespace '\(namespace)'")
        }
        return .verified(principal: principal)
    }

    /// Runs ssh-keygen with `arguments`; `ok` when it exited 0, `output` its stdout.
    private func run(
        _ keygen: String,
        _ arguments: [String],
        stdin: URL?,
        scratch: URL
    ) throws(PanelError) -> (ok: Bool, output: String) {
        let name = UUID().uuidString
        let spec = ProcessSpec(
            executable: keygen, arguments: arguments, environment: ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"],
            stdinPath: stdin?.path, stdoutPath: scratch.appendingPathComponent("\(name).out").path,
            stderrPath: scratch.appendingPathComponent("\(name).err").path, unprivileged: false, role: .judge)
        let limits = ResourceLimits(
            cpuTime: .seconds(10), wallTime: .seconds(20), memoryBytes: 256 << 20, stackBytes: 16 << 20,
            outputBytes: 1 << 20, processCount: 16)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        let output = (try? UntrustedFile.read(path: spec.stdoutPath, capBytes: 64 * 1024, truncating: true)) ?? []
        return (outcome.termination == .exited(0), String(decoding: output, as: UTF8.self))
    }
}
