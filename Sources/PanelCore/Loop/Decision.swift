/// The panel's decision, which must be unanimous, as in the seeds' hiring loop.
///
/// The rule, in order:
/// 1. A gating round (the screen) below hire stops the loop: NO_HIRE, and the rounds after it do not run. A
///    gating round without a decision stops it too: HOLD.
/// 2. Any round at no_hire or below: NO_HIRE, naming every dissenting round and why. A veto is final, so it
///    wins over a missing scorecard elsewhere.
/// 3. Any round without a decision (a missing scorecard, `no_decision`, a failed plugin): HOLD.
/// 4. Otherwise HIRE. The mean of the recommendations is reported, marked informational; it never decides.
public struct Decision: Sendable, Equatable {
    /// The three outcomes (Google's hiring committee has the same: Hire, No Hire, Hold).
    public enum Outcome: String, Sendable, Codable {
        case hire = "HIRE"
        case noHire = "NO_HIRE"
        case hold = "HOLD"
    }

    /// A round's vote, as the decision sees it.
    public struct Vote: Sendable, Equatable {
        public var round: String
        public var title: String
        public var gate: Bool
        /// nil when the round did not run (a gate stopped the loop first).
        public var recommendation: Recommendation?
        /// Why: the scorecard's concerns, or its error for no_decision.
        public var reasons: [String]

        public init(round: String, title: String, gate: Bool, recommendation: Recommendation?, reasons: [String]) {
            self.round = round
            self.title = title
            self.gate = gate
            self.recommendation = recommendation
            self.reasons = reasons
        }
    }

    /// A round that blocked HIRE, and why.
    public struct Blocker: Sendable, Codable, Equatable {
        public var round: String
        public var title: String
        public var recommendation: Recommendation
        public var reasons: [String]
    }

    public var outcome: Outcome
    /// One or two sentences for the terminal and the reports.
    public var reason: String
    /// Rounds at no_hire or below.
    public var dissent: [Blocker]
    /// Rounds without a decision.
    public var held: [Blocker]
    /// The gating round that stopped the loop, if one did.
    public var stoppedAt: String?
    /// Mean of the decided recommendations (1–4). Informational only.
    public var meanRecommendation: Double?

    /// Decides from the votes, in loop order.
    public static func decide(_ votes: [Vote]) -> Decision {
        let levels = votes.compactMap { $0.recommendation?.level?.rawValue }
        let mean = levels.isEmpty ? nil : Double(levels.reduce(0, +)) / Double(levels.count)
        let blocker = { (vote: Vote) in
            Blocker(
                round: vote.round, title: vote.title, recommendation: vote.recommendation ?? .noDecision,
                reasons: vote.reasons)
        }
        var decision = Decision(
            outcome: .hire, reason: "", dissent: [], held: [], stoppedAt: nil, meanRecommendation: mean)

        for vote in votes where vote.gate {
            guard let recommendation = vote.recommendation else { continue }
            let skipped = votes.drop { $0.round != vote.round }.dropFirst().count
            let rest = skipped == 0 ? "" : "; the \(skipped) later round\(skipped == 1 ? " was" : "s were") not run"
            switch recommendation.level {
            case .some(let level) where level >= .hire:
                continue
            case .some(let level):
                decision.outcome = .noHire
                decision.dissent = [blocker(vote)]
                decision.stoppedAt = vote.round
                decision.reason = "\(vote.title) (\(vote.round)) gates the loop and recommends \(level.name)\(rest)"
                return decision
            case .none:
                decision.outcome = .hold
                decision.held = [blocker(vote)]
                decision.stoppedAt = vote.round
                decision.reason = "\(vote.title) (\(vote.round)) gates the loop and has no decision\(rest)"
                return decision
            }
        }

        let ran = votes.filter { $0.recommendation != nil }
        decision.dissent = ran.filter { ($0.recommendation?.level).map { $0 <= .noHire } ?? false }.map(blocker)
        decision.held = ran.filter { $0.recommendation == .noDecision }.map(blocker)
        if !decision.dissent.isEmpty {
            decision.outcome = .noHire
            let names = decision.dissent.map { "\($0.title) (\($0.round): \($0.recommendation))" }
            decision.reason =
                "not unanimous: \(names.joined(separator: ", ")) "
                + (decision.dissent.count == 1 ? "dissents" : "dissent")
            if let first = decision.dissent.first?.reasons.first { decision.reason += "; \(first)" }
        } else if !decision.held.isEmpty {
            decision.outcome = .hold
            let names = decision.held.map { "\($0.title) (\($0.round))" }
            decision.reason = "more information needed: no decision from \(names.joined(separator: ", "))"
            if let first = decision.held.first?.reasons.first { decision.reason += "; \(first)" }
        } else {
            decision.outcome = .hire
            decision.reason =
                ran.count == 1
                ? "the only round recommends \(ran[0].recommendation?.description ?? "hire")"
                : "unanimous: all \(ran.count) rounds recommend hire or strong_hire"
        }
        return decision
    }
}
