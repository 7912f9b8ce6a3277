/// A number or flag Panel derives from a problem's evidence, which rubric bands set thresholds on.
///
/// Pass rates are 0...1 over the tests of a role (tests that never ran count as failed); fractions are the
/// largest measurement over the limit (a TLE is at least 1). A signal is unavailable (nil) when the evidence
/// cannot give it: no performance group, nothing ran, no build.
public enum Signal: String, Sendable, CaseIterable {
    case compiled
    case samples
    case correctness
    case edgeCases = "edge_cases"
    case performance
    case timeFraction = "time_fraction"
    case memoryFraction = "memory_fraction"
    case crashes
    case warnings
    case explainedApproach = "explained_approach"
    case explainedComplexity = "explained_complexity"
    case explainedEdgeCases = "explained_edge_cases"
    case complexityAgrees = "complexity_agrees"
    case complexityContradicted = "complexity_contradicted"
    case testsWritten = "tests_written"
    case testsValid = "tests_valid"
    case answersRight = "answers_right"
    case bugsCaught = "bugs_caught"

    /// Flags take `true`/`false`; the others take `min_`/`max_` thresholds.
    public var isFlag: Bool {
        switch self {
        case .compiled, .explainedApproach, .explainedComplexity, .explainedEdgeCases, .complexityAgrees,
            .complexityContradicted:
            return true
        default:
            return false
        }
    }

    /// Every key a rubric band may hold: `min_x`/`max_x` for numbers, `x` for flags.
    public static var bandKeys: [String] {
        allCases.flatMap { $0.isFlag ? [$0.rawValue] : ["min_" + $0.rawValue, "max_" + $0.rawValue] }
    }

    /// The value of this signal for `evidence`, or nil when unavailable.
    func value(in evidence: ProblemEvidence) -> Double? {
        let ran = !evidence.runs.isEmpty
        func rate(_ roles: [ProblemEvidence.Role]) -> Double? {
            let groups = evidence.groups.filter { roles.contains($0.role) }
            let total = groups.reduce(0) { $0 + $1.total }
            return total == 0 ? nil : Double(groups.reduce(0) { $0 + $1.passed }) / Double(total)
        }
        let flag = { (value: Bool) -> Double in value ? 1 : 0 }
        switch self {
        case .compiled: return flag(evidence.build?.ok ?? false)
        case .samples: return rate([.sample])
        case .correctness: return rate([.sample, .correctness])
        case .edgeCases: return rate([.correctness])
        case .performance: return rate([.performance])
        case .timeFraction:
            // A run stopped at the wall-clock limit (blocked, sleeping) used little CPU but still ran out of time.
            let timedOut = (evidence.verdicts[Verdict.TLE.rawValue] ?? 0) > 0
            return ran ? evidence.resources.timeFraction.map { max($0, timedOut ? 1 : 0) } : nil
        case .memoryFraction: return ran ? evidence.resources.memoryFraction : nil
        case .crashes: return ran ? Double(evidence.verdicts[Verdict.RTE.rawValue] ?? 0) : nil
        case .warnings: return evidence.build.map { Double($0.warnings) }
        case .explainedApproach: return flag(evidence.explanation.approach)
        case .explainedComplexity: return flag(evidence.explanation.complexity)
        case .explainedEdgeCases: return flag(evidence.explanation.edgeCases)
        case .complexityAgrees: return flag(evidence.complexity.agreement == .agrees)
        case .complexityContradicted: return flag(evidence.complexity.agreement == .disagrees)
        case .testsWritten, .testsValid, .answersRight, .bugsCaught:
            return evidence.candidateTests.flatMap { testingValue($0) }
        }
    }

    /// The fact behind the value, for a scorecard's reasons ("hidden correctness tests: 13/14 passed").
    func fact(in evidence: ProblemEvidence) -> String? {
        func counts(_ roles: [ProblemEvidence.Role], _ label: String) -> String? {
            let groups = evidence.groups.filter { roles.contains($0.role) }
            let total = groups.reduce(0) { $0 + $1.total }
            guard total > 0 else { return nil }
            return "\(label): \(groups.reduce(0) { $0 + $1.passed })/\(total) passed"
        }
        let resources = evidence.resources
        switch self {
        case .compiled:
            guard let build = evidence.build else { return "no solution submitted" }
            return build.ok ? "compiles" : "does not compile"
        case .samples: return counts([.sample], "samples")
        case .correctness: return counts([.sample, .correctness], "correctness tests (samples and hidden)")
        case .edgeCases: return counts([.correctness], "hidden edge and correctness tests")
        case .performance: return counts([.performance], "performance tests")
        case .timeFraction:
            guard let cpu = resources.maxCPUMilliseconds, let fraction = resources.timeFraction else { return nil }
            return "slowest test \(cpu) ms CPU, \(percent(fraction)) of the \(resources.timeLimitMilliseconds) ms limit"
        case .memoryFraction:
            guard let memory = resources.maxMemoryKiB, let fraction = resources.memoryFraction else { return nil }
            return
                "peak memory \(memory / 1024) MiB, \(percent(fraction)) of the \(resources.memoryLimitKiB / 1024) MiB limit"
        case .crashes:
            guard let value = value(in: evidence) else { return nil }
            return value == 0 ? "no run-time errors" : "\(Int(value)) run-time error\(value == 1 ? "" : "s")"
        case .warnings:
            guard let build = evidence.build, build.ok else { return nil }
            return build.warnings == 0 ? "no compiler warnings" : "\(build.warnings) compiler warning(s)"
        case .explainedApproach, .explainedComplexity, .explainedEdgeCases:
            return Self.thinkingAloud(evidence.explanation)
        case .complexityAgrees, .complexityContradicted:
            return "complexity check: " + evidence.complexity.note
        case .testsWritten, .testsValid, .answersRight, .bugsCaught:
            return evidence.candidateTests.flatMap { testingFact($0) }
        }
    }

    /// One sentence for the three "think out loud" signals, so a scorecard says it once.
    static func thinkingAloud(_ explanation: Explanation) -> String {
        let parts = [
            ("approach", explanation.approach), ("complexity", explanation.complexity),
            ("edge cases", explanation.edgeCases),
        ]
        let stated = parts.filter(\.1).map(\.0)
        let missing = parts.filter { !$0.1 }.map(\.0)
        let list = { (words: [String]) in
            words.count <= 1 ? words.joined() : words.dropLast().joined(separator: ", ") + " and " + (words.last ?? "")
        }
        if stated.isEmpty { return "states neither approach, complexity nor edge cases" }
        if missing.isEmpty { return "states approach, complexity and edge cases" }
        return "states \(list(stated)) but not \(list(missing))"
    }

    private func percent(_ fraction: Double) -> String {
        fraction < 0.01 ? "<1%" : "\(Int((fraction * 100).rounded()))%"
    }
}

/// One threshold of a rubric band.
public struct Condition: Sendable, Equatable {
    /// How the signal is compared.
    public enum Test: Sendable, Equatable {
        case atLeast(Double)
        case atMost(Double)
        case flag(Bool)
    }

    public var signal: Signal
    public var test: Test

    /// Whether `value` meets the condition.
    func holds(_ value: Double) -> Bool {
        switch test {
        case .atLeast(let bound): return value >= bound - 1e-9
        case .atMost(let bound): return value <= bound + 1e-9
        case .flag(let expected): return (value != 0) == expected
        }
    }

    /// The condition as the rubric file writes it ("min_correctness 0.9").
    public var text: String {
        switch test {
        case .atLeast(let bound): return "\(signal.rawValue) ≥ \(Self.number(bound))"
        case .atMost(let bound): return "\(signal.rawValue) ≤ \(Self.number(bound))"
        case .flag(let expected): return expected ? signal.rawValue : "not \(signal.rawValue)"
        }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
