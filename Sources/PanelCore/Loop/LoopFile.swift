import Foundation

/// A mock interview loop as its YAML file describes it: rounds in order, each with its interviewer and problems.
public struct LoopFile: Sendable {
    /// The loop's name (the file's base name unless `name` says otherwise).
    public var name: String
    /// A title for reports.
    public var title: String
    /// What the loop is for.
    public var description: String?
    /// The file it was read from.
    public var file: URL
    /// The rounds in the order they run.
    public var rounds: [Round]
    /// The human interviewers' scorecards: `<scorecards>/<candidate>/<round-id>.yaml` (`scorecards:` in the loop
    /// file, relative to it, or `--scorecards DIR`). Never the candidate folder, which the candidate writes.
    public var scorecards: URL? = nil
    /// When set (`allowed_signers:`), every manual scorecard must carry an SSH signature
    /// (`<round-id>.yaml.sig`, `ssh-keygen -Y sign`) by a key this file allows.
    public var allowedSigners: URL? = nil
    /// The namespace the signatures are made for (`signature_namespace:`).
    public var signatureNamespace = LoopFile.defaultSignatureNamespace

    /// The signature namespace when the loop file does not name one.
    public static let defaultSignatureNamespace = "panel-scorecard"
}

/// One round of a loop.
public struct Round: Sendable {
    /// A short identifier, unique in the loop, used for report file names (`onsite-coding-1`).
    public var id: String
    /// A title for reports.
    public var title: String
    /// What sort of round it is (``Round/kinds``).
    public var kind: String
    /// Who writes the round's scorecard.
    public var interviewer: InterviewerSpec
    /// Problem slugs (or package paths) judged in the round; empty for a manual round.
    public var problems: [String]
    /// Whether the round gates the rest: below hire, later rounds do not run. Screens gate by default.
    public var gate: Bool
    /// For a manual round: the scorecard's file name inside `<scorecards>/<candidate>/` (`<round-id>.yaml`).
    public var scorecard: String

    /// The round kinds a loop file may use, after the seeds' loop.
    public static let kinds = [
        "screen", "coding", "design-implementation", "ml", "system-design", "culture", "behavioral",
        "recruiter-screen", "hiring-manager",
    ]
}

/// Who rates a round, as the loop file says.
public enum InterviewerSpec: Sendable, Equatable {
    /// A rubric interviewer: a built-in name from ``InterviewerRegistry`` or a YAML file of one's own.
    case rubric(name: String, file: URL)
    /// A human whose scorecard is a YAML file in the loop's scorecards folder.
    case manual
    /// An external program speaking the interviewer protocol (docs/INTERVIEWERS.md).
    case plugin(Plugin)

    /// An external interviewer program.
    public struct Plugin: Sendable, Equatable {
        /// A Swift source Panel compiles, a Python script, or any executable.
        public var path: URL
        /// Wall-clock time the program may take for one round.
        public var timeout: Duration
        /// Extra arguments.
        public var arguments: [String]
        /// The name shown in reports (the file's base name).
        public var name: String
    }

    /// The name reports show.
    public var name: String {
        switch self {
        case .rubric(let name, _): return name
        case .manual: return "manual"
        case .plugin(let plugin): return plugin.name
        }
    }
}

/// The built-in interviewers, in one explicit list: Swift does not discover code at run time.
public enum InterviewerRegistry {
    /// Rubric personas shipped with Panel, each configured by `<name>.yaml` in an `interviewers/` folder
    /// beside the loop file or under `<problems>/loops/interviewers/`.
    public static let rubrics = ["standard", "bar-raiser"]
    /// The human interviewer, whose scorecard is a YAML file in the loop's scorecards folder.
    public static let manual = "manual"
    /// Every name a loop file may give as `interviewer:`.
    public static var names: [String] { rubrics + [manual] }
}
