import Foundation

/// How a test group's results become a score: what its `test_group.yaml` (2023-07) or `testdata.yaml`
/// (legacy) says. Only scoring problems use these; pass-fail problems judge every case alike.
public struct TestGroupSettings: Sendable, Equatable {
    /// 2023-07 aggregation of a group's cases and subgroups.
    public enum Aggregation: String, Sendable, Equatable {
        case passFail = "pass-fail"
        case sum
        case min
    }

    /// The file the settings come from.
    public var file: String
    /// 2023-07 `max_score` (or `scoring.score`): nil when unstated, infinity for `unbounded`.
    public var maxScore: Double?
    /// 2023-07 `score_aggregation` (or `scoring.aggregation`).
    public var aggregation: Aggregation?
    /// 2023-07 `require_pass`: cases or groups (below `data/`) that must be accepted for this group to score.
    public var requirePass: [String] = []
    /// Legacy `on_reject`: `break` (the default) stops grading a group at its first rejected item.
    public var onReject: String?
    /// Legacy `grader_flags`, such as `sum`, `min`, `first_error`, `ignore_sample`; nil when unstated.
    public var graderFlags: [String]?
    /// Legacy `accept_score` and `reject_score` of a case without `score.txt`.
    public var acceptScore: Double?
    public var rejectScore: Double?
    /// Legacy `range`: the scores a group may have; outside it the group is a judge error.
    public var range: ClosedRange<Double>?

    /// Reads the settings file of the group folder `folder` with `constants` substituted, or nil when it has
    /// none.
    static func read(_ folder: URL, constants: ProblemConstants = .none) throws(SpecError) -> TestGroupSettings? {
        for name in TestDataScanner.groupFiles {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let yaml = try YAMLFields(YAMLReader.parse(contentsOf: url, substituting: constants), file: url.path)
            return try TestGroupSettings(yaml, file: url.path)
        }
        return nil
    }

    init(_ yaml: YAMLFields, file: String) throws(SpecError) {
        self.file = file
        func score(_ fields: YAMLFields, _ key: String) throws(SpecError) -> Double? {
            guard let node = fields.node(key) else { return nil }
            if case .scalar(let text, _) = node.kind, text == "unbounded" { return .infinity }
            guard let value = try fields.double(key), value >= 0 else {
                throw .invalidField(
                    file: file, line: node.line, field: fields.fieldName(key),
                    expected: "a non-negative number or unbounded", found: "a negative number")
            }
            return value
        }
        func readAggregation(_ fields: YAMLFields, _ key: String) throws(SpecError) -> Aggregation? {
            guard let text = try fields.string(key) else { return nil }
            guard let value = Aggregation(rawValue: text) else {
                throw .invalidField(
                    file: file, line: fields.line(key), field: fields.fieldName(key),
                    expected: "pass-fail, sum or min", found: "'\(text)'")
            }
            return value
        }
        maxScore = try score(yaml, "max_score")
        aggregation = try readAggregation(yaml, "score_aggregation")
        requirePass = try yaml.strings("require_pass") ?? []
        // The later drafts group the same three under `scoring`.
        if let scoring = try yaml.fields("scoring") {
            try scoring.rejectUnknown(allowed: ["score", "aggregation", "require_pass"])
            maxScore = try score(scoring, "score") ?? maxScore
            aggregation = try readAggregation(scoring, "aggregation") ?? aggregation
            requirePass = try scoring.strings("require_pass") ?? requirePass
        }

        if let grading = try yaml.string("grading"), grading != "default" {
            throw .unsupported(file: file, feature: "grading: \(grading) (custom graders)")
        }
        onReject = try yaml.string("on_reject")
        if let onReject, !["break", "continue"].contains(onReject) {
            throw .invalidField(
                file: file, line: yaml.line("on_reject"), field: "on_reject", expected: "break or continue",
                found: "'\(onReject)'")
        }
        graderFlags = try yaml.string("grader_flags").map { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        let knownFlags = [
            "worst_error", "first_error", "always_accept", "sum", "avg", "min", "max", "ignore_sample",
            "accept_if_any_accepted",
        ]
        if let unknown = graderFlags?.first(where: { !knownFlags.contains($0) }) {
            throw .invalidField(
                file: file, line: yaml.line("grader_flags"), field: "grader_flags",
                expected: knownFlags.joined(separator: ", "), found: "'\(unknown)'")
        }
        acceptScore = try yaml.double("accept_score")
        rejectScore = try yaml.double("reject_score")
        if let text = try yaml.string("range") {
            let parts = text.split(whereSeparator: \.isWhitespace).map { part -> Double? in
                switch part {
                case "-inf": -.infinity
                case "inf", "+inf": .infinity
                default: Double(part)
                }
            }
            guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high else {
                throw .invalidField(
                    file: file, line: yaml.line("range"), field: "range", expected: "two numbers 'low high'",
                    found: "'\(text)'")
            }
            range = low...high
        }
    }
}

extension TestGroupSettings {
    /// These settings with every legacy key they leave out taken from `parent`, the settings in force in
    /// the folder above: legacy `testdata.yaml` is inherited key by key, as problemtools does.
    func inheritingLegacyKeys(from parent: TestGroupSettings) -> TestGroupSettings {
        var merged = self
        merged.onReject = onReject ?? parent.onReject
        merged.graderFlags = graderFlags ?? parent.graderFlags
        merged.acceptScore = acceptScore ?? parent.acceptScore
        merged.rejectScore = rejectScore ?? parent.rejectScore
        merged.range = range ?? parent.range
        return merged
    }
}
