import Foundation

extension LoopReport {
    /// The packet of a candidate from the parts that together ran each round of the loop once: the same
    /// decision, scorecards and reports one run gives, timings aside. The first part gives the header (every
    /// part saw the same inputs: ``Fingerprint``).
    ///
    /// A gating round below hire stops the loop here as it does in one run: the rounds after it become "not
    /// run" whatever a shard found, and their warnings are dropped.
    public static func assemble(_ first: LoopPart, _ others: [LoopPart] = [], generatedAt: Date = Date()) -> LoopReport
    {
        let parts = [first] + others
        let ran = parts.flatMap(\.rounds).sorted { $0.index < $1.index }
        var reports: [RoundReport] = []
        var warnings = first.warnings
        var stopped = false
        for round in ran {
            if stopped {
                reports.append(round.report.notRun())
                continue
            }
            reports.append(round.report)
            if round.report.status != .notRun { warnings += round.warnings }
            if round.report.gate, (round.report.recommendation?.level ?? .strongNoHire) < .hire { stopped = true }
        }

        let decision = Decision.decide(
            reports.map { report in
                Decision.Vote(
                    round: report.id, title: report.title, gate: report.gate, recommendation: report.recommendation,
                    reasons: report.recommendation == .noDecision ? [report.error ?? "no decision"] : report.concerns)
            })
        var coverage: [String: [String: Rating]] = [:]
        for attribute in Attribute.allCases {
            var byRound: [String: Rating] = [:]
            for report in reports {
                if let rating = report.attributes?[attribute].rating { byRound[report.id] = rating }
            }
            coverage[attribute.name] = byRound
        }
        let unrated = Attribute.allCases.filter { attribute in
            !(coverage[attribute.name] ?? [:]).values.contains { $0 != .notAssessed }
        }
        var report = LoopReport(
            candidate: first.candidate, candidateDirectory: first.candidateDirectory, loop: first.loop,
            decision: decision.outcome, reason: decision.reason, dissent: decision.dissent, held: decision.held,
            stoppedAt: decision.stoppedAt,
            meanRecommendation: decision.meanRecommendation.map { ($0 * 100).rounded() / 100 }, rounds: reports,
            whoSaidWhat: reports.map {
                .init(round: $0.id, interviewer: $0.persona ?? $0.interviewer, recommendation: $0.recommendation)
            },
            coverage: coverage, unratedAttributes: unrated.map(\.name), sandbox: first.sandbox,
            generatedAt: ISO8601DateFormatter().string(from: generatedAt),
            seconds: (parts.map(\.seconds).reduce(0, +) * 10).rounded() / 10)
        // Shards on different machines may have run under different isolation: the report says so.
        for part in parts.dropFirst() where part.sandbox != first.sandbox {
            warnings.append(
                "the shards ran under different isolation; the sandbox block shows the first shard's "
                    + "(\(first.sandbox.limits)), another had \(part.sandbox.limits)")
            break
        }
        report.warnings = warnings
        report.unmatchedFiles = first.unmatchedFiles
        return report
    }
}

extension RoundReport {
    /// This round as it reads when a gate stopped the loop before it.
    func notRun() -> RoundReport {
        var round = self
        round.status = .notRun
        round.persona = nil
        round.interviewerVersion = nil
        round.recommendation = nil
        round.attributes = nil
        round.strengths = []
        round.concerns = []
        round.notes = nil
        round.questions = []
        round.error = nil
        round.evidence = nil
        round.pluginLog = nil
        round.scorecardFile = nil
        round.scorecardSigner = nil
        round.seconds = 0
        return round
    }
}
