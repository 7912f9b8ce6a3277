import Foundation

/// `submissions/submissions.yaml` (2025-09, BAPCtools): which verdicts each submission may and must get,
/// by patterns of paths under `submissions/`. Entries per test group are reported as not checked.
struct SubmissionExpectations {
    /// One entry: its pattern and rule.
    struct Entry {
        var pattern: String
        var rule: CategoryRule
    }

    var entries: [Entry] = []
    /// Notes about what was not checked.
    var notes: [String] = []

    /// Fields of an entry that say nothing about verdicts (or that Panel does not check).
    static let informational = [
        "language", "entrypoint", "author", "authors", "model_solution", "use_for_time_limit", "message", "score",
    ]

    /// Reads the file of `problem`, or no expectations when it has none.
    static func read(_ problem: ProblemPackage) throws(SpecError) -> SubmissionExpectations {
        let file = problem.directory.appendingPathComponent("submissions/submissions.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return SubmissionExpectations() }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
        var expectations = SubmissionExpectations()
        for pattern in yaml.keys {
            guard let fields = try yaml.fields(pattern) else { continue }
            var rule = CategoryRule(permitted: Set(Verdict.allCases), required: [])
            rule.origin = "submissions.yaml '\(pattern)'"
            for key in fields.keys {
                switch key {
                case "permitted": rule.permitted = try verdicts(fields, key)
                case "required": rule.required = try verdicts(fields, key)
                case "score":
                    let bounds = try fields.strings(key)?.compactMap(Double.init) ?? []
                    if let low = bounds.min(), let high = bounds.max() { rule.scoreRange = low...high }
                case _ where informational.contains(key): continue
                default:
                    expectations.notes.append(
                        "submissions.yaml '\(pattern)': expectations for '\(key)' (per test group) not checked")
                }
            }
            expectations.entries.append(Entry(pattern: pattern, rule: rule))
        }
        return expectations
    }

    private static func verdicts(_ fields: YAMLFields, _ key: String) throws(SpecError) -> Set<Verdict> {
        var result: Set<Verdict> = []
        for word in try fields.strings(key) ?? [] {
            guard let verdict = Verdict(rawValue: word), [.AC, .WA, .TLE, .RTE].contains(verdict) else {
                throw .invalidField(
                    file: fields.file, line: fields.line(key), field: fields.fieldName(key),
                    expected: "verdicts among AC, WA, TLE, RTE", found: "'\(word)'")
            }
            result.insert(verdict)
        }
        return result
    }

    /// The rules for the submission at `path` (relative to `submissions/`, such as `accepted/a.py`): every
    /// matching entry, plus its folder's default rule unless an entry names exactly that folder or (as in
    /// DOMjudge) a `@EXPECTED_RESULTS@:` line in `source` names the verdicts instead.
    func rules(for path: String, source: URL? = nil) -> [CategoryRule] {
        let category = String(path.split(separator: "/").first ?? "")
        let matching = entries.filter { Self.matches($0.pattern, path) }
        var rules = matching.map(\.rule)
        if let source, let expected = Self.expectedResults(source) {
            rules.append(expected)
        } else if !matching.contains(where: { $0.pattern == category }), let folderRule = CategoryRule.of(category) {
            rules.insert(folderRule, at: 0)
        }
        return rules
    }

    /// DOMjudge's verdict names in `@EXPECTED_RESULTS@:` and the ICPC verdicts they are.
    static let domjudgeVerdicts: [String: Verdict] = [
        "CORRECT": .AC, "WRONG-ANSWER": .WA, "NO-OUTPUT": .WA, "TIMELIMIT": .TLE, "RUN-ERROR": .RTE,
        "OUTPUT-LIMIT": .RTE, "COMPILER-ERROR": .CE,
    ]

    /// The rule a DOMjudge `@EXPECTED_RESULTS@: A, B` line states: the final verdict is one of them (cases
    /// before it are AC), or nil when the file has no such line.
    static func expectedResults(_ source: URL) -> CategoryRule? {
        // A folder program states it in its main file; any file of it will do.
        if ProgramBuilder.files(of: source).first != source {
            return ProgramBuilder.files(of: source).lazy.compactMap { expectedResults($0) }.first
        }
        guard let handle = FileHandle(forReadingAtPath: source.path) else { return nil }
        defer { try? handle.close() }
        let text = String(decoding: (try? handle.read(upToCount: 64 * 1024)) ?? Data(), as: UTF8.self)
        guard let marker = text.range(of: "@EXPECTED_RESULTS@:") else { return nil }
        let line = text[marker.upperBound...].prefix { $0 != "\n" }
        let verdicts = Set(
            line.split(whereSeparator: { $0 == "," || $0.isWhitespace }).compactMap {
                domjudgeVerdicts[$0.uppercased()]
            })
        guard !verdicts.isEmpty else { return nil }
        var rule = CategoryRule(permitted: verdicts.union([.AC]), required: verdicts.subtracting([.AC]))
        if verdicts.contains(.AC) { rule.required = [] }
        if verdicts == [.CE] { rule.permitted = [.CE] }
        rule.origin = "its @EXPECTED_RESULTS@ line"
        return rule
    }

    /// Whether `pattern` (a glob with `*` and `{a,b}`) names `path` or a folder above it.
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        let prefixes = (1...max(components.count, 1)).map { components.prefix($0).joined(separator: "/") }
        return expand(pattern).contains { alternative in
            prefixes.contains { Language.glob(alternative, matches: $0) }
        }
    }

    /// Brace expansion: `a.{py,cpp}` is `a.py` and `a.cpp`; several groups give every combination.
    static func expand(_ pattern: String) -> [String] {
        guard let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") else {
            return [pattern]
        }
        let head = pattern[..<open]
        let tail = pattern[pattern.index(after: close)...]
        let choices = pattern[pattern.index(after: open)..<close].split(
            separator: ",", omittingEmptySubsequences: false)
        return choices.flatMap { choice in
            expand(String(tail)).map { head + choice.trimmingCharacters(in: .whitespaces) + $0 }
        }
    }
}
