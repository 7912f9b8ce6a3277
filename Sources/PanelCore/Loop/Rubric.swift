import Foundation

/// A built-in rubric interviewer: a persona whose YAML file maps evidence to ratings.
///
/// Each attribute lists up to three bands, `strong_hire`, `hire` and `no_hire`, each a set of thresholds on
/// ``Signal``s (`min_correctness: 0.9`, `max_time_fraction: 0.5`, `explained_complexity: true`). The first band
/// whose thresholds all hold gives the rating; when none holds the rating is strong_no_hire. A threshold on a
/// signal the evidence cannot give is skipped; an attribute whose every signal is unavailable is not_assessed.
/// The overall combines the rated attributes by `overall.method` and leans low: any attribute at
/// strong_no_hire caps the overall at no_hire, and so does any attribute listed in `overall.at_least_hire`
/// that is rated below hire.
public struct Rubric: Sendable, Equatable {
    /// The name loop files use (`standard`, `bar-raiser`).
    public var name: String
    /// Who the interviewer is, for reports.
    public var persona: String
    /// The rubric's version, reported on every scorecard.
    public var version: String
    /// The file it was read from.
    public var file: String
    /// Bands per attribute; an attribute without bands is not_assessed.
    public var attributes: [Attribute: AttributeRubric]
    /// How the overall is formed.
    public var overall: OverallPolicy

    /// The bands of one attribute.
    public struct AttributeRubric: Sendable, Equatable {
        /// What the attribute means for this interviewer.
        public var about: String?
        /// strong_hire, hire, no_hire, in that order (absent bands are skipped).
        public var bands: [Band]

        /// Every signal the bands mention.
        var signals: Set<Signal> { Set(bands.flatMap { $0.conditions.map(\.signal) }) }
    }

    /// One band: the level it gives when all its conditions hold.
    public struct Band: Sendable, Equatable {
        public var level: Level
        public var conditions: [Condition]
    }

    /// How attribute ratings become the overall recommendation.
    public struct OverallPolicy: Sendable, Equatable {
        /// How the rated attributes are combined.
        public enum Method: String, Sendable, CaseIterable {
            /// The lower median.
            case median
            /// The lowest rating.
            case lowest
            /// The mean, rounded down.
            case mean
        }

        public var method: Method
        /// Attributes that must be at hire or above for the overall to be hire.
        public var atLeastHire: [Attribute]
    }
}

extension Rubric {
    static let topKeys = ["name", "version", "persona", "overall", "attributes"]
    static let bandNames = [Level.strongHire, .hire, .noHire].map(\.name)

    /// Reads a rubric interviewer's YAML file.
    /// - Throws: ``SpecError`` naming the file, line and field.
    public static func load(_ url: URL) throws(SpecError) -> Rubric {
        let file = url.path
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: url), file: file)
        try yaml.rejectUnknown(allowed: topKeys)
        guard let name = try yaml.string("name") else {
            throw yaml.missing("name", expected: "the interviewer's name, such as standard")
        }
        guard let persona = try yaml.string("persona") else {
            throw yaml.missing("persona", expected: "who the interviewer is, for reports")
        }
        var overall = OverallPolicy(method: .median, atLeastHire: [])
        if let fields = try yaml.fields("overall") {
            try fields.rejectUnknown(allowed: ["method", "at_least_hire"])
            if let text = try fields.string("method") {
                guard let method = OverallPolicy.Method(rawValue: text) else {
                    throw .invalidField(
                        file: file, line: fields.line("method"), field: fields.fieldName("method"),
                        expected: OverallPolicy.Method.allCases.map(\.rawValue).joined(separator: ", "),
                        found: "'\(text)'")
                }
                overall.method = method
            }
            for (index, text) in (try fields.strings("at_least_hire") ?? []).enumerated() {
                guard let attribute = Attribute(rawValue: text) else {
                    throw .invalidField(
                        file: file, line: fields.line("at_least_hire"),
                        field: "\(fields.fieldName("at_least_hire"))[\(index)]",
                        expected: "an attribute (\(Attribute.names.joined(separator: ", ")))", found: "'\(text)'")
                }
                overall.atLeastHire.append(attribute)
            }
        }
        guard let attributeFields = try yaml.fields("attributes") else {
            throw yaml.missing("attributes", expected: "bands for at least one attribute")
        }
        try attributeFields.rejectUnknown(allowed: Attribute.names)
        var attributes: [Attribute: AttributeRubric] = [:]
        for attribute in Attribute.allCases {
            guard let fields = try attributeFields.fields(attribute.name) else { continue }
            attributes[attribute] = try readAttribute(fields)
        }
        return Rubric(
            name: name, persona: persona, version: try yaml.string("version") ?? "1", file: file,
            attributes: attributes, overall: overall)
    }

    private static func readAttribute(_ fields: YAMLFields) throws(SpecError) -> AttributeRubric {
        try fields.rejectUnknown(allowed: ["about"] + bandNames)
        var rubric = AttributeRubric(about: try fields.string("about"), bands: [])
        for level in [Level.strongHire, .hire, .noHire] {
            guard let node = fields.node(level.name) else { continue }
            // `hire: {}` is a band without thresholds: it always holds.
            let band = try YAMLFields(node, file: fields.file, path: fields.fieldName(level.name))
            try band.rejectUnknown(allowed: Signal.bandKeys)
            var conditions: [Condition] = []
            for key in band.keys {
                if let signal = Signal(rawValue: key) {
                    guard let value = try band.bool(key) else { continue }
                    conditions.append(Condition(signal: signal, test: .flag(value)))
                } else {
                    let isMinimum = key.hasPrefix("min_")
                    guard let signal = Signal(rawValue: String(key.dropFirst(4))), let bound = try band.double(key)
                    else { continue }
                    guard bound >= 0 else {
                        throw .invalidField(
                            file: fields.file, line: band.line(key), field: band.fieldName(key),
                            expected: "a number of at least 0", found: Condition.number(bound))
                    }
                    conditions.append(Condition(signal: signal, test: isMinimum ? .atLeast(bound) : .atMost(bound)))
                }
            }
            rubric.bands.append(Band(level: level, conditions: conditions))
        }
        return rubric
    }
}
