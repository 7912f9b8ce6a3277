import Foundation

/// The interviewer plugin protocol, version 2: one JSON request on the plugin's stdin, one JSON scorecard on
/// its stdout, stderr as its log. Documented for other languages in docs/INTERVIEWERS.md.
public enum InterviewProtocol {
    /// The version of Panel's requests. Version 2 added the candidate's own tests (`candidate_tests`) to the
    /// evidence; the response did not change, so a plugin answering version 1 is still understood.
    public static let version = 2
    /// The versions a response may name.
    public static let understood = [1, 2]

    /// What a plugin reads: its own round and that round's evidence, nothing about other rounds.
    public struct Request: Sendable, Codable, Equatable {
        public var protocolVersion: Int
        /// The candidate folder's name.
        public var candidate: String
        public var round: RoundInfo
        /// The attributes a scorecard rates.
        public var attributes: [String]
        /// The values an attribute rating may take.
        public var ratings: [String]
        /// The values the overall recommendation may take.
        public var recommendations: [String]
        public var evidence: RoundEvidence

        enum CodingKeys: String, CodingKey {
            case candidate, round, attributes, ratings, recommendations, evidence
            case protocolVersion = "protocol_version"
        }

        /// The request for `round` of `candidate`.
        public init(candidate: String, round: Round, evidence: RoundEvidence) {
            protocolVersion = InterviewProtocol.version
            self.candidate = candidate
            self.round = RoundInfo(id: round.id, title: round.title, kind: round.kind, problems: round.problems)
            attributes = Attribute.names
            ratings = Rating.names
            recommendations = Recommendation.names
            self.evidence = evidence
        }
    }

    /// The round as a plugin sees it.
    public struct RoundInfo: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var kind: String
        public var problems: [String]
    }

    /// Why a plugin's answer cannot be used.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a plugin's stdout into a scorecard.
    ///
    /// The response is a JSON object: `protocol_version` (one of ``understood``), `recommendation`, and optionally
    /// `attributes` (each a rating string or `{"rating": …, "reasons": [...]}`), `strengths`, `concerns`,
    /// `notes`, `interviewer` (a display name) and `version`.
    /// - Throws: ``Failure`` naming the field that is wrong.
    public static func scorecard(fromResponse data: Data, plugin name: String) throws(Failure) -> Scorecard {
        guard !data.isEmpty else { throw Failure(message: "printed nothing on stdout (expected one JSON scorecard)") }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let start = String(decoding: data.prefix(120), as: UTF8.self)
            throw Failure(message: "stdout is not valid JSON: \(start.debugDescription)")
        }
        guard let response = object as? [String: Any] else {
            throw Failure(message: "stdout is JSON but not an object (expected one JSON scorecard object)")
        }
        guard let version = response["protocol_version"] as? Int else {
            throw Failure(message: "field 'protocol_version': missing (expected \(InterviewProtocol.version))")
        }
        guard InterviewProtocol.understood.contains(version) else {
            throw Failure(
                message: "field 'protocol_version': \(version) is not a version Panel speaks "
                    + "(Panel speaks \(InterviewProtocol.understood.map(String.init).joined(separator: " and ")))")
        }
        let known = [
            "protocol_version", "recommendation", "attributes", "strengths", "concerns", "notes",
            "interviewer", "version",
        ]
        if let unknown = response.keys.sorted().first(where: { !known.contains($0) }) {
            throw Failure(message: "unknown field '\(unknown)'" + Suggestion.didYouMean(unknown, among: known))
        }
        guard let text = response["recommendation"] as? String else {
            throw Failure(
                message: "field 'recommendation': missing or not a string (expected one of "
                    + Recommendation.names.joined(separator: ", ") + ")")
        }
        guard let recommendation = Recommendation(name: text) else {
            throw Failure(
                message:
                    "field 'recommendation': '\(text)' is not one of \(Recommendation.names.joined(separator: ", "))")
        }
        var attributes = AttributeRatings()
        if let value = response["attributes"] {
            guard let entries = value as? [String: Any] else {
                throw Failure(message: "field 'attributes': expected an object keyed by attribute name")
            }
            for (key, entry) in entries.sorted(by: { $0.key < $1.key }) {
                guard let attribute = Attribute(rawValue: key) else {
                    throw Failure(
                        message: "field 'attributes.\(key)': not an attribute"
                            + Suggestion.didYouMean(key, among: Attribute.names))
                }
                attributes[attribute] = try score(entry, field: "attributes.\(key)")
            }
        }
        for field in ["interviewer", "notes", "version"] {
            guard let value = response[field], !(value is NSNull || value is String) else { continue }
            guard field == "version", value is NSNumber else {
                throw Failure(message: "field '\(field)': expected a string\(field == "version" ? " or a number" : "")")
            }
        }
        let identity = InterviewerIdentity(
            name: name, kind: .plugin, persona: response["interviewer"] as? String,
            version: (response["version"] as? String) ?? (response["version"] as? NSNumber)?.stringValue)
        return Scorecard(
            interviewer: identity, recommendation: recommendation, attributes: attributes,
            strengths: try strings(response["strengths"], field: "strengths"),
            concerns: try strings(response["concerns"], field: "concerns"), notes: response["notes"] as? String,
            error: recommendation == .noDecision ? "plugin \(name) answered no_decision" : nil)
    }

    private static func score(_ entry: Any, field: String) throws(Failure) -> AttributeScore {
        var ratingText = entry as? String
        var reasons: [String] = []
        if let detail = entry as? [String: Any] {
            if let unknown = detail.keys.sorted().first(where: { $0 != "rating" && $0 != "reasons" }) {
                throw Failure(message: "field '\(field).\(unknown)': unknown (an attribute has rating and reasons)")
            }
            ratingText = detail["rating"] as? String
            reasons = try strings(detail["reasons"], field: field + ".reasons")
        }
        guard let ratingText else {
            throw Failure(message: "field '\(field)': expected a rating string or {\"rating\": …, \"reasons\": […]}")
        }
        guard let rating = Rating(name: ratingText) else {
            throw Failure(
                message: "field '\(field)': '\(ratingText)' is not one of \(Rating.names.joined(separator: ", "))")
        }
        return AttributeScore(rating: rating, reasons: reasons)
    }

    private static func strings(_ value: Any?, field: String) throws(Failure) -> [String] {
        guard let value, !(value is NSNull) else { return [] }
        guard let list = value as? [Any], let texts = list as? [String] else {
            throw Failure(message: "field '\(field)': expected a list of strings")
        }
        return texts
    }
}
