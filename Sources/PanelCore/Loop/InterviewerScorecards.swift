import Foundation
import Sandbox

/// The human interviewers' scorecards for one candidate: `<scorecards>/<candidate>/<round-id>.yaml`, outside the
/// candidate folder (the candidate must not write the scorecard that decides their own culture round), and,
/// when the loop names an allowed-signers file, each signed by an interviewer (`<round-id>.yaml.sig`).
///
/// Every file is read through ``UntrustedFolder``: in CI a candidate's change can touch any path, so a link or
/// a FIFO here is a rejected scorecard, never a file Panel follows.
public struct InterviewerScorecards: Sendable {
    /// What the folder holds for one manual round.
    public enum Outcome: Sendable {
        /// A scorecard that may decide its round; `signer` is the allowed principal who signed it, if signed.
        case scored(Scorecard, file: String, signer: String?)
        /// No scorecard yet; the reason names where it was looked for.
        case missing(reason: String, file: String)
        /// A scorecard that is there but may not decide: unsigned, badly signed, written for another candidate or
        /// round, or not a regular file.
        case rejected(reason: String, file: String)
    }

    /// The scorecards folder (`--scorecards DIR` or the loop file's `scorecards:`); nil when neither says.
    public let root: URL?
    /// The signature check, when the loop requires signed scorecards.
    public let signatures: ScorecardSignature?

    public init(loop: LoopFile, sandbox: Sandbox) {
        root = loop.scorecards
        signatures = loop.allowedSigners.map {
            ScorecardSignature(allowedSigners: $0, namespace: loop.signatureNamespace, sandbox: sandbox)
        }
    }

    /// The scorecard of `round` for `candidate` (the candidate folder's name).
    /// - Throws: ``SpecError`` for a scorecard that may decide but is not valid (file, line, field);
    ///   ``PanelError`` when ssh-keygen cannot be run.
    public func scorecard(for round: Round, candidate: String) throws -> Outcome {
        guard let root else {
            return .missing(
                reason: "no scorecards folder: give --scorecards DIR or scorecards: in the loop file",
                file: "<scorecards>/\(candidate)/\(round.scorecard)")
        }
        let rootDisplay = Self.relative(root)
        let display = "\(rootDisplay)/\(candidate)/\(round.scorecard)"
        let missing = Outcome.missing(
            reason: "no scorecard yet: the interviewer has not written \(display)", file: display)
        let folder: UntrustedFolder
        do {
            folder = try UntrustedFolder(root, display: rootDisplay).folder(candidate)
        } catch .missing, .notAPlainName {
            return missing
        } catch {
            return .rejected(reason: "\(error.description): not read", file: display)
        }
        let bytes: [UInt8]
        do {
            bytes = try folder.read(round.scorecard, capBytes: ManualScorecard.capBytes)
        } catch .missing {
            return missing
        } catch {
            return .rejected(reason: "\(error.description): not read", file: display)
        }

        var signer: String?
        if let signatures {
            let signatureName = round.scorecard + ".sig"
            let signature: [UInt8]
            do {
                signature = try folder.read(signatureName, capBytes: ScorecardSignature.capBytes)
            } catch .missing {
                return .rejected(
                    reason: "\(display) is not signed: the loop requires \(display).sig "
                        + "(ssh-keygen -Y sign -n \(signatures.namespace)) by a key in \(signatures.allowedSigners.path)",
                    file: display)
            } catch {
                return .rejected(reason: "\(error.description): not read", file: display)
            }
            switch try signatures.verify(bytes, signature: signature) {
            case .verified(let principal): signer = principal
            case .refused(let why): return .rejected(reason: "\(display).sig: \(why)", file: display)
            }
        }

        guard let text = String(bytes: bytes, encoding: .utf8) else {
            throw SpecError.syntax(file: display, line: 1, reason: "the file is not valid UTF-8")
        }
        let written = try ManualScorecard.read(text, file: display, round: round)
        if let named = written.candidate, named != candidate {
            return .rejected(
                reason: "\(display) is written for candidate '\(named)', not '\(candidate)': "
                    + "a scorecard is never carried over to another candidate", file: display)
        }
        if signer != nil && (written.candidate == nil || !written.namesRound) {
            return .rejected(
                reason: "\(display) is signed but does not name its candidate: and round: "
                    + "(a signed scorecard must, so it cannot be replayed onto another candidate or round)",
                file: display)
        }
        return .scored(written.scorecard, file: display, signer: signer)
    }

    /// `url` relative to the working folder when it is inside it, for messages a person reads.
    static func relative(_ url: URL) -> String {
        let here = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }
}
