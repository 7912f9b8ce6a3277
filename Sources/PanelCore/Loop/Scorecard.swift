/// One interviewer's written feedback on one round: attribute ratings with their reasons, the overall
/// recommendation, strengths and concerns. The same schema for rubric interviewers, plugins and humans.
public struct Scorecard: Sendable, Codable, Equatable {
    /// Who wrote it.
    public var interviewer: InterviewerIdentity
    /// The overall recommendation.
    public var recommendation: Recommendation
    /// One rating per attribute, in ``Attribute`` order; attributes the interviewer left out are not_assessed.
    public var attributes: AttributeRatings
    /// What went well.
    public var strengths: [String]
    /// What worries the interviewer.
    public var concerns: [String]
    /// Free text ("key take-aways").
    public var notes: String?
    /// Questions asked and what was answered (a human's round: the Keeper Test, for instance).
    public var questions: [Question]
    /// Why there is no decision (a plugin's error, a missing scorecard); nil otherwise.
    public var error: String?

    /// Creates a scorecard; attributes not given are not_assessed.
    public init(
        interviewer: InterviewerIdentity,
        recommendation: Recommendation,
        attributes: AttributeRatings = AttributeRatings(),
        strengths: [String] = [],
        concerns: [String] = [],
        notes: String? = nil,
        questions: [Question] = [],
        error: String? = nil
    ) {
        self.interviewer = interviewer
        self.recommendation = recommendation
        self.attributes = attributes
        self.strengths = strengths
        self.concerns = concerns
        self.notes = notes
        self.questions = questions
        self.error = error
    }

    /// A scorecard that decides nothing, with the reason.
    public static func noDecision(_ interviewer: InterviewerIdentity, error: String) -> Scorecard {
        Scorecard(interviewer: interviewer, recommendation: .noDecision, error: error)
    }

    /// A question of a human interviewer's round and the candidate's answer as noted.
    public struct Question: Sendable, Codable, Equatable {
        public var question: String
        public var answer: String

        public init(question: String, answer: String) {
            self.question = question
            self.answer = answer
        }
    }
}

/// Who wrote a scorecard.
public struct InterviewerIdentity: Sendable, Codable, Equatable {
    /// How the interviewer works.
    public enum Kind: String, Sendable, Codable {
        /// A built-in rubric interviewer configured by YAML.
        case rubric
        /// An external program speaking the interviewer protocol.
        case plugin
        /// A human, whose scorecard is a YAML file in the candidate folder.
        case manual
    }

    /// The name as the loop file gives it (`standard`, `bar-raiser`, a plugin's file name, `manual`).
    public var name: String
    /// Rubric, plugin or manual.
    public var kind: Kind
    /// The persona or the human's name and role, for reports.
    public var persona: String?
    /// The rubric's or plugin's version, when it states one.
    public var version: String?

    public init(name: String, kind: Kind, persona: String? = nil, version: String? = nil) {
        self.name = name
        self.kind = kind
        self.persona = persona
        self.version = version
    }
}

/// One attribute's rating and the evidence behind it.
public struct AttributeScore: Sendable, Codable, Equatable {
    public var rating: Rating
    /// Facts that led to the rating, and what kept it from the next level.
    public var reasons: [String]

    public init(rating: Rating, reasons: [String] = []) {
        self.rating = rating
        self.reasons = reasons
    }
}

/// A rating for every ``Attribute``, encoded as a JSON object keyed by attribute name.
public struct AttributeRatings: Sendable, Equatable, Codable {
    /// Equal when every attribute has the same score (an unset attribute is not_assessed).
    public static func == (lhs: AttributeRatings, rhs: AttributeRatings) -> Bool {
        Attribute.allCases.allSatisfy { lhs[$0] == rhs[$0] }
    }

    private var scores: [Attribute: AttributeScore]

    /// Every attribute not_assessed.
    public init() {
        scores = [:]
    }

    /// The score of `attribute` (not_assessed when never set).
    public subscript(attribute: Attribute) -> AttributeScore {
        get { scores[attribute] ?? AttributeScore(rating: .notAssessed) }
        set { scores[attribute] = newValue }
    }

    /// The levels of the rated attributes, in ``Attribute`` order.
    public var ratedLevels: [Level] { Attribute.allCases.compactMap { self[$0].rating.level } }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AttributeKey.self)
        scores = [:]
        for key in container.allKeys {
            guard let attribute = Attribute(rawValue: key.stringValue) else { continue }
            scores[attribute] = try container.decode(AttributeScore.self, forKey: key)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AttributeKey.self)
        for attribute in Attribute.allCases {
            try container.encode(self[attribute], forKey: AttributeKey(stringValue: attribute.name))
        }
    }

    private struct AttributeKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
