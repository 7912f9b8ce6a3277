/// The score of a submission to a scoring problem, computed from its test results and the groups' settings
/// as the package format says: the 2023-07 rules (`max_score`, `score_aggregation`, `require_pass`) for
/// 2023-07 packages, the legacy default grader (`grader_flags`, `on_reject`, `accept_score`…) for legacy ones.
public struct ScoreSummary: Sendable, Codable, Equatable {
    /// The submission's score.
    public var score: Double
    /// The most it could score (nil when unbounded or, for legacy packages, not defined).
    public var maxScore: Double?
    /// Each group's score, in case order.
    public var groups: [GroupScore]
    /// Legacy packages: the verdict the default grader gives (it can accept a submission some cases reject).
    public var graderVerdict: Verdict?

    /// One group's score.
    public struct GroupScore: Sendable, Codable, Equatable {
        /// Path below `data/`, such as `secret/group1`.
        public var group: String
        public var score: Double
        public var maxScore: Double?

        enum CodingKeys: String, CodingKey {
            case group, score
            case maxScore = "max_score"
        }
    }

    enum CodingKeys: String, CodingKey {
        case score, groups
        case maxScore = "max_score"
        case graderVerdict = "grader_verdict"
    }
}

enum ScoreAggregation {
    /// Scores `results` (which may stop early under `--fail-fast`; a missing case scores nothing) and sets
    /// each result's own `score` and `maxScore`.
    static func aggregate(_ results: inout [TestResult], problem: ProblemPackage) -> ScoreSummary {
        var tree = Tree(problem: problem, results: results)
        let summary =
            problem.metadata.formatVersion == .legacy ? tree.gradeLegacy() : tree.score2023()
        results = results.map { result in
            var scored = result
            scored.score = tree.caseScores[result.name]
            scored.maxScore = tree.caseMaxima[result.name]
            return scored
        }
        return summary
    }

    /// The groups and cases of a package, with the results so far.
    private struct Tree {
        let settings: [String: TestGroupSettings]
        let caseNames: [String]
        let caseGroups: [String: String]
        let results: [String: TestResult]
        var caseScores: [String: Double] = [:]
        var caseMaxima: [String: Double] = [:]
        var groupScores: [ScoreSummary.GroupScore] = []

        init(problem: ProblemPackage, results: [TestResult]) {
            settings = problem.groupSettings
            caseNames = problem.testCases.map(\.name)
            caseGroups = Dictionary(uniqueKeysWithValues: problem.testCases.map { ($0.name, $0.group) })
            self.results = Dictionary(results.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// A group's direct items in case order: its own cases and its subgroups.
        enum Item {
            case testCase(String)
            case group(String)
        }

        func items(of group: String) -> [Item] {
            var items: [Item] = []
            var seen: Set<String> = []
            for name in caseNames {
                guard let caseGroup = caseGroups[name] else { continue }
                if caseGroup == group {
                    items.append(.testCase(name))
                } else if group.isEmpty || caseGroup.hasPrefix(group + "/") {
                    let rest = group.isEmpty ? caseGroup : String(caseGroup.dropFirst(group.count + 1))
                    let child = (group.isEmpty ? "" : group + "/") + rest.prefix { $0 != "/" }
                    if seen.insert(child).inserted { items.append(.group(child)) }
                }
            }
            return items
        }

        func accepted(_ name: String) -> Bool { results[name]?.verdict == .AC }

        /// Whether every case at `path` (a case, or a group and its subgroups) is accepted.
        func allAccepted(below path: String) -> Bool {
            let cases = caseNames.filter { $0 == path || caseGroups[$0] == path || $0.hasPrefix(path + "/") }
            return !cases.isEmpty && cases.allSatisfy(accepted)
        }

        // MARK: 2023-07

        mutating func score2023() -> ScoreSummary {
            let maximum = settings["secret"]?.maxScore ?? 100
            let score = score2023(group: "secret", maximum: maximum)
            return ScoreSummary(
                score: score, maxScore: maximum.isFinite ? maximum : nil, groups: groupScores, graderVerdict: nil)
        }

        private mutating func score2023(group: String, maximum: Double) -> Double {
            let own = settings[group]
            let aggregation = own?.aggregation ?? (group == "secret" ? .sum : .passFail)
            var score = 0.0
            if own?.requirePass.allSatisfy({ allAccepted(below: $0) }) ?? true {
                switch aggregation {
                case .passFail:
                    score = allAccepted(below: group) ? maximum : 0
                case .sum, .min:
                    let items = items(of: group)
                    let stated = items.compactMap { item -> Double? in
                        if case .group(let name) = item { return settings[name]?.maxScore } else { return nil }
                    }
                    let unstated = items.count - stated.count
                    let share =
                        aggregation == .min || !maximum.isFinite
                        ? maximum : max(0, maximum - stated.reduce(0, +)) / Double(max(unstated, 1))
                    var scores: [Double] = []
                    for item in items {
                        switch item {
                        case .testCase(let name):
                            let earned = caseScore(name, maximum: share)
                            caseScores[name] = earned
                            caseMaxima[name] = share.isFinite ? share : nil
                            scores.append(earned)
                        case .group(let name):
                            scores.append(score2023(group: name, maximum: settings[name]?.maxScore ?? share))
                        }
                    }
                    score = aggregation == .sum ? scores.reduce(0, +) : scores.min() ?? 0
                }
            } else {
                // Not scored: its requirements failed, so its cases earn nothing.
                for item in items(of: group) { if case .testCase(let name) = item { caseScores[name] = 0 } }
            }
            groupScores.append(.init(group: group, score: score, maxScore: maximum.isFinite ? maximum : nil))
            return score
        }

        /// A case's points: nothing unless accepted; then `score_multiplier.txt` × its maximum, else
        /// `score.txt`, else its maximum.
        private func caseScore(_ name: String, maximum: Double) -> Double {
            guard let result = results[name], result.verdict == .AC else { return 0 }
            if let multiplier = result.validatorScore?.scoreMultiplier, maximum.isFinite {
                return min(max(multiplier, 0), 1) * maximum
            }
            if let score = result.validatorScore?.score { return score }
            return maximum.isFinite ? maximum : 0
        }

        // MARK: Legacy

        mutating func gradeLegacy() -> ScoreSummary {
            let (verdict, score) = gradeLegacy(group: "")
            return ScoreSummary(
                score: verdict == .AC ? score : 0, maxScore: nil, groups: groupScores, graderVerdict: verdict)
        }

        /// The settings in force for a group: its own file's keys, and each key it leaves out from the folders
        /// above it.
        private func legacySettings(_ group: String) -> TestGroupSettings? {
            guard !group.isEmpty else { return settings[""] }
            let parentPath = group.lastIndex(of: "/").map { String(group[..<$0]) } ?? ""
            let inherited = legacySettings(parentPath)
            guard let own = settings[group] else { return inherited }
            return inherited.map(own.inheritingLegacyKeys(from:)) ?? own
        }

        private mutating func gradeLegacy(group: String) -> (Verdict, Double) {
            let own = legacySettings(group)
            let flags = own?.graderFlags ?? []
            var graded: [(verdict: Verdict, score: Double)] = []
            for item in items(of: group) {
                let result: (verdict: Verdict, score: Double)
                switch item {
                case .testCase(let name):
                    // A case that did not run (fail-fast) counts as rejected.
                    let verdict = results[name]?.verdict ?? .WA
                    let score =
                        verdict == .AC
                        ? results[name]?.validatorScore?.score ?? own?.acceptScore ?? 1 : own?.rejectScore ?? 0
                    caseScores[name] = score
                    result = (verdict, score)
                case .group(let name):
                    result = gradeLegacy(group: name)
                }
                graded.append(result)
                if result.verdict != .AC && (own?.onReject ?? "break") == "break" { break }
            }
            if group.isEmpty && flags.contains("ignore_sample"), case .group("sample")? = items(of: group).first,
                !graded.isEmpty
            {
                graded.removeFirst()
            }
            var verdict = Self.legacyVerdict(graded.map(\.verdict), flags: flags)
            let scores = graded.map(\.score)
            let scoreMode = flags.last { ["sum", "avg", "min", "max"].contains($0) } ?? "sum"
            let score: Double =
                switch scoreMode {
                case "avg": scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
                case "min": scores.min() ?? 0
                case "max": scores.max() ?? 0
                default: scores.reduce(0, +)
                }
            if let range = own?.range, !range.contains(score) { verdict = .JE }
            if !group.isEmpty { groupScores.append(.init(group: group, score: score, maxScore: nil)) }
            return (verdict, score)
        }

        /// The default grader's verdict: `worst_error` (the default), `first_error` or `always_accept`, and
        /// `accept_if_any_accepted`.
        static func legacyVerdict(_ verdicts: [Verdict], flags: [String]) -> Verdict {
            let mode = flags.last { ["worst_error", "first_error", "always_accept"].contains($0) } ?? "worst_error"
            if mode == "always_accept" || verdicts.allSatisfy({ $0 == .AC }) { return .AC }
            if flags.contains("accept_if_any_accepted") && verdicts.contains(.AC) { return .AC }
            if mode == "first_error" { return verdicts.first { $0 != .AC } ?? .AC }
            let worstFirst: [Verdict] = [.JE, .RTE, .MLE, .TLE, .OLE, .WA]
            return worstFirst.first { verdicts.contains($0) } ?? .AC
        }
    }
}
