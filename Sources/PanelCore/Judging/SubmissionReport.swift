import Sandbox

/// Everything Panel found out about one submission: the `panel submit --json` document.
public struct SubmissionReport: Sendable, Codable {
    /// Problem slug.
    public var problem: String
    /// Problem title.
    public var title: String
    /// The submitted file, as given.
    public var source: String
    /// Candidate name, when given.
    public var candidate: String?
    /// The submission's verdict: CE, else the first non-AC test in case order, else AC.
    public var verdict: Verdict
    /// The score, for scoring problems (see ``ScoreSummary``); nil for pass-fail problems.
    public var score: Double?
    /// How the score was made up: the maximum and each group's score; nil for pass-fail problems.
    public var scoring: ScoreSummary?
    /// The compile step.
    public var compile: CompileSummary
    /// One entry per test case that ran, in case order.
    public var tests: [TestResult]
    /// The limits the tests ran under.
    public var limits: LimitsSummary
    /// The isolation in force.
    public var sandbox: Isolation
    /// Whether judging stopped at the first failure (`--fail-fast`); later cases then did not run.
    public var failFast: Bool

    /// The compile step as reported.
    public struct CompileSummary: Sendable, Codable {
        /// Whether the source compiled.
        public var ok: Bool
        /// Seconds the compiler took.
        public var seconds: Double
        /// Capped compiler messages.
        public var diagnostics: String
        /// Whether the program came from the cache.
        public var cached: Bool
    }

    /// The limits as reported.
    public struct LimitsSummary: Sendable, Codable {
        /// CPU time per test, in milliseconds.
        public var timeMilliseconds: Int
        /// Where the time limit came from.
        public var timeLimitSource: String
        /// Memory per test, in KiB.
        public var memoryKiB: Int
        /// Output per test, in KiB.
        public var outputKiB: Int

        enum CodingKeys: String, CodingKey {
            case timeMilliseconds = "time_ms"
            case timeLimitSource = "time_limit_source"
            case memoryKiB = "memory_kib"
            case outputKiB = "output_kib"
        }
    }

    enum CodingKeys: String, CodingKey {
        case problem, title, source, candidate, verdict, score, scoring, compile, tests, limits, sandbox
        case failFast = "fail_fast"
    }

    /// The first test that was not accepted.
    public var firstFailure: TestResult? { tests.first { $0.verdict != .AC } }

    /// Number of accepted tests.
    public var passedCount: Int { tests.count { $0.verdict == .AC } }
}
