/// What `problem.yaml` says, in either the legacy or the 2023-07 style.
public struct ProblemMetadata: Sendable, Equatable {
    /// The package format version the file declares.
    public enum FormatVersion: String, Sendable, Equatable {
        case legacy
        case version2023 = "2023-07-draft"
    }

    /// How a submission's result is aggregated.
    public enum ProblemType: String, Sendable, Equatable {
        case passFail = "pass-fail"
        case scoring
    }

    /// The problem's name (the English one when several are given).
    public var name: String
    /// Format version of the metadata file.
    public var formatVersion: FormatVersion
    /// Pass-fail or scoring.
    public var type: ProblemType
    /// Whether the problem is interactive (validator and solution talk through pipes).
    public var interactive: Bool
    /// Whether a custom output validator judges the output.
    public var customValidation: Bool
    /// Multi-pass (`type: multi-pass`, legacy `validation: custom multi-pass`): the validator may write
    /// `nextpass.in`, and the solution runs again on it, up to `limits.validation_passes` times.
    public var multiPass = false
    /// `languages` in problem.yaml: the language ids submissions may be in (nil: any).
    public var languages: [String]? = nil
    /// `allow_file_writing` in problem.yaml: whether a submission may create and change files in its working
    /// directory (the spec's default, and DOMjudge's, is no: it only reads there).
    public var allowsFileWriting = false
    /// Arguments for the output validator (legacy `validator_flags`).
    public var validatorArguments: [String]
    /// Resource limits.
    public var limits: ProblemLimits
    /// `constants:` (2025-09), substituted into validators and statements.
    public var constants: ProblemConstants = .none
}

/// The limits of a problem, with the ICPC defaults filled in where the package is silent.
public struct ProblemLimits: Sendable, Equatable {
    /// CPU time per test case. Until ``TimeLimitRule`` has resolved a limit nobody stated
    /// (``timeLimitPending``), this is one ``timeResolution``, the rule's fallback.
    public var timeLimit: Duration
    /// Where the time limit came from, for reports: "problem.yaml", ".timelimit", "derived from N accepted
    /// solutions (…)", "default: …" (no accepted solution could be judged), or ``unstated`` before the rule ran.
    public var timeLimitSource: String
    /// True while the package states no time limit and ``TimeLimitRule`` has not yet derived one.
    public var timeLimitPending: Bool { timeLimitSource == Self.unstated }
    /// The time limit must be at least this multiple of the slowest accepted case: 2023-07
    /// `time_multipliers.ac_to_time_limit`, legacy `time_multiplier` (default 2; legacy 5).
    public var timeMultiplier: Double
    /// A time_limit_exceeded solution must still time out at this multiple of the limit: 2023-07
    /// `time_multipliers.time_limit_to_tle`, legacy `time_safety_margin` (default 1.5; legacy 2).
    public var timeoutMultiplier: Double = 1.5
    /// A derived time limit is rounded up to a multiple of this (`time_resolution`, default 1 s).
    public var timeResolution: Duration = .seconds(1)
    /// How many passes a multi-pass problem may take (`validation_passes`, default 2).
    public var validationPasses = 2
    /// Memory per run in MiB.
    public var memoryMiB: Int
    /// Output per run in MiB.
    public var outputMiB: Int
    /// Source size in KiB.
    public var codeKiB: Int
    /// Wall-clock time allowed to compile.
    public var compilationTime: Duration
    /// Memory allowed to the compiler, in MiB.
    public var compilationMemoryMiB: Int
    /// Wall-clock time allowed to an output validator per case.
    public var validationTime: Duration
    /// Memory allowed to an output validator, in MiB.
    public var validationMemoryMiB: Int

    /// The source of a time limit nobody stated, before ``TimeLimitRule`` derives it.
    public static let unstated = "none stated"

    /// The ICPC defaults for a package that states no limits: the time limit is pending (``TimeLimitRule``
    /// derives it from the accepted solutions), its placeholder one `time_resolution`.
    public static let defaults = ProblemLimits(
        timeLimit: .seconds(1), timeLimitSource: unstated, timeMultiplier: 2, memoryMiB: 2048, outputMiB: 8,
        codeKiB: 128, compilationTime: .seconds(60), compilationMemoryMiB: 2048, validationTime: .seconds(60),
        validationMemoryMiB: 2048)
}

/// Panel's interview metadata from `panel.yaml`, a file ICPC tools ignore.
public struct InterviewMetadata: Sendable, Equatable, Codable {
    /// Display title; the problem name when absent.
    public var title: String?
    /// easy, medium or hard.
    public var difficulty: String?
    /// Topic tags.
    public var tags: [String]
    /// Round kinds the problem suits (screen, coding, design-implementation, ml).
    public var rounds: [String]
    /// The seed question it comes from.
    public var seed: String?

    /// Metadata for a package without `panel.yaml`.
    public static let empty = InterviewMetadata(title: nil, difficulty: nil, tags: [], rounds: [], seed: nil)
}
