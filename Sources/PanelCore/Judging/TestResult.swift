/// The verdict and measurements of one test case.
public struct TestResult: Sendable, Codable, Equatable {
    /// Case name below `data/`, such as `secret/edge/03-refresh`.
    public var name: String
    /// Group folder below `data/`, such as `secret/edge`.
    public var group: String
    /// The verdict under the precedence table.
    public var verdict: Verdict
    /// CPU time in milliseconds (user + system).
    public var cpuMilliseconds: Int
    /// Wall-clock time in milliseconds.
    public var wallMilliseconds: Int
    /// Peak resident memory in KiB.
    public var memoryKiB: Int
    /// For RTE/TLE/MLE/OLE: what happened ("signal 11 (SIGSEGV)", "exit code 1"); nil for AC/WA.
    public var detail: String?
    /// The validator's message. For secret cases only a custom validator's `judgemessage.txt` is kept,
    /// since the default validator's message quotes the hidden answer.
    public var message: String?
    /// For a failing sample: the first line where the output differs from the answer.
    public var firstDifference: LineDifference?
    /// `.hint` of the case, given for a failing case.
    public var hint: String?
    /// `.desc` of the case, given for a failing case.
    public var caseDescription: String?
    /// Scoring problems: the points this case earned (from the validator's `score.txt` or
    /// `score_multiplier.txt`, or the group's accept and reject scores); nil for pass-fail problems and for
    /// cases in pass-fail groups.
    public var score: Double?
    /// Scoring problems (2023-07): the most this case could earn.
    public var maxScore: Double?
    /// System calls the sandbox's filter refused the program, by name, first attempt first (nil when none,
    /// or when the kernel cannot tell Panel which were refused). They are evidence, not a verdict: the
    /// program saw EPERM and went on.
    public var deniedCalls: [String]? = nil
    /// How many times the case was run again because its CPU time landed within
    /// ``BorderlineReruns/band`` of the time limit (the fastest run is the one reported); nil when it was not.
    public var reruns: Int? = nil
    /// The CPU time of every run of a re-run case, in milliseconds, in the order they ran; nil when not re-run.
    public var rerunCPUMilliseconds: [Int]? = nil
    /// Multi-pass problems: the CPU time of the slowest pass, in milliseconds (``cpuMilliseconds`` is the sum); nil
    /// for a case of one pass. The spec applies the time limit to each pass, so this is the time it is held to.
    public var slowestPassCPUMilliseconds: Int? = nil
    /// What the validator wrote in its score files, the input of the score aggregation (not reported).
    public var validatorScore: ValidatorOutcome? = nil
    /// For a run that failed by itself (RTE, TLE…): the first line it wrote on stderr, which verify quotes
    /// when a reference solution fails other than its author expected (not reported).
    public var stderrLine: String? = nil

    enum CodingKeys: String, CodingKey {
        case name, group, verdict, detail, message, hint, score
        case maxScore = "max_score"
        case cpuMilliseconds = "cpu_ms"
        case wallMilliseconds = "wall_ms"
        case memoryKiB = "memory_kib"
        case firstDifference = "first_difference"
        case deniedCalls = "denied_calls"
        case reruns
        case rerunCPUMilliseconds = "reruns_cpu_ms"
        case slowestPassCPUMilliseconds = "slowest_pass_cpu_ms"
        case caseDescription = "description"
    }

    /// The CPU time the time limit is held to: the slowest pass's, or the run's.
    public var limitedCPUMilliseconds: Int { slowestPassCPUMilliseconds ?? cpuMilliseconds }

    /// Whether the case is a sample (shown to the candidate in full).
    public var isSample: Bool { group == "sample" || group.hasPrefix("sample/") }
}

/// The first line where a sample's output differs from its answer.
public struct LineDifference: Sendable, Codable, Equatable {
    /// 1-based line number.
    public var line: Int
    /// The answer's line, or nil when the answer has fewer lines.
    public var expected: String?
    /// The output's line, or nil when the output has fewer lines.
    public var actual: String?
}
