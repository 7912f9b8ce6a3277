/// What a `submissions/<category>/` folder (or a `submissions.yaml` entry) promises about its solutions.
public struct CategoryRule: Sendable, Equatable {
    /// Verdicts a case may get.
    public var permitted: Set<Verdict>
    /// Verdicts of which some case must get one (empty: every case must be permitted, nothing more).
    public var required: Set<Verdict>
    /// Where the rule comes from, for messages ("the category", "submissions.yaml: wa/*").
    public var origin = "this category"
    /// The score the submission must get, inclusive (submissions.yaml `score`: a number or `[low, high]`).
    public var scoreRange: ClosedRange<Double>? = nil
    /// The test cases the rule is about: a glob over case and group names below `data/` (submissions.yaml
    /// `secret/group1:`, `sample:`); nil for every case.
    public var cases: String? = nil
    /// Text that must appear in the judge message of at least one of its cases (submissions.yaml `message`).
    public var message: String? = nil
    /// submissions.yaml `use_for_time_limit` when it is given as other than `true`: whether the rule's
    /// submissions bound the time limit (nil: as the spec's default, see ``boundsFromBelow``).
    public var timeLimitUse: TimeLimitUse? = nil

    /// How a rule takes part in the time limit (submissions.yaml `use_for_time_limit`, 2025-09).
    public enum TimeLimitUse: String, Sendable, Equatable {
        /// `lower`: its submissions bound the limit from below (and may not time out).
        case lower
        /// `upper`: its submissions bound it from above (they must time out with the margin).
        case upper
        /// `false`: its submissions do not influence the limit.
        case none
    }

    /// Whether the rule's submissions bound the time limit from below: `use_for_time_limit: lower`, or by
    /// default a rule permitting AC alone on every case (the `accepted/` folder). The spec and BAPCtools also
    /// count a rule that permits WA or RTE but not TLE; Panel, as problemtools, bounds by accepted solutions
    /// unless submissions.yaml opts a rule in.
    public var boundsFromBelow: Bool {
        timeLimitUse == .lower || (timeLimitUse == nil && cases == nil && permitted == [.AC])
    }

    /// Whether the rule's submissions must time out with the margin (`time_limit_to_tle`), which bounds the
    /// limit from above: a rule requiring TLE alone, unless `use_for_time_limit: false` opts it out.
    public var boundsFromAbove: Bool {
        timeLimitUse != TimeLimitUse.none && required == [.TLE]
    }

    /// The rule of a default category of the 2025-09 spec, or nil for a folder no rule names.
    public static func of(_ category: String) -> CategoryRule? {
        switch category {
        case "accepted": return CategoryRule(permitted: [.AC], required: [])
        case "wrong_answer": return CategoryRule(permitted: [.AC, .WA], required: [.WA])
        case "time_limit_exceeded": return CategoryRule(permitted: [.AC, .TLE], required: [.TLE])
        case "run_time_error": return CategoryRule(permitted: [.AC, .RTE], required: [.RTE])
        case "brute_force": return CategoryRule(permitted: [.AC, .TLE, .RTE], required: [.TLE, .RTE])
        case "rejected": return CategoryRule(permitted: [.AC, .WA, .TLE, .RTE], required: [.WA, .TLE, .RTE])
        // DOMjudge's folders: output over the limit (a run-time error in ICPC terms), no output, no compile.
        case "output_limit": return CategoryRule(permitted: [.AC, .RTE], required: [.RTE])
        case "no_output": return CategoryRule(permitted: [.AC, .WA], required: [.WA])
        case "compiler_error": return CategoryRule(permitted: [.CE], required: [.CE])
        // Scoring problems: a partial solution; its score is checked to be above 0 and below the maximum.
        case "partially_accepted": return CategoryRule(permitted: [.AC, .WA, .TLE, .RTE], required: [])
        default: return nil
        }
    }

    /// The verdict as the ICPC format names it: a memory or output overrun is a run-time error there.
    static func icpc(_ verdict: Verdict) -> Verdict {
        [.MLE, .OLE].contains(verdict) ? .RTE : verdict
    }

    /// Whether `score` keeps the rule's `scoreRange` (none: any score does), up to a millionth: validators write
    /// their multipliers with a dozen decimals, so a sum meant to be 20 may be 20.00000000001.
    public func scoreFits(_ score: Double) -> Bool {
        guard let range = scoreRange else { return true }
        let slack = 1e-6 * max(1, abs(score))
        return score >= range.lowerBound - slack && score <= range.upperBound + slack
    }

    /// Whether the rule is about the case named `name` (below `data/`): every case, or one its glob names
    /// (the case itself or a group above it).
    public func isAbout(_ name: String) -> Bool {
        cases.map { SubmissionExpectations.matches($0, name) } ?? true
    }

    /// Why `results` (in case order) break the rule, or nil when they keep it.
    public func violation(_ results: [TestResult]) -> String? {
        if results.isEmpty { return "no test ran (compile error?)" }
        let ruled = results.filter { isAbout($0.name) }
        let scope = cases.map { " on \($0)" } ?? ""
        if ruled.isEmpty { return "no case matches '\(cases ?? "")', which \(origin) is about" }
        if let bad = ruled.first(where: { !permitted.contains(Self.icpc($0.verdict)) }) {
            return "\(bad.verdict.rawValue) on \(bad.name), which \(origin)\(scope) does not permit"
                + (bad.detail.map { " (\($0))" } ?? "") + (bad.stderrLine.map { "; it wrote on stderr: \($0)" } ?? "")
        }
        if !required.isEmpty, !ruled.contains(where: { required.contains(Self.icpc($0.verdict)) }) {
            let names = required.map(\.rawValue).sorted().joined(separator: " or ")
            return "never \(names)\(scope): \(origin) requires \(names) on some case"
        }
        if let message, !ruled.contains(where: { $0.message?.contains(message) == true }) {
            return "no judge message\(scope) contains '\(message)', which \(origin) requires"
        }
        return nil
    }
}
