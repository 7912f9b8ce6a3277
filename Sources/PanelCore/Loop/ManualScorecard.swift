import Foundation

/// A human interviewer's scorecard, written as YAML in the loop's scorecards folder
/// (`<scorecards>/<candidate>/<round-id>.yaml`, never the candidate folder) and checked against the same schema
/// as every other scorecard.
///
/// ```yaml
/// candidate: ana                   # optional; the candidate folder's name (required when signed)
/// round: keeper-test                # optional; the round's id (required when signed)
/// interviewer: Priya Raman, engineering manager
/// recommendation: hire              # strong_no_hire, no_hire, hire, strong_hire or no_decision
/// attributes:                       # optional; attributes left out are not_assessed
///   communication: strong_hire
///   problem_solving:
///     rating: hire
///     notes: Reframed the outage story around what she would change.
/// strengths: [Direct, specific feedback stories]
/// concerns: []
/// questions:
///   - question: If she wanted to leave, would I fight to keep her?
///     answer: Yes.
/// notes: Free text.
/// ```
public enum ManualScorecard {
    static let keys = [
        "candidate", "round", "interviewer", "recommendation", "attributes", "strengths", "concerns", "notes",
        "questions",
    ]

    /// A scorecard as written, with whom and which round it names.
    public struct Written: Sendable {
        public var scorecard: Scorecard
        /// The `candidate:` it names, if any.
        public var candidate: String?
        /// Whether it names its round (`round:`).
        public var namesRound: Bool
    }

    /// Bytes of a scorecard Panel reads.
    public static let capBytes = 256 * 1024

    /// Reads the scorecard at `url` for `round`, not following a link.
    /// - Throws: ``SpecError`` naming the file, line and field.
    public static func load(_ url: URL, round: Round) throws(SpecError) -> Scorecard {
        let bytes: [UInt8]
        do {
            bytes = try UntrustedFile.read(path: url.path, capBytes: capBytes)
        } catch {
            throw .missingFile(path: url.path, expected: "a scorecard (YAML): it \(error.reason)")
        }
        return try read(String(decoding: bytes, as: UTF8.self), file: url.path, round: round).scorecard
    }

    /// Reads the scorecard `text` (from `file`) for `round`.
    /// - Throws: ``SpecError`` naming the file, line and field.
    public static func read(_ text: String, file: String, round: Round) throws(SpecError) -> Written {
        let yaml = try YAMLFields(YAMLReader.parse(text, file: file), file: file)
        try yaml.rejectUnknown(allowed: keys)
        if let id = try yaml.string("round"), id != round.id {
            throw .invalidField(
                file: file, line: yaml.line("round"), field: "round", expected: "'\(round.id)' (the round it is for)",
                found: "'\(id)'")
        }
        guard let interviewer = try yaml.string("interviewer") else {
            throw yaml.missing("interviewer", expected: "the name (and role) of the person who interviewed")
        }
        guard let recommendationText = try yaml.string("recommendation") else {
            throw yaml.missing("recommendation", expected: Recommendation.names.joined(separator: ", "))
        }
        guard let recommendation = Recommendation(name: recommendationText) else {
            throw .invalidField(
                file: file, line: yaml.line("recommendation"), field: "recommendation",
                expected: "one of \(Recommendation.names.joined(separator: ", "))",
                found: "'\(recommendationText)'"
                    + Suggestion.didYouMean(recommendationText, among: Recommendation.names))
        }
        var attributes = AttributeRatings()
        if let fields = try yaml.fields("attributes") {
            try fields.rejectUnknown(allowed: Attribute.names)
            for attribute in Attribute.allCases {
                guard let node = fields.node(attribute.name) else { continue }
                attributes[attribute] = try readAttribute(node, fields: fields, attribute: attribute)
            }
        }
        var questions: [Scorecard.Question] = []
        for item in try yaml.mappings("questions") ?? [] {
            try item.rejectUnknown(allowed: ["question", "answer"])
            guard let question = try item.string("question") else {
                throw item.missing("question", expected: "the question asked")
            }
            questions.append(Scorecard.Question(question: question, answer: try item.string("answer") ?? ""))
        }
        let scorecard = Scorecard(
            interviewer: InterviewerIdentity(name: InterviewerRegistry.manual, kind: .manual, persona: interviewer),
            recommendation: recommendation, attributes: attributes, strengths: try yaml.strings("strengths") ?? [],
            concerns: try yaml.strings("concerns") ?? [], notes: try yaml.string("notes"), questions: questions,
            error: recommendation == .noDecision ? "\(interviewer) asks for more information (no_decision)" : nil)
        return Written(
            scorecard: scorecard, candidate: try yaml.string("candidate"), namesRound: try yaml.string("round") != nil)
    }

    private static func readAttribute(
        _ node: YAMLNode,
        fields: YAMLFields,
        attribute: Attribute
    ) throws(SpecError) -> AttributeScore {
        let file = fields.file
        var ratingText: String?
        var ratingLine = node.line
        var field = fields.fieldName(attribute.name)
        var reasons: [String] = []
        if case .scalar(let text, _) = node.kind {
            ratingText = text
        } else {
            let detail = try YAMLFields(node, file: file, path: field)
            try detail.rejectUnknown(allowed: ["rating", "notes"])
            ratingText = try detail.string("rating")
            ratingLine = detail.line("rating") ?? node.line
            field = detail.fieldName("rating")
            guard ratingText != nil else {
                throw detail.missing("rating", expected: Rating.names.joined(separator: ", "))
            }
            reasons = try detail.strings("notes") ?? []
        }
        guard let ratingText, let rating = Rating(name: ratingText) else {
            throw .invalidField(
                file: file, line: ratingLine, field: field, expected: "one of \(Rating.names.joined(separator: ", "))",
                found: "'\(ratingText ?? "")'" + Suggestion.didYouMean(ratingText ?? "", among: Rating.names))
        }
        return AttributeScore(rating: rating, reasons: reasons)
    }
}
