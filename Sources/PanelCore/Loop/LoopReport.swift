import Sandbox

/// The packet a hiring manager reads: the decision, every scorecard with its evidence, who said what, and the
/// attributes nobody rated. It is `loop.json`, and what `panel loop --json` prints.
public struct LoopReport: Sendable, Codable, Equatable {
    /// Identifies the document's shape for other tools.
    public var schema = "panel.loop/v1"
    /// The candidate folder's name.
    public var candidate: String
    /// The candidate folder as given.
    public var candidateDirectory: String
    public var loop: LoopInfo
    /// HIRE, NO_HIRE or HOLD.
    public var decision: Decision.Outcome
    /// Why, in a sentence or two.
    public var reason: String
    /// Rounds at no_hire or below, which blocked HIRE.
    public var dissent: [Decision.Blocker]
    /// Rounds without a decision.
    public var held: [Decision.Blocker]
    /// The gating round that stopped the loop, if one did.
    public var stoppedAt: String?
    /// Mean of the decided recommendations, 1–4: informational, it never decides.
    public var meanRecommendation: Double?
    /// Every round in loop order, including those a gate stopped.
    public var rounds: [RoundReport]
    /// Each round's interviewer and recommendation (Greenhouse's "who said what").
    public var whoSaidWhat: [WhoSaid]
    /// For each attribute, the rating each round that ran gave it.
    public var coverage: [String: [String: Rating]]
    /// Attributes no round rated.
    public var unratedAttributes: [String]
    /// The isolation the candidate's programs ran under.
    public var sandbox: Isolation
    /// What a reader of the decision should know about the candidate folder: files not read and why, `.swift`
    /// files matching no problem, scorecards found in the folder and ignored.
    public var warnings: [String] = []
    /// The `.swift` files of the candidate folder that match no problem of the loop.
    public var unmatchedFiles: [CandidateFolder.Unmatched] = []
    /// When the loop ran (ISO 8601, UTC).
    public var generatedAt: String
    /// How long it took.
    public var seconds: Double

    enum CodingKeys: String, CodingKey {
        case schema, candidate, loop, decision, reason, dissent, held, rounds, coverage, sandbox, seconds, warnings
        case unmatchedFiles = "unmatched_files"
        case candidateDirectory = "candidate_dir"
        case stoppedAt = "stopped_at"
        case meanRecommendation = "mean_recommendation_informational"
        case whoSaidWhat = "who_said_what"
        case unratedAttributes = "unrated_attributes"
        case generatedAt = "generated_at"
    }

    /// The loop file.
    public struct LoopInfo: Sendable, Codable, Equatable {
        public var name: String
        public var title: String
        public var file: String
    }

    /// One line of "who said what".
    public struct WhoSaid: Sendable, Codable, Equatable {
        public var round: String
        public var interviewer: String
        public var recommendation: Recommendation?
    }
}

/// One round of the packet: its scorecard, flattened, with the evidence it was written from.
public struct RoundReport: Sendable, Codable, Equatable {
    /// Whether the round produced a scorecard.
    public enum Status: String, Sendable, Codable {
        /// An interviewer wrote a scorecard (possibly no_decision).
        case scored
        /// A manual round whose scorecard file is missing: no_decision.
        case missingScorecard = "missing_scorecard"
        /// A manual round whose scorecard may not decide (unsigned or badly signed where the loop requires a
        /// signature, written for another candidate or round, or not a regular file): no_decision.
        case rejectedScorecard = "rejected_scorecard"
        /// A gating round stopped the loop before this round.
        case notRun = "not_run"
    }

    public var id: String
    public var title: String
    public var kind: String
    public var gate: Bool
    public var status: Status
    /// The interviewer's name as the loop file gives it.
    public var interviewer: String
    public var interviewerKind: InterviewerIdentity.Kind
    /// The persona, or the human's name and role.
    public var persona: String?
    public var interviewerVersion: String?
    /// nil when the round did not run.
    public var recommendation: Recommendation?
    /// nil when the round did not run.
    public var attributes: AttributeRatings?
    public var strengths: [String]
    public var concerns: [String]
    public var notes: String?
    public var questions: [Scorecard.Question]
    /// Why there is no decision.
    public var error: String?
    /// The problems of the round.
    public var problems: [String]
    /// What Panel measured; nil for manual rounds and rounds that did not run.
    public var evidence: RoundEvidence?
    /// A plugin's stderr (its log), last 8 KiB.
    public var pluginLog: String?
    /// A manual round's scorecard file.
    public var scorecardFile: String?
    /// For a signed scorecard: the allowed signer (principal) whose signature verified.
    public var scorecardSigner: String?
    /// Time the round took.
    public var seconds: Double

    enum CodingKeys: String, CodingKey {
        case id, title, kind, gate, status, interviewer, persona, recommendation, attributes, strengths, concerns
        case notes, questions, error, problems, evidence, seconds
        case interviewerKind = "interviewer_kind"
        case interviewerVersion = "interviewer_version"
        case pluginLog = "plugin_log"
        case scorecardFile = "scorecard_file"
        case scorecardSigner = "scorecard_signer"
    }

    /// Encodes every field, absent ones as null, so readers of `loop.json` find the contract's keys in every round.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(gate, forKey: .gate)
        try container.encode(status, forKey: .status)
        try container.encode(interviewer, forKey: .interviewer)
        try container.encode(interviewerKind, forKey: .interviewerKind)
        try container.encode(persona, forKey: .persona)
        try container.encode(interviewerVersion, forKey: .interviewerVersion)
        try container.encode(recommendation, forKey: .recommendation)
        try container.encode(attributes, forKey: .attributes)
        try container.encode(strengths, forKey: .strengths)
        try container.encode(concerns, forKey: .concerns)
        try container.encode(notes, forKey: .notes)
        try container.encode(questions, forKey: .questions)
        try container.encode(error, forKey: .error)
        try container.encode(problems, forKey: .problems)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(pluginLog, forKey: .pluginLog)
        try container.encode(scorecardFile, forKey: .scorecardFile)
        try container.encode(scorecardSigner, forKey: .scorecardSigner)
        try container.encode(seconds, forKey: .seconds)
    }

    /// The report of `round` from its scorecard.
    init(round: Round, status: Status, scorecard: Scorecard?, evidence: RoundEvidence?, seconds: Double) {
        id = round.id
        title = round.title
        kind = round.kind
        gate = round.gate
        self.status = status
        interviewer = round.interviewer.name
        switch round.interviewer {
        case .rubric: interviewerKind = .rubric
        case .plugin: interviewerKind = .plugin
        case .manual: interviewerKind = .manual
        }
        persona = scorecard?.interviewer.persona
        interviewerVersion = scorecard?.interviewer.version
        recommendation = scorecard?.recommendation
        attributes = scorecard?.attributes
        strengths = scorecard?.strengths ?? []
        concerns = scorecard?.concerns ?? []
        notes = scorecard?.notes
        questions = scorecard?.questions ?? []
        error = scorecard?.error
        problems = round.problems
        self.evidence = evidence
        pluginLog = nil
        scorecardFile = nil
        scorecardSigner = nil
        self.seconds = (seconds * 100).rounded() / 100
    }
}
