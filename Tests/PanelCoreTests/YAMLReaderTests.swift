import Foundation
import Testing

@testable import PanelCore

/// A compact rendering of a node for table-driven tests: `~` for null, plain text as is, quoted text in double
/// quotes with `\n`/`\t`/`"` escaped, `[a, b]` for sequences and `{k: v}` for mappings.
private func render(_ node: YAMLNode) -> String {
    switch node.kind {
    case .null:
        return "~"
    case .scalar(let text, let quoted):
        guard quoted else {
            return text
        }
        let escaped =
            text
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\t", with: "\\t")
        return "\"\(escaped)\""
    case .sequence(let items):
        return "[" + items.map(render).joined(separator: ", ") + "]"
    case .mapping(let entries):
        return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
    }
}

private func parse(_ text: String) throws -> YAMLNode {
    try YAMLReader.parse(text, file: "problem.yaml")
}

/// The `SpecError.syntax` that parsing `text` throws, or nil when it parses.
private func syntaxError(_ text: String) -> (line: Int, reason: String)? {
    do {
        _ = try YAMLReader.parse(text, file: "problem.yaml")
        return nil
    } catch {
        guard case .syntax(let file, let line, let reason) = error, file == "problem.yaml" else {
            return (-1, "\(error)")
        }
        return (line, reason)
    }
}

@Suite("YAMLReader")
struct YAMLReaderTests {
    static let good: [(name: String, text: String, expected: String)] = [
        ("empty document", "", "~"),
        ("only comments", "# nothing here\n\n   # still nothing\n", "~"),
        ("document start", "---\na: 1\n", "{a: 1}"),
        ("document start with comment, document end", "--- # spec\na: 1\n...\n# bye\n", "{a: 1}"),
        ("flat mapping", "a: 1\nb: two words\nc: -3.5\n", "{a: 1, b: two words, c: -3.5}"),
        ("nested mapping", "limits:\n  time: 1\n  memory: 512\nname: x\n", "{limits: {time: 1, memory: 512}, name: x}"),
        ("deep nesting", "a:\n    b:\n        c: d\n    e: f\n", "{a: {b: {c: d}, e: f}}"),
        ("sequence under key", "type:\n  - pass-fail\n  - interactive\n", "{type: [pass-fail, interactive]}"),
        ("sequence at key indent", "type:\n- a\n- b\nnext: 1\n", "{type: [a, b], next: 1}"),
        ("top-level sequence", "- a\n- b\n-   c\n", "[a, b, c]"),
        ("sequence of mappings", "- name: a\n  time: 1\n- name: b\n", "[{name: a, time: 1}, {name: b}]"),
        ("item mapping with nested value", "- a:\n    b: 1\n  c: 2\n", "[{a: {b: 1}, c: 2}]"),
        ("item mapping with aligned sequence", "- key:\n  - x\n  other: 1\n", "[{key: [x], other: 1}]"),
        ("nested sequences", "- - a\n  - b\n- - c\n", "[[a, b], [c]]"),
        ("empty item then block", "-\n  a: 1\n- b\n", "[{a: 1}, b]"),
        ("empty items", "- \n-  # comment\n- x\n", "[~, ~, x]"),
        ("value on next line", "name:\n  Long Title\n", "{name: Long Title}"),
        (
            "flow sequence", "type: [pass-fail, \"with space\", 'q', 3]\n",
            "{type: [pass-fail, \"with space\", \"q\", 3]}"
        ),
        ("empty flow sequence", "a: []\nb: [ ]\n", "{a: [], b: []}"),
        ("flow trailing comma and comment", "a: [x, y,] # list\n", "{a: [x, y]}"),
        ("empty flow mapping", "a: {}\nb: { }\n", "{a: {}, b: {}}"),
        ("empty values", "a:\nb: # comment\nc: ~\nd: null\n", "{a: ~, b: ~, c: ~, d: ~}"),
        ("quoted null is text", "a: 'null'\nb: \"~\"\n", "{a: \"null\", b: \"~\"}"),
        ("single quotes", "a: 'it''s # not a comment'\n", "{a: \"it's # not a comment\"}"),
        ("double quote escapes", #"a: "x\"y\\z\n\t\u00e9\u263A""#, #"{a: "x\"y\\z\n\té☺"}"#),
        ("surrogate pair and \\x escape", #"a: "\ud83d\ude00\x41""#, "{a: \"😀A\"}"),
        ("empty quoted", "a: ''\nb: \"\"\n", "{a: \"\", b: \"\"}"),
        ("quoted keys", "\"a b\": 1\n'c': 2\n\"d\" : 3\n", "{a b: 1, c: 2, d: 3}"),
        (
            "comments", "# head\na: 1 # trailing\n  # indented comment\nb: x#y\nc: 'v' # after quote\n",
            "{a: 1, b: x#y, c: \"v\"}"
        ),
        (
            "colons without space", "url: http://example.com:80/x\ntime: 12:30\n",
            "{url: http://example.com:80/x, time: 12:30}"
        ),
        ("blank lines and CRLF", "a: 1\r\n\r\nb:\r\n  c: 2\r\n", "{a: 1, b: {c: 2}}"),
        ("key with spaces before colon", "a  : 1\n", "{a: 1}"),
        (
            "plain continuation", "name: A very\n  long title\n\n  indeed\nx: 1\n",
            "{name: A very long title\nindeed, x: 1}"
        ),
        ("top-level scalar", "just text\n", "just text"),
        ("top-level quoted", "\"text\" # c\n", "\"text\""),
        ("indented document", "  a: 1\n  b: 2\n", "{a: 1, b: 2}"),
        (
            "literal block", "notes: |\n  line 1\n    indented\n\n  line 3\nnext: x\n",
            "{notes: \"line 1\\n  indented\\n\\nline 3\\n\", next: x}"
        ),
        ("literal strip", "a: |-\n  x\n  y\n\nb: 1\n", "{a: \"x\\ny\", b: 1}"),
        ("literal keep", "a: |+\n  x\n\n\nb: 1\n", "{a: \"x\\n\\n\\n\", b: 1}"),
        ("literal indentation indicator", "a: |2\n    x\n  y\n", "{a: \"  x\\ny\\n\"}"),
        ("literal keeps comments", "a: |\n  # not a comment\n  x\n", "{a: \"# not a comment\\nx\\n\"}"),
        (
            "folded block", "a: >\n  one\n  two\n\n  three\n    kept\n  four\n",
            "{a: \"one two\\nthree\\n  kept\\nfour\\n\"}"
        ),
        ("folded strip", "a: >-\n  one\n  two\n", "{a: \"one two\"}"),
        ("empty block", "a: |\nb: 1\n", "{a: \"\", b: 1}"),
        ("block in sequence", "- |\n  x\n- y\n", "[\"x\\n\", y]"),
        ("block in item mapping", "- a: >\n    p\n    q\n  b: 1\n", "[{a: \"p q\\n\", b: 1}]"),
        ("literal keeps spaces past the indentation", "a: |\n  x\n     \nb: 1\n", "{a: \"x\\n   \\n\", b: 1}"),
        ("top-level block with indicator", "|1\n  x\n", "\" x\\n\""),
        ("negative number item", "- -1\n- -x\n", "[-1, -x]"),
        ("byte order mark", "\u{FEFF}a: 1\n", "{a: 1}"),
        ("flow mapping", "name: {en: Title, nl: 'Titel'}\n", "{name: {en: Title, nl: \"Titel\"}}"),
        ("nested flow over lines", "a: [1, [2,\n  3], {b: c}]\n", "{a: [1, [2, 3], {b: c}]}"),
        ("single-pair mappings in a flow sequence", "a: [b: c, d]\n", "{a: [{b: c}, d]}"),
        ("anchor and alias", "x: &v [1, 2]\ny: *v\n", "{x: [1, 2], y: [1, 2]}"),
        ("merge key", "base: &b {t: 1, m: 2}\nuse:\n  <<: *b\n  m: 3\n", "{base: {t: 1, m: 2}, use: {t: 1, m: 3}}"),
        ("explicit string tag", "a: !!str 5\n", "{a: \"5\"}"),
        ("explicit key", "? a\n: b\n", "{a: b}"),
        ("multi-line quoted", "a: \"one\n  two\"\nb: 'x\n\n  y'\n", "{a: \"one two\", b: \"x\\ny\"}"),
        ("directive and document end", "%YAML 1.1\n---\na: 1\n...\n", "{a: 1}"),
        ("document start with content", "--- a\n", "a"),
        ("no final newline", "a: 1", "{a: 1}"),
        (
            "legacy problem.yaml",
            """
            name: Hello World
            source: NWERC 2023
            source_url: https://2023.nwerc.eu/
            author: Jane Doe
            license: cc by-sa
            rights_owner: NWERC
            validation: custom interactive
            validator_flags: float_tolerance 1e-6
            limits:
              time_multiplier: 5
              memory: 1024
              output: 8
            keywords: graphs
            """,
            "{name: Hello World, source: NWERC 2023, source_url: https://2023.nwerc.eu/, author: Jane Doe, "
                + "license: cc by-sa, rights_owner: NWERC, validation: custom interactive, "
                + "validator_flags: float_tolerance 1e-6, limits: {time_multiplier: 5, memory: 1024, output: 8}, "
                + "keywords: graphs}"
        ),
        (
            "2023-07 problem.yaml",
            """
            problem_format_version: 2023-07-draft
            type: [pass-fail]
            name:
              en: Hello World
              nl: Hallo Wereld
            uuid: 2b2d1f3c-6d1e-4c59-9a57-0a2f3f1b2c4d
            credits:
              authors:
                - name: Jane Doe
                  email: jane@example.com
                - John Roe
              translators:
                nl: [Piet]
            source:
              name: NWERC 2023
              url: https://2023.nwerc.eu/
            license: cc by-sa
            rights_owner: NWERC
            limits:
              time_limit: 2.5
              memory: 2048
            keywords: []
            allow_file_writing: false
            """,
            "{problem_format_version: 2023-07-draft, type: [pass-fail], name: {en: Hello World, nl: Hallo Wereld}, "
                + "uuid: 2b2d1f3c-6d1e-4c59-9a57-0a2f3f1b2c4d, credits: {authors: [{name: Jane Doe, "
                + "email: jane@example.com}, John Roe], translators: {nl: [Piet]}}, source: {name: NWERC 2023, "
                + "url: https://2023.nwerc.eu/}, license: cc by-sa, rights_owner: NWERC, "
                + "limits: {time_limit: 2.5, memory: 2048}, keywords: [], allow_file_writing: false}"
        ),
        (
            "2023-07 scoring type",
            "problem_format_version: 2023-07-draft\ntype: scoring\nname: Scores\n",
            "{problem_format_version: 2023-07-draft, type: scoring, name: Scores}"
        ),
        (
            "testdata.yaml",
            "on_reject: continue\ngrading: custom\ngrader_flags: min\naccept_score: 10\n"
                + "output_validator_flags: space_change_sensitive\ninput_validator_flags:\n  validate.py: --small\n",
            "{on_reject: continue, grading: custom, grader_flags: min, accept_score: 10, "
                + "output_validator_flags: space_change_sensitive, input_validator_flags: {validate.py: --small}}"
        ),
    ]

    @Test("parses supported documents", arguments: good)
    func parsesGoodDocument(_ name: String, _ text: String, _ expected: String) throws {
        let node = try parse(text)
        #expect(render(node) == expected, "\(name)")
    }

    /// Documents PyYAML refuses too (the reasons are PyYAML's), and the few Panel refuses on its own: duplicate
    /// keys, tags it cannot build, collections as keys, characters Swift strings cannot hold.
    static let bad: [(name: String, text: String, line: Int, reason: String)] = [
        ("undefined alias", "a: 1\nb: *x\n", 2, "column 4: found undefined alias 'x'"),
        ("duplicate anchor", "a: &x 1\nb: &x 2\n", 2, "found duplicate anchor 'x'; first occurrence on line 1"),
        ("second document", "a: 1\n---\nb: 2\n", 2, "but found another document"),
        ("content after document end", "a: 1\n...\nb: 2\n", 3, "expected '<document start>'"),
        ("directive without document", "%YAML 1.1\na: 1\n", 2, "expected '<document start>'"),
        ("YAML 2 directive", "%YAML 2.0\n---\na: 1\n", 1, "version 1.* is required"),
        ("duplicate key", "a: 1\nb: 2\na: 3\n", 3, "duplicate key 'a' (first at line 1)"),
        ("duplicate nested key", "x:\n  a: 1\n  a: 2\n", 3, "duplicate key 'a' (first at line 2)"),
        ("duplicate key in flow", "{a: 1, a: 2}\n", 1, "duplicate key 'a'"),
        ("inconsistent dedent", "a:\n    b: 1\n  c: 2\n", 3, "expected <block end>, but found '<block mapping start>'"),
        ("deeper after quoted value", "a: 'x'\n  b: 1\n", 2, "expected <block end>"),
        ("deeper key after value", "limits:\n  time: 1\n   memory: 2\n", 3, "mapping values are not allowed here"),
        ("sequence after mapping", "a: 1\n- b\n", 2, "expected <block end>, but found '-'"),
        ("mapping after sequence", "- a\nb: 1\n", 2, "expected <block end>, but found '?'"),
        ("dedent below document", "  a: 1\nb: 2\n", 2, "expected '<document start>'"),
        ("tab indentation", "a:\n\tb: 1\n", 2, "column 1: found character a tab that cannot start any token"),
        ("tab after key", "a:\t1\n", 1, "column 3: found character a tab"),
        ("unterminated double quote", "a: \"abc\n", 2, "found unexpected end of stream"),
        ("unterminated single quote", "a: 'it''s\n", 2, "found unexpected end of stream"),
        ("no colon", "name: x\nsource\n", 3, "could not find expected ':' (while scanning a simple key on line 2"),
        ("no colon in nested", "limits:\n  memory 1024\n  time: 1\n", 3, "mapping values are not allowed here"),
        ("content after closed quote", "a: \"x\" y\n", 1, "but found '<scalar>'"),
        ("missing key", ": b\n", 1, "expected <block end>, but found ':'"),
        ("colon-space in plain value", "name: Problem A: Apples\n", 1, "column 16: mapping values are not allowed"),
        ("sequence on key line", "a: - b\n", 1, "sequence entries are not allowed here"),
        ("empty flow item", "a: [1,,2]\n", 1, "expected the node content, but found ','"),
        ("unclosed flow", "a: [1, 2\nb: 3\n", 2, "expected ',' or ']', but got ':'"),
        ("unknown escape", #"a: "\q""#, 1, "found unknown escape character 'q'"),
        ("bad unicode escape", #"a: "\u12""#, 1, "expected escape sequence of 4 hexadecimal numbers"),
        ("lone surrogate", #"a: "\ud800""#, 1, "no Unicode character"),
        ("text after block header", "a: | x\n", 1, "expected a comment or a line break, but found 'x'"),
        ("reserved indicator", "a: @x\n", 1, "found character '@' that cannot start any token"),
        ("stray closing bracket", "a: ]\n", 1, "expected the node content, but found ']'"),
        ("trailing content after top scalar", "\"a\"\nb\n", 2, "expected '<document start>'"),
        ("control character", "a: 1\nb: \u{07}\n", 2, "column 4: unacceptable character U+0007"),
        ("unknown tag", "a: !foo x\n", 1, "unsupported tag !foo"),
        ("bad int tag", "a: !!int x\n", 1, "'x' is not an integer (tag !!int)"),
        ("set tag", "a: !!set {x}\n", 1, "unsupported tag !!set"),
        ("sequence as key", "? [a]\n: b\n", 1, "a sequence as a mapping key"),
        ("undefined tag handle", "a: !e!x 1\n", 1, "found undefined tag handle '!e!'"),
    ]

    @Test("rejects unsupported or malformed documents with line and reason", arguments: bad)
    func rejectsBadDocument(_ name: String, _ text: String, _ line: Int, _ reason: String) {
        let failure = syntaxError(text)
        #expect(failure?.line == line, "\(name): \(String(describing: failure))")
        #expect(failure?.reason.contains(reason) == true, "\(name): \(String(describing: failure))")
    }

    @Test("records the line where each node starts")
    func lineNumbers() throws {
        let text = "# c\n\nname: x\nlimits:\n  memory: 1\nlist:\n  - a\n  - b: 1\nempty:\n"
        let root = try parse(text)
        #expect(root.line == 3)
        guard case .mapping(let entries) = root.kind else {
            Issue.record("expected a mapping")
            return
        }
        #expect(entries.map(\.line) == [3, 4, 6, 9])
        #expect(entries.map(\.value.line) == [3, 5, 7, 9])
        guard case .sequence(let items) = entries[2].value.kind else {
            Issue.record("expected a sequence")
            return
        }
        #expect(items.map(\.line) == [7, 8])
        #expect(try parse("").line == 1)
    }

    @Test("error description names file and line")
    func errorDescription() {
        let reason = "column 1: duplicate key 'a' (first at line 1)"
        #expect(throws: SpecError.syntax(file: "t.yaml", line: 2, reason: reason)) {
            try YAMLReader.parse("a: 1\na: 2\n", file: "t.yaml")
        }
        let error = SpecError.syntax(file: "t.yaml", line: 2, reason: reason)
        #expect(error.description == "t.yaml:2: column 1: duplicate key 'a' (first at line 1)")
    }

    @Test("reads files, and reports a missing one")
    func readsFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("problem.yaml")
        try Data("name: x\n".utf8).write(to: file)
        #expect(render(try YAMLReader.parse(contentsOf: file)) == "{name: x}")

        let missing = folder.appendingPathComponent("absent.yaml")
        #expect(throws: SpecError.missingFile(path: missing.path, expected: "a readable YAML file")) {
            try YAMLReader.parse(contentsOf: missing)
        }

        let binary = folder.appendingPathComponent("binary.yaml")
        try Data([0x61, 0x3A, 0x20, 0x31, 0x0A, 0x62, 0x3A, 0x20, 0xFF, 0x0A]).write(to: binary)
        #expect(throws: SpecError.syntax(file: binary.path, line: 2, reason: "the file is not valid UTF-8")) {
            try YAMLReader.parse(contentsOf: binary)
        }
    }
}

@Suite("YAMLFields")
struct YAMLFieldsTests {
    static let document = """
        name: Hello
        count: 42
        quoted_count: "42"
        ratio: 2.5
        whole: 3
        flag: true
        other_flag: False
        speed: fast
        type: [pass-fail, interactive]
        single: scoring
        limits:
          time_limit: 2
          memory: lots
        rounds:
          - problem: a
          - problem: b
            minutes: soon
        empty:
        list: [1, 2]
        """

    private func fields() throws -> YAMLFields {
        try YAMLFields(try YAMLReader.parse(Self.document, file: "loop.yaml"), file: "loop.yaml")
    }

    @Test("reads typed values")
    func typedValues() throws {
        let fields = try fields()
        #expect(try fields.string("name") == "Hello")
        #expect(try fields.string("count") == "42")
        #expect(try fields.int("count") == 42)
        #expect(try fields.double("ratio") == 2.5)
        #expect(try fields.double("whole") == 3)
        #expect(try fields.bool("flag") == true)
        #expect(try fields.bool("other_flag") == false)
        #expect(try fields.strings("type") == ["pass-fail", "interactive"])
        #expect(try fields.strings("single") == ["scoring"])
        #expect(try fields.fields("limits")?.int("time_limit") == 2)
        #expect(try fields.mappings("rounds")?.count == 2)
        #expect(try fields.string("absent") == nil)
        #expect(try fields.string("empty") == nil)
        #expect(try fields.fields("empty") == nil)
        #expect(fields.node("empty")?.kind == .null)
        #expect(fields.keys.first == "name")
        #expect(fields.line("ratio") == 4)
    }

    static let wrongTypes: [(name: String, read: @Sendable (YAMLFields) throws -> Void, error: SpecError)] = [
        (
            "word as int", { _ = try $0.int("speed") },
            .invalidField(file: "loop.yaml", line: 8, field: "speed", expected: "an integer", found: "'fast'")
        ),
        (
            "fraction as int", { _ = try $0.int("ratio") },
            .invalidField(file: "loop.yaml", line: 4, field: "ratio", expected: "an integer", found: "'2.5'")
        ),
        (
            "quoted number as int", { _ = try $0.int("quoted_count") },
            .invalidField(
                file: "loop.yaml", line: 3, field: "quoted_count", expected: "an integer (unquoted)",
                found: "'42' (quoted, so a string)")
        ),
        (
            "word as double", { _ = try $0.double("speed") },
            .invalidField(file: "loop.yaml", line: 8, field: "speed", expected: "a number", found: "'fast'")
        ),
        (
            "word as bool", { _ = try $0.bool("speed") },
            .invalidField(file: "loop.yaml", line: 8, field: "speed", expected: "true or false", found: "'fast'")
        ),
        (
            "sequence as string", { _ = try $0.string("type") },
            .invalidField(file: "loop.yaml", line: 9, field: "type", expected: "a string", found: "a sequence")
        ),
        (
            "mapping as strings", { _ = try $0.strings("limits") },
            .invalidField(
                file: "loop.yaml", line: 12, field: "limits", expected: "a list of strings", found: "a mapping")
        ),
        (
            "nested field", { _ = try $0.fields("limits")?.int("memory") },
            .invalidField(
                file: "loop.yaml", line: 13, field: "limits.memory", expected: "an integer", found: "'lots'")
        ),
        (
            "scalar as mapping", { _ = try $0.fields("name") },
            .invalidField(file: "loop.yaml", line: 1, field: "name", expected: "a mapping", found: "'Hello'")
        ),
        (
            "field of a sequence item", { _ = try $0.mappings("rounds")?[1].int("minutes") },
            .invalidField(
                file: "loop.yaml", line: 17, field: "rounds[1].minutes", expected: "an integer", found: "'soon'")
        ),
        (
            "scalar as list", { _ = try $0.sequence("name") },
            .invalidField(file: "loop.yaml", line: 1, field: "name", expected: "a list", found: "'Hello'")
        ),
        (
            "missing field", { throw $0.missing("uuid", expected: "a UUID") },
            .missingField(file: "loop.yaml", field: "uuid", expected: "a UUID")
        ),
    ]

    @Test("wrong types name the dotted field and the value found", arguments: wrongTypes)
    func wrongType(_ name: String, _ read: @Sendable (YAMLFields) throws -> Void, _ error: SpecError) throws {
        let fields = try fields()
        #expect(throws: error, "\(name)") {
            try read(fields)
        }
    }

    @Test("a scalar document is not a mapping")
    func scalarDocument() {
        #expect(
            throws: SpecError.invalidField(
                file: "a.yaml", line: 1, field: "(top level)", expected: "a mapping", found: "'hello'")
        ) {
            try YAMLFields(try YAMLReader.parse("hello", file: "a.yaml"), file: "a.yaml")
        }
    }

    @Test("an empty document is an empty mapping")
    func emptyDocument() throws {
        let fields = try YAMLFields(try YAMLReader.parse("# only a comment\n", file: "a.yaml"), file: "a.yaml")
        #expect(fields.keys.isEmpty)
        try fields.rejectUnknown(allowed: [])
    }

    static let unknown: [(text: String, allowed: [String], field: String, line: Int, suggestion: String?)] = [
        ("name: x\ntiem_limit: 1\n", ["name", "time_limit"], "tiem_limit", 2, "time_limit"),
        ("nmae: x\n", ["name", "source"], "nmae", 1, "name"),
        ("time: 1\n", ["name", "time_limit"], "time", 1, "time_limit"),
        ("memory_limit: 1\n", ["memory", "time_limit"], "memory_limit", 1, "memory"),
        ("colour: red\n", ["name", "source"], "colour", 1, nil),
        ("ab: 1\n", ["id"], "ab", 1, nil),
    ]

    @Test("unknown fields get a did-you-mean suggestion", arguments: unknown)
    func unknownField(_ text: String, _ allowed: [String], _ field: String, _ line: Int, _ suggestion: String?) throws {
        let fields = try YAMLFields(try YAMLReader.parse(text, file: "p.yaml"), file: "p.yaml")
        #expect(throws: SpecError.unknownField(file: "p.yaml", line: line, field: field, suggestion: suggestion)) {
            try fields.rejectUnknown(allowed: allowed)
        }
    }

    @Test("unknown nested fields are named by their path")
    func unknownNestedField() throws {
        let root = try YAMLFields(try YAMLReader.parse("limits:\n  memroy: 1\n", file: "p.yaml"), file: "p.yaml")
        let limits = try #require(try root.fields("limits"))
        let expected = SpecError.unknownField(file: "p.yaml", line: 2, field: "limits.memroy", suggestion: "memory")
        #expect(throws: expected) {
            try limits.rejectUnknown(allowed: ["memory", "time_limit"])
        }
        #expect(expected.description == "p.yaml:2: unknown field 'limits.memroy' (did you mean 'memory'?)")
    }

    @Test(
        "edit distance counts a swap as one edit",
        arguments: [
            ("name", "name", 0), ("nmae", "name", 1), ("time_limt", "time_limit", 1), ("", "abc", 3), ("abc", "xyz", 3),
        ])
    func editDistance(_ lhs: String, _ rhs: String, _ distance: Int) {
        #expect(Suggestion.editDistance(lhs, rhs) == distance)
    }

    @Test(
        "doubles accept decimals and reject specials",
        arguments: [
            ("1", true), ("-2.5", true), (".5", true), ("5.", true), ("1e-6", true), ("+3E2", true),
            (".inf", false), ("nan", false), ("1e", false), (".", false), ("0x10", false), ("1_000", false),
        ])
    func decimals(_ text: String, _ valid: Bool) {
        #expect(YAMLFields.isDecimal(text) == valid)
    }
}
