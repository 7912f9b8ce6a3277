/// What `panel verify` found about one problem package.
public struct ProblemVerification: Sendable, Encodable {
    /// Problem slug.
    public var problem: String
    /// Whether everything holds.
    public var ok: Bool { problems.isEmpty }
    /// The time limit checked, in milliseconds, and where it came from.
    public var timeLimitMilliseconds: Int
    /// "problem.yaml", ".timelimit", "default", or "derived: …" (from the accepted solutions).
    public var timeLimitSource: String
    /// One row per reference solution.
    public var submissions: [SubmissionVerification]
    /// Input validators run, inputs checked, and every rejection.
    public var inputValidation: InputValidationSummary
    /// The slowest case of any accepted solution, in milliseconds.
    public var slowestAcceptedMilliseconds: Int?
    /// Every reason the package fails verification (empty when it passes).
    public var problems: [String]
    /// Notes that do not fail verification.
    public var warnings: [String]
    /// The limit must be at least this multiple of the slowest accepted case (`ac_to_time_limit`).
    public var acceptedMargin = 2.0
    /// time_limit_exceeded solutions are judged at this multiple of the limit (`time_limit_to_tle`).
    public var timeoutMargin = 1.5

    enum CodingKeys: String, CodingKey {
        case problem, ok, submissions, problems, warnings
        case timeLimitMilliseconds = "time_limit_ms"
        case timeLimitSource = "time_limit_source"
        case inputValidation = "input_validation"
        case slowestAcceptedMilliseconds = "slowest_accepted_ms"
        case acceptedMargin = "ac_to_time_limit"
        case timeoutMargin = "time_limit_to_tle"
    }

    /// Encodes the derived `ok` as well.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(problem, forKey: .problem)
        try container.encode(ok, forKey: .ok)
        try container.encode(timeLimitMilliseconds, forKey: .timeLimitMilliseconds)
        try container.encode(timeLimitSource, forKey: .timeLimitSource)
        try container.encode(submissions, forKey: .submissions)
        try container.encode(inputValidation, forKey: .inputValidation)
        try container.encodeIfPresent(slowestAcceptedMilliseconds, forKey: .slowestAcceptedMilliseconds)
        try container.encode(acceptedMargin, forKey: .acceptedMargin)
        try container.encode(timeoutMargin, forKey: .timeoutMargin)
        try container.encode(problems, forKey: .problems)
        try container.encode(warnings, forKey: .warnings)
    }
}

/// One reference solution held to its category.
public struct SubmissionVerification: Sendable, Codable {
    /// The category folder.
    public var category: String
    /// The file, relative to the package.
    public var file: String
    /// Its verdict at the time limit (for time_limit_exceeded: at 1.5 × the time limit).
    public var verdict: Verdict
    /// The slowest case's CPU time, in milliseconds.
    public var slowestMilliseconds: Int
    /// The slowest case's name.
    public var slowestCase: String?
    /// Why it breaks its category, or nil.
    public var failure: String?
    /// Its score, for scoring problems.
    public var score: Double? = nil

    enum CodingKeys: String, CodingKey {
        case category, file, verdict, failure, score
        case slowestMilliseconds = "slowest_ms"
        case slowestCase = "slowest_case"
    }
}

/// The input validators' findings.
public struct InputValidationSummary: Sendable, Codable {
    /// How many validator programs ran.
    public var validators: Int
    /// How many inputs each checked.
    public var inputs: Int
    /// "validator on case: reason" for every rejected input.
    public var rejections: [String]
    /// Validators that could not run here (a tool this machine lacks), and why.
    public var notes: [String] = []
    /// How many validator programs were skipped (their notes say why).
    public var skipped = 0
    /// How many validator programs do not build (listed among the rejections).
    public var broken = 0
}
