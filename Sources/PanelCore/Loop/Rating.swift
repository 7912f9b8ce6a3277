/// A value written in YAML and JSON as one of a fixed set of names, and encoded as that name.
public protocol NamedValue: Codable, CustomStringConvertible {
    /// The value named `name`, or nil.
    init?(name: String)
}

extension NamedValue {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(name: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a \(Self.self): '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// The 4-point forced-choice scale every scorecard uses (no neutral middle, as Lever's fixed question and
/// Greenhouse's four non-neutral overall values): 1 strong_no_hire, 2 no_hire, 3 hire, 4 strong_hire.
public enum Level: Int, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case strongNoHire = 1
    case noHire = 2
    case hire = 3
    case strongHire = 4

    /// The name used in YAML, JSON and reports.
    public var name: String {
        switch self {
        case .strongNoHire: return "strong_no_hire"
        case .noHire: return "no_hire"
        case .hire: return "hire"
        case .strongHire: return "strong_hire"
        }
    }

    /// The level named `name`, or nil.
    public init?(name: String) {
        guard let level = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = level
    }

    /// How the level reads in prose ("strong hire").
    public var phrase: String { name.replacingOccurrences(of: "_", with: " ") }

    public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }

    public var description: String { name }
}

/// One attribute's rating: a level, or `not_assessed` when the round gave no signal for it.
public enum Rating: Sendable, Equatable, NamedValue {
    case rated(Level)
    case notAssessed

    /// Every value as written in YAML and JSON, for error messages.
    public static let names = Level.allCases.map(\.name) + ["not_assessed"]

    /// The rating named `name`, or nil.
    public init?(name: String) {
        if name == "not_assessed" {
            self = .notAssessed
        } else if let level = Level(name: name) {
            self = .rated(level)
        } else {
            return nil
        }
    }

    /// The level, or nil when not assessed.
    public var level: Level? {
        if case .rated(let level) = self { return level }
        return nil
    }

    public var description: String { level?.name ?? "not_assessed" }

}

/// A scorecard's overall recommendation: a level, or `no_decision` when the interviewer could not evaluate
/// (a plugin that failed, evidence Panel could not gather, a human who asks for more information).
public enum Recommendation: Sendable, Equatable, NamedValue {
    case decided(Level)
    case noDecision

    /// Every value as written in YAML and JSON, for error messages.
    public static let names = Level.allCases.map(\.name) + ["no_decision"]

    /// The recommendation named `name`, or nil.
    public init?(name: String) {
        if name == "no_decision" {
            self = .noDecision
        } else if let level = Level(name: name) {
            self = .decided(level)
        } else {
            return nil
        }
    }

    /// The level, or nil for no_decision.
    public var level: Level? {
        if case .decided(let level) = self { return level }
        return nil
    }

    public var description: String { level?.name ?? "no_decision" }

}

/// What every scorecard rates: the FAANG coding rubric's four dimensions plus efficiency.
public enum Attribute: String, Sendable, CaseIterable, Codable {
    case problemSolving = "problem_solving"
    case technicalCompetency = "technical_competency"
    case testing
    case communication
    case efficiency

    /// The name as written in YAML and JSON.
    public var name: String { rawValue }

    /// A heading for reports ("Problem solving").
    public var title: String {
        switch self {
        case .problemSolving: return "Problem solving"
        case .technicalCompetency: return "Technical competency"
        case .testing: return "Testing"
        case .communication: return "Communication"
        case .efficiency: return "Efficiency"
        }
    }

    /// Every name, for error messages and "did you mean".
    public static let names = allCases.map(\.name)
}
