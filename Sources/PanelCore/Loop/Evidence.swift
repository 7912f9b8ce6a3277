import Sandbox

/// What Panel measured in one round: one entry per problem. Interviewers rate from this, and only this.
public struct RoundEvidence: Sendable, Codable, Equatable {
    /// One entry per problem of the round, in the loop file's order.
    public var problems: [ProblemEvidence]

    public init(problems: [ProblemEvidence]) {
        self.problems = problems
    }
}

/// What Panel measured about one problem of a round. Secret inputs and answers never appear here: only
/// test names, verdicts, measurements and the `.hint`/`.desc` of the first failing case.
public struct ProblemEvidence: Sendable, Codable, Equatable {
    /// Problem slug.
    public var problem: String
    /// Problem title.
    public var title: String
    /// The candidate's file as found (`Submissions/ana/lru-cache.swift`), or nil when there is none.
    public var solution: String?
    /// Why no solution was read although the folder holds something like one: a link, a FIFO, a misnamed file
    /// ("LRUCache.swift matches no problem of this loop; did you mean lru-cache.swift?").
    public var solutionNote: String? = nil
    /// The compile step; nil when there was no solution.
    public var build: Build?
    /// The submission's verdict; nil when there was no solution.
    public var verdict: Verdict?
    /// Sum of validator scores, for scoring problems.
    public var score: Double?
    /// Passed and total tests. Tests that never ran (no solution, compile error) count as not passed.
    public var tests: Counts
    /// Per test group below `data/`, in judging order.
    public var groups: [Group]
    /// Verdict counts over the tests that ran.
    public var verdicts: [String: Int]
    /// The first test that was not accepted.
    public var firstFailure: Failure?
    /// Measurements against the limits.
    public var resources: Resources
    /// The candidate's "think out loud": header comment or NOTES.md.
    public var explanation: Explanation
    /// The stated complexity against how the running time grows over the performance group.
    public var complexity: ComplexityCheck
    /// Every test that ran, with its measurements (for charts and JUnit).
    public var runs: [Run]
    /// The candidate's own tests of this problem (`tests/<slug>/`), judged; nil when there is no solution.
    public var candidateTests: TestingEvidence? = nil

    /// Whether a solution file was found.
    public var submitted: Bool { solution != nil }

    enum CodingKeys: String, CodingKey {
        case problem, title, solution, build, verdict, score, tests, groups, verdicts, resources, explanation
        case complexity, runs
        case firstFailure = "first_failure"
        case solutionNote = "solution_note"
        case candidateTests = "candidate_tests"
    }

    /// The compile step.
    public struct Build: Sendable, Codable, Equatable {
        public var ok: Bool
        public var seconds: Double
        public var cached: Bool
        /// Number of compiler warnings.
        public var warnings: Int
        /// The first warnings, one line each.
        public var warningLines: [String]
        /// For a compile error: the first compiler messages (capped).
        public var errors: String?

        enum CodingKeys: String, CodingKey {
            case ok, seconds, cached, warnings, errors
            case warningLines = "warning_lines"
        }
    }

    /// Passed out of total.
    public struct Counts: Sendable, Codable, Equatable {
        public var passed: Int
        public var total: Int

        /// passed / total, or nil when there are no tests.
        public var rate: Double? { total == 0 ? nil : Double(passed) / Double(total) }
    }

    /// What a group of tests is for, from its folder name.
    public enum Role: String, Sendable, Codable {
        /// `data/sample`: shown to the candidate.
        case sample
        /// Hidden correctness cases (edge cases and the rest).
        case correctness
        /// Hidden cases at the largest sizes (a folder named perf, performance, large, stress, timing, scale or big).
        case performance

        /// The role of a group folder such as `secret/perf`.
        public static func of(group: String) -> Role {
            if group == "sample" || group.hasPrefix("sample/") { return .sample }
            let words = group.lowercased().split { !$0.isLetter }
            let performance = ["perf", "performance", "large", "stress", "timing", "scale", "big"]
            return words.contains { performance.contains(String($0)) } ? .performance : .correctness
        }
    }

    /// One test group.
    public struct Group: Sendable, Codable, Equatable {
        public var name: String
        public var role: Role
        public var passed: Int
        public var total: Int
        /// Verdict counts of the tests that ran.
        public var verdicts: [String: Int]
    }

    /// The first failing test, as much as may be shown.
    public struct Failure: Sendable, Codable, Equatable {
        public var test: String
        public var group: String
        public var verdict: Verdict
        /// "signal 11 (SIGSEGV)", "exit code 1".
        public var detail: String?
        /// The case's `.hint`.
        public var hint: String?
        /// The case's `.desc`.
        public var description: String?
        /// A custom validator's judge message (never the default validator's, which quotes the answer) or,
        /// for a sample, the first differing line.
        public var message: String?
    }

    /// Measurements against the limits.
    public struct Resources: Sendable, Codable, Equatable {
        public var timeLimitMilliseconds: Int
        public var memoryLimitKiB: Int
        /// The largest CPU time of any test; nil when nothing ran.
        public var maxCPUMilliseconds: Int?
        public var maxWallMilliseconds: Int?
        public var maxMemoryKiB: Int?
        /// The test with the largest CPU time.
        public var slowestTest: String?

        enum CodingKeys: String, CodingKey {
            case timeLimitMilliseconds = "time_limit_ms"
            case memoryLimitKiB = "memory_limit_kib"
            case maxCPUMilliseconds = "max_cpu_ms"
            case maxWallMilliseconds = "max_wall_ms"
            case maxMemoryKiB = "max_memory_kib"
            case slowestTest = "slowest_test"
        }

        /// The largest CPU time as a share of the limit.
        public var timeFraction: Double? {
            maxCPUMilliseconds.map { Double($0) / Double(max(1, timeLimitMilliseconds)) }
        }

        /// The largest peak memory as a share of the limit.
        public var memoryFraction: Double? {
            maxMemoryKiB.map { Double($0) / Double(max(1, memoryLimitKiB)) }
        }
    }

    /// One test that ran.
    public struct Run: Sendable, Codable, Equatable {
        public var name: String
        public var group: String
        public var verdict: Verdict
        public var cpuMilliseconds: Int
        public var wallMilliseconds: Int
        public var memoryKiB: Int
        /// Size of the test's input file in bytes.
        public var inputBytes: Int
        /// For RTE/TLE/MLE/OLE: what happened.
        public var detail: String?
        /// The CPU time of every run when the case was re-run near the time limit (the fastest stands); else nil.
        public var rerunCPUMilliseconds: [Int]? = nil

        enum CodingKeys: String, CodingKey {
            case name, group, verdict, detail
            case rerunCPUMilliseconds = "reruns_cpu_ms"
            case cpuMilliseconds = "cpu_ms"
            case wallMilliseconds = "wall_ms"
            case memoryKiB = "memory_kib"
            case inputBytes = "input_bytes"
        }
    }
}
