import Foundation

/// `submissions/submissions.yaml` (2025-09, BAPCtools): which verdicts each submission may and must get, by
/// patterns of paths under `submissions/`, on every case or (under a key naming test groups, such as
/// `secret/group1:`) on the cases a glob names; the text its judge messages must contain; and the language and
/// entry point of a submission that is a folder.
struct SubmissionExpectations {
    /// One top-level entry: its pattern, its rules (the one about every case first, then one per test-group
    /// key) and the keys the rule about every case states.
    struct Entry {
        var pattern: String
        var rules: [CategoryRule]
        var stated: Set<String> = []
        var language: String?
        var entrypoint: String?
    }

    var entries: [Entry] = []
    /// Notes about what was not checked.
    var notes: [String] = []

    /// Fields of an entry that say nothing about verdicts (or that Panel does not check).
    static let informational = ["author", "authors", "model_solution"]

    /// Reads the file of `problem`, or no expectations when it has none.
    static func read(_ problem: ProblemPackage) throws(SpecError) -> SubmissionExpectations {
        let file = problem.directory.appendingPathComponent("submissions/submissions.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return SubmissionExpectations() }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
        var expectations = SubmissionExpectations()
        for pattern in yaml.keys {
            guard let fields = try yaml.fields(pattern) else { continue }
            var entry = Entry(pattern: pattern, rules: [])
            entry.language = try fields.string("language")
            entry.entrypoint = try fields.string("entrypoint")
            var root = try rule(fields, origin: "submissions.yaml '\(pattern)'")
            entry.stated = Set(fields.keys).intersection([
                "permitted", "required", "score", "message", "use_for_time_limit",
            ])
            root.cases = nil
            entry.rules.append(root)
            // Any other key holding a mapping names test cases (`sample`, `secret/*-hard`, `*`).
            for key in fields.keys where !expectationKeys.contains(key) {
                guard case .mapping = fields.node(key)?.kind, let group = try fields.fields(key) else {
                    expectations.notes.append("submissions.yaml '\(pattern)': '\(key)' is not a known key; not checked")
                    continue
                }
                var groupRule = try rule(group, origin: "submissions.yaml '\(pattern)'")
                groupRule.cases = key
                entry.rules.append(groupRule)
            }
            expectations.entries.append(entry)
        }
        return expectations
    }

    /// The keys of an entry (or of one of its test-group keys) that are not test-group globs.
    static let expectationKeys: Set<String> =
        Set(
            ["permitted", "required", "score", "message", "language", "entrypoint", "use_for_time_limit"]
                + informational)

    /// The rule of one mapping's `permitted`, `required`, `score` and `message`.
    private static func rule(_ fields: YAMLFields, origin: String) throws(SpecError) -> CategoryRule {
        var rule = CategoryRule(permitted: Set(Verdict.allCases), required: [])
        rule.origin = origin
        if fields.node("permitted") != nil { rule.permitted = try verdicts(fields, "permitted") }
        if fields.node("required") != nil { rule.required = try verdicts(fields, "required") }
        if let bounds = try fields.strings("score")?.compactMap(Double.init), let low = bounds.min(),
            let high = bounds.max()
        {
            rule.scoreRange = low...high
        }
        rule.message = try fields.string("message")
        try timeLimitUse(fields, into: &rule)
        return rule
    }

    /// `use_for_time_limit`: `true` (the default), `false`, `lower` (as `permitted: [AC, WA, RTE]`, and the
    /// rule bounds the limit from below) or `upper` (as `required: [TLE]`, bounding it from above).
    private static func timeLimitUse(_ fields: YAMLFields, into rule: inout CategoryRule) throws(SpecError) {
        let key = "use_for_time_limit"
        guard fields.node(key) != nil else { return }
        let word = try fields.string(key) ?? ""
        switch word.lowercased() {
        case "lower":
            rule.timeLimitUse = .lower
            rule.permitted.formIntersection([.AC, .WA, .RTE])
        case "upper":
            rule.timeLimitUse = .upper
            rule.required = [.TLE]
        case "true":
            break
        case "false":
            rule.timeLimitUse = CategoryRule.TimeLimitUse.none
        default:
            throw .invalidField(
                file: fields.file, line: fields.line(key), field: fields.fieldName(key),
                expected: "true, false, lower or upper", found: "'\(word)'")
        }
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
    /// matching entry's, plus its folder's default rule. An entry named exactly as the folder overrides the
    /// default rule's keys it states and keeps the others (the spec's "Default directories"); as in
    /// DOMjudge, a `@EXPECTED_RESULTS@:` line in `source` names the verdicts instead of the folder.
    func rules(for path: String, source: URL? = nil) -> [CategoryRule] {
        let category = String(path.split(separator: "/").first ?? "")
        let matching = entries.filter { Self.matches($0.pattern, path) }
        var rules = matching.flatMap(\.rules)
        let expected = source.flatMap(Self.expectedResults)
        if let expected { rules.append(expected) }
        // A marker naming only a score leaves the verdicts to the folder.
        if expected == nil || expected?.permitted == Set(Verdict.allCases), var folderRule = CategoryRule.of(category) {
            if let override = matching.first(where: { Self.trimmed($0.pattern) == category }),
                let stated = override.rules.first
            {
                // The override's own rule about every case takes the folder's place, with the keys it leaves out.
                folderRule.permitted = override.stated.contains("permitted") ? stated.permitted : folderRule.permitted
                folderRule.required = override.stated.contains("required") ? stated.required : folderRule.required
                folderRule.scoreRange = stated.scoreRange
                folderRule.message = stated.message
                if override.stated.contains("use_for_time_limit") {
                    folderRule.timeLimitUse = stated.timeLimitUse
                    if stated.timeLimitUse == .lower { folderRule.permitted.formIntersection([.AC, .WA, .RTE]) }
                    if stated.timeLimitUse == .upper { folderRule.required = [.TLE] }
                }
                folderRule.origin = stated.origin
                if let index = rules.firstIndex(where: { $0.origin == stated.origin && $0.cases == nil }) {
                    rules[index] = folderRule
                }
            } else {
                rules.insert(folderRule, at: 0)
            }
        }
        return rules
    }

    /// The language and entry point submissions.yaml gives the submission at `path` (the first by pattern
    /// order when several entries give one, as BAPCtools takes the least).
    func program(for path: String) -> (language: String?, entrypoint: String?) {
        let matching = entries.filter { Self.matches($0.pattern, path) }
        return (matching.compactMap(\.language).min(), matching.compactMap(\.entrypoint).min())
    }

    private static func trimmed(_ pattern: String) -> String {
        pattern.hasSuffix("/") ? String(pattern.dropLast()) : pattern
    }

    /// DOMjudge's verdict names in `@EXPECTED_RESULTS@:` and the ICPC verdicts they are.
    static let domjudgeVerdicts: [String: Verdict] = [
        "CORRECT": .AC, "WRONG-ANSWER": .WA, "NO-OUTPUT": .WA, "TIMELIMIT": .TLE, "RUN-ERROR": .RTE,
        "OUTPUT-LIMIT": .RTE, "COMPILER-ERROR": .CE,
    ]

    /// The rule a DOMjudge `@EXPECTED_RESULTS@: A, B` line states: the final verdict is one of them (cases
    /// before it are AC), or nil when the file has no such line. `@EXPECTED_SCORE@:` (DOMjudge 9) states the
    /// score when it is a number, and verdicts as `@EXPECTED_RESULTS@` does otherwise (its older use); both
    /// markers are found whatever their case, as DOMjudge finds them.
    static func expectedResults(_ source: URL) -> CategoryRule? {
        // A folder program states it in its main file; any file of it will do.
        if ProgramBuilder.files(of: source).first != source {
            return ProgramBuilder.files(of: source).lazy.compactMap { expectedResults($0) }.first
        }
        guard let handle = FileHandle(forReadingAtPath: source.path) else { return nil }
        defer { try? handle.close() }
        let text = String(decoding: (try? handle.read(upToCount: 64 * 1024)) ?? Data(), as: UTF8.self)
        func line(after marker: String) -> Substring? {
            guard let found = text.range(of: marker, options: .caseInsensitive) else { return nil }
            return text[found.upperBound...].prefix { $0 != "\n" }
        }
        let stated = line(after: "@EXPECTED_SCORE@:").map { $0.trimmingCharacters(in: .whitespaces) }
        let score = stated.flatMap(Double.init)
        let words: String? = line(after: "@EXPECTED_RESULTS@:").map(String.init) ?? (score == nil ? stated : nil)
        let verdicts: Set<Verdict> = Set(
            (words ?? "").split(whereSeparator: { $0 == "," || $0.isWhitespace }).compactMap {
                domjudgeVerdicts[$0.uppercased()]
            })
        guard !verdicts.isEmpty || score != nil else { return nil }
        var rule = CategoryRule(permitted: Set(Verdict.allCases), required: [])
        if !verdicts.isEmpty {
            rule = CategoryRule(permitted: verdicts.union([.AC]), required: verdicts.subtracting([.AC]))
            if verdicts.contains(.AC) { rule.required = [] }
            if verdicts == [.CE] { rule.permitted = [.CE] }
        }
        if let score { rule.scoreRange = score...score }
        rule.origin = words != nil ? "its @EXPECTED_RESULTS@ line" : "its @EXPECTED_SCORE@ line"
        return rule
    }

    /// Whether `pattern` (a glob with `*` and `{a,b}`) names `path` or a folder above it (a trailing `/` is
    /// left out, as BAPCtools does).
    static func matches(_ pattern: String, _ path: String) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        let prefixes = (1...max(components.count, 1)).map { components.prefix($0).joined(separator: "/") }
        return expand(trimmed(pattern)).contains { alternative in
            prefixes.contains { glob(alternative, matches: $0) }
        }
    }

    /// The spec's glob: `*` matches any run of characters but `/`; everything else matches itself.
    static func glob(_ pattern: String, matches name: String) -> Bool {
        let pattern = Array(pattern)
        let name = Array(name)
        func match(_ p: Int, _ n: Int) -> Bool {
            if p == pattern.count { return n == name.count }
            if pattern[p] == "*" {
                let run = name[n...].prefix { $0 != "/" }.count
                return (n...(n + run)).contains { match(p + 1, $0) }
            }
            guard n < name.count, pattern[p] == name[n] else { return false }
            return match(p + 1, n + 1)
        }
        return match(0, 0)
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
