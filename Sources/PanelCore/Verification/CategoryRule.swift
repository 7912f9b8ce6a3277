/// What a `submissions/<category>/` folder promises about its solutions (the ICPC defaults).
public struct CategoryRule: Sendable, Equatable {
    /// Verdicts a case may get.
    public var permitted: Set<Verdict>
    /// A verdict some case must get (nil: every case must be permitted).
    public var required: Verdict?

    /// The rule of a category, or nil for one Panel does not check.
    public static func of(_ category: String) -> CategoryRule? {
        switch category {
        case "accepted": return CategoryRule(permitted: [.AC], required: nil)
        case "wrong_answer": return CategoryRule(permitted: [.AC, .WA], required: .WA)
        case "time_limit_exceeded": return CategoryRule(permitted: [.AC, .TLE], required: .TLE)
        case "run_time_error": return CategoryRule(permitted: [.AC, .RTE], required: .RTE)
        // Scoring problems: a partial solution; its score is checked to be above 0 and below the maximum.
        case "partially_accepted": return CategoryRule(permitted: [.AC, .WA, .TLE, .RTE, .MLE, .OLE], required: nil)
        default: return nil
        }
    }

    /// Why `verdicts` (in case order, with case names) break the rule, or nil when they keep it.
    public func violation(_ results: [TestResult]) -> String? {
        if results.isEmpty { return "no test ran (compile error?)" }
        if let bad = results.first(where: { !permitted.contains($0.verdict) }) {
            return "\(bad.verdict.rawValue) on \(bad.name), which this category does not permit"
                + (bad.detail.map { " (\($0))" } ?? "")
        }
        if let required, !results.contains(where: { $0.verdict == required }) {
            return "never \(required.rawValue): it must get \(required.rawValue) on some case"
        }
        return nil
    }
}
