import Foundation

/// A problem package in the ICPC / Kattis format, read and checked.
public struct ProblemPackage: Sendable {
    /// The folder's name, used on the command line.
    public var slug: String
    /// The package folder.
    public var directory: URL
    /// What `problem.yaml` says.
    public var metadata: ProblemMetadata
    /// What `panel.yaml` says.
    public var interview: InterviewMetadata
    /// The Markdown (or other) statement file, if found.
    public var statement: URL?
    /// Test cases in judging order: samples first, then secret, each in lexicographic order.
    public var testCases: [TestCase]
    /// How outputs are judged.
    public var outputValidator: OutputValidatorSource
    /// Reference solutions under `submissions/<category>/`.
    public var submissions: [ReferenceSubmission]
    /// Files under `include/swift/` (or `include/default/`) compiled together with every submission.
    public var includedSources: [URL]
    /// Files of `include/<language>/` (and `include/default/`), keyed by the folder's name, copied beside
    /// every submission in that language.
    public var includes: [String: [URL]] = [:]
    /// Scoring settings of each group folder that has a settings file, keyed by its path below `data/`
    /// (`""` for `data/` itself, `secret`, `secret/group1`…).
    public var groupSettings: [String: TestGroupSettings] = [:]

    /// True when `data/secret` is empty or missing: the package is judged on its samples alone, as DOMjudge
    /// judges such a package (its `hello` example), and reports say so.
    public var isSamplesOnly: Bool { testCases.allSatisfy(\.isSample) }

    /// The title to show: `panel.yaml`'s, else the name in `problem.yaml`.
    public var title: String { interview.title ?? metadata.name }
}

/// Where the output validator of a problem comes from.
public enum OutputValidatorSource: Sendable, Equatable {
    /// The ICPC default output validator, run inside Panel.
    case standard
    /// A program in the package: a Swift source, a folder of Swift sources, or an executable.
    case program(URL)
}

/// A reference solution of the package and the category folder it sits in.
public struct ReferenceSubmission: Sendable, Equatable {
    /// `accepted`, `wrong_answer`, `time_limit_exceeded`, `run_time_error`, or another category.
    public var category: String
    /// The source file.
    public var source: URL
}
