extension Rubric {
    /// The interviewer's identity on its scorecards.
    public var identity: InterviewerIdentity {
        InterviewerIdentity(name: name, kind: .rubric, persona: persona, version: version)
    }

    /// Rates a round from its evidence.
    ///
    /// A problem without a solution rates strong_no_hire on every attribute; a problem whose output validator
    /// failed (JE) gives no_decision, since Panel could not judge it. With several problems, each attribute
    /// takes the lowest rating any problem gets.
    public func scorecard(for evidence: RoundEvidence) -> Scorecard {
        let broken = evidence.problems.filter { ($0.verdicts[Verdict.JE.rawValue] ?? 0) > 0 }
        if !broken.isEmpty {
            return .noDecision(
                identity,
                error: broken.map { "\($0.problem): the output validator failed (JE), so the round cannot be judged" }
                    .joined(separator: "; "))
        }
        let several = evidence.problems.count > 1
        var ratings = AttributeRatings()
        for attribute in Attribute.allCases {
            var lowest: Level?
            var reasons: [String] = []
            for problem in evidence.problems {
                let score = rate(attribute, problem)
                let prefix = several ? "\(problem.problem): " : ""
                reasons += score.reasons.map { prefix + $0 }
                if let level = score.rating.level { lowest = min(lowest ?? level, level) }
            }
            ratings[attribute] = AttributeScore(rating: lowest.map(Rating.rated) ?? .notAssessed, reasons: reasons)
        }
        let (recommendation, why) = overall(ratings)
        var strengths: [String] = []
        var concerns: [String] = []
        let missing = evidence.problems.filter { !$0.submitted }
        // The most severe concern first: it is the one a decision quotes.
        let bySeverity = Attribute.allCases.enumerated().sorted { a, b in
            let levels = (
                ratings[a.element].rating.level ?? .strongHire, ratings[b.element].rating.level ?? .strongHire
            )
            return levels.0 != levels.1 ? levels.0 < levels.1 : a.offset < b.offset
        }.map(\.element)
        for attribute in bySeverity {
            let score = ratings[attribute]
            guard let level = score.rating.level else { continue }
            // The long complexity note is its own concern; a missing solution is said once, below.
            let reasons = score.reasons.filter {
                !$0.contains("complexity check:") && !$0.hasSuffix("no solution submitted")
            }
            guard !reasons.isEmpty else { continue }
            let summary = reasons.prefix(2).joined(separator: "; ")
            if level == .strongHire { strengths.append("\(attribute.title): \(summary)") }
            if level <= .noHire { concerns.append("\(attribute.title) \(level.phrase): \(summary)") }
        }
        for problem in missing {
            let why = problem.solutionNote.map { " (\($0))" } ?? ""
            concerns.insert((several ? "\(problem.problem): " : "") + "no solution submitted" + why, at: 0)
        }
        for problem in evidence.problems {
            let prefix = several ? "\(problem.problem): " : ""
            if let failure = problem.firstFailure {
                var text = "\(prefix)first failure \(failure.test): \(failure.verdict.phrase)"
                if let detail = failure.detail { text += " (\(detail))" }
                if let about = failure.description ?? failure.hint { text += " — \(about)" }
                concerns.append(text)
            }
            if problem.complexity.agreement == .disagrees { concerns.append(prefix + problem.complexity.note) }
            concerns += (problem.candidateTests?.findings ?? []).prefix(3).map { prefix + $0 }
        }
        return Scorecard(
            interviewer: identity, recommendation: .decided(recommendation), attributes: ratings,
            strengths: strengths, concerns: concerns, notes: why)
    }

    /// One attribute for one problem.
    func rate(_ attribute: Attribute, _ evidence: ProblemEvidence) -> AttributeScore {
        guard let rubric = attributes[attribute], !rubric.bands.isEmpty else {
            return AttributeScore(rating: .notAssessed, reasons: ["not part of \(name)'s rubric"])
        }
        guard evidence.submitted else {
            return AttributeScore(rating: .rated(.strongNoHire), reasons: ["no solution submitted"])
        }
        let signals = rubric.signals.sorted { $0.rawValue < $1.rawValue }
        let values = Dictionary(uniqueKeysWithValues: signals.map { ($0, $0.value(in: evidence)) })
        guard values.values.contains(where: { $0 != nil }) else {
            return AttributeScore(rating: .notAssessed, reasons: ["no evidence for it in this round"])
        }
        var facts: [String] = []
        for signal in Signal.allCases where values[signal] != nil {
            if let fact = signal.fact(in: evidence), !facts.contains(fact) { facts.append(fact) }
        }
        var missed: [String] = []
        for band in rubric.bands {
            let failing = band.conditions.filter { condition in
                guard let value = values[condition.signal] ?? nil else { return false }
                return !condition.holds(value)
            }
            if failing.isEmpty {
                if let above = missed.last { facts.append(above) }
                return AttributeScore(rating: .rated(band.level), reasons: facts)
            }
            missed.append(
                "not \(band.level.phrase): needs " + failing.map(\.text).joined(separator: " and "))
        }
        if let above = missed.last { facts.append(above) }
        return AttributeScore(rating: .rated(.strongNoHire), reasons: facts)
    }

    /// The overall from the attribute ratings, and a sentence saying how it was formed.
    func overall(_ ratings: AttributeRatings) -> (Level, String) {
        let levels = ratings.ratedLevels.sorted()
        guard let lowest = levels.first else {
            return (.strongNoHire, "no attribute could be rated")
        }
        var level: Level
        switch overall.method {
        case .median:
            level = levels[(levels.count - 1) / 2]
        case .lowest:
            level = lowest
        case .mean:
            let mean = Double(levels.map(\.rawValue).reduce(0, +)) / Double(levels.count)
            level = Level(rawValue: Int(mean.rounded(.down))) ?? lowest
        }
        let method =
            overall.method == .median ? "lower median" : overall.method == .mean ? "mean, rounded down," : "lowest"
        var why = "overall: the \(method) of \(levels.count) rated attributes is \(level.name)"
        if lowest == .strongNoHire && level > .noHire {
            level = .noHire
            why += "; capped at no_hire because an attribute is strong_no_hire"
        }
        let short = overall.atLeastHire.filter { (ratings[$0].rating.level ?? .hire) < .hire }
        if !short.isEmpty && level > .noHire {
            level = .noHire
            why += "; capped at no_hire: \(short.map(\.name).joined(separator: ", ")) must be at least hire"
        }
        return (level, why)
    }
}
