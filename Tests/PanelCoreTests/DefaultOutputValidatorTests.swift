import Testing

@testable import PanelCore

private func options(_ flags: String) throws -> DefaultValidatorOptions {
    try DefaultValidatorOptions(arguments: flags.split(separator: " ").map(String.init), file: "problem.yaml")
}

private func judge(_ flags: String, answer: String, output: String) throws -> OutputJudgement {
    DefaultOutputValidator.judge(output: Array(output.utf8), answer: Array(answer.utf8), options: try options(flags))
}

private let longToken = String(repeating: "abcdefghij", count: 1000)

@Suite("DefaultOutputValidator")
struct DefaultOutputValidatorTests {
    /// (flags, answer, output, accepted, symmetric): symmetric cases are also run with answer and output swapped.
    static let cases: [(flags: String, answer: String, output: String, accepted: Bool, symmetric: Bool)] = [
        // Tokens and case.
        ("", "A B", "A B", true, true),
        ("", "hello World", "HELLO world", true, true),
        ("case_sensitive", "hello", "HELLO", false, true),
        ("case_sensitive", "hello", "hello", true, true),
        ("", "\u{C9}", "\u{E9}", false, true),
        ("", "a\u{0}b", "a\u{0}b", true, true),
        ("", "a", "ab", false, true),
        ("", "1.0", "1", false, true),
        // Whitespace is lenient by default.
        ("", "A B", " A  B \t\n", true, true),
        ("", "A B", "A\nB", true, true),
        ("", "A B", "A\u{0B}B\u{0C}\r\n", true, true),
        ("", "A\n", "A", true, true),
        ("", "A\u{A0}B", "A B", false, true),
        // Token counts.
        ("", "A B", "A B X", false, true),
        ("", "A B", "A", false, true),
        ("", "", "", true, true),
        ("", "", "  \n\n", true, true),
        ("", "", "0", false, true),
        ("", "1", "", false, true),
        // space_change_sensitive.
        ("space_change_sensitive", "A B\n", "A B\n", true, true),
        ("space_change_sensitive", "", "", true, true),
        ("space_change_sensitive", "a B\n", "A b\n", true, true),
        ("space_change_sensitive", "A B\n", "A  B\n", false, true),
        ("space_change_sensitive", "A B\n", "A B", false, true),
        ("space_change_sensitive", "A B\n", "A B\n\n", false, true),
        ("space_change_sensitive", "A B", " A B", false, true),
        ("space_change_sensitive", "A\tB", "A B", false, true),
        ("space_change_sensitive", "A\r\nB", "A\nB", false, true),
        ("space_change_sensitive", "", "\n", false, true),
        // Absolute tolerance.
        ("float_absolute_tolerance 1e-3", "1.000", "1.0009", true, true),
        ("float_absolute_tolerance 1e-3", "1.000", "1.0011", false, true),
        ("float_absolute_tolerance 0.5", "2", "2.4", true, true),
        ("float_absolute_tolerance 0", "2", "2.0", true, true),
        ("float_absolute_tolerance 0", "2", "2.000001", false, true),
        // Relative tolerance is relative to the answer.
        ("float_relative_tolerance 1e-3", "1000", "1000.9", true, true),
        ("float_relative_tolerance 1e-3", "1000", "1001.1", false, true),
        ("float_relative_tolerance 0.095", "100", "110", false, false),
        ("float_relative_tolerance 0.095", "110", "100", true, false),
        ("float_relative_tolerance 1e-6", "0", "1e-300", false, true),
        ("float_relative_tolerance 1e-6", "0", "0.0", true, true),
        // float_tolerance accepts within either.
        ("float_tolerance 1e-6", "0", "1e-7", true, true),
        ("float_tolerance 1e-6", "1e9", "1000000500", true, true),
        ("float_tolerance 1e-6", "1e9", "1000002000", false, true),
        ("float_tolerance 1e-6", "1e-6", "0.000001", true, true),
        ("float_tolerance 1e-6", "-0", "0", true, true),
        // Integers and every form of the grammar are numbers.
        ("float_tolerance 1e-6", "1.0", "1", true, true),
        ("float_tolerance 1e-6", "1", "1.0e0", true, true),
        ("float_tolerance 1e-6", "1", "+1", true, true),
        ("float_tolerance 1e-6", "1", "1.", true, true),
        ("float_tolerance 1e-6", ".5", "0.5", true, true),
        ("float_tolerance 1e-6", "5E-1", "0.5", true, true),
        ("float_tolerance 1e-6", "3 4 5", "3.0000001 4 5.0000001", true, true),
        // Things that are not numbers under the grammar.
        ("float_tolerance 1e-6", "1", "0x1", false, true),
        ("float_tolerance 1e-6", "1", "1e", false, true),
        ("float_tolerance 1e-6", "1", "one", false, true),
        ("float_tolerance 1e-6", "1", "1,0", false, true),
        ("float_tolerance 1e-6", "abc", "ABC", true, true),
        ("float_tolerance 1e-6", "1,5", "1,5", true, true),
        // NaN and infinity are strings, and never match a number.
        ("float_tolerance 1e-6", "nan", "nan", true, true),
        ("float_tolerance 1e-6", "NaN", "nan", true, true),
        ("float_tolerance 1e-6 case_sensitive", "NaN", "nan", false, true),
        ("float_tolerance 1e-6", "1", "nan", false, true),
        ("float_tolerance 1e-6", "1", "inf", false, true),
        ("float_tolerance 1e-6", "1", "-inf", false, true),
        ("float_tolerance 1e-6", "inf", "inf", true, true),
        ("float_tolerance 1e-6", "inf", "1e999", false, true),
        ("float_tolerance 1e-6", "1", "1e999", false, true),
        // Big numbers: strings without tolerance, numbers with it.
        ("", "123456789012345678901234567890", "123456789012345678901234567890", true, true),
        ("", "123456789012345678901234567890", "123456789012345678901234567891", false, true),
        ("float_tolerance 1e-6", "123456789012345678901234567890", "123456789012345678901234567891", true, true),
        ("", "00012", "12", false, true),
        ("float_tolerance 0", "00012", "12", true, true),
        // Long tokens.
        ("", longToken, longToken, true, true),
        ("", longToken, longToken.uppercased(), true, true),
        ("", longToken, longToken + "x", false, true),
        ("", longToken, String(longToken.dropLast()) + "k", false, true),
    ]

    @Test("compares outputs with answers", arguments: cases)
    func compares(_ flags: String, _ answer: String, _ output: String, _ accepted: Bool, _ symmetric: Bool) throws {
        let forward = try judge(flags, answer: answer, output: output)
        #expect(forward.accepted == accepted, "\(forward.message)")
        #expect(forward.message.isEmpty == accepted)
        if symmetric {
            let backward = try judge(flags, answer: output, output: answer)
            #expect(backward.accepted == accepted, "swapped: \(backward.message)")
        }
    }

    static let messages: [(flags: String, answer: String, output: String, message: String)] = [
        (
            "", "1 2\n3\n", "1 2\n4\n",
            "Wrong answer on line 2 of output (corresponding to line 2 in answer file)\n"
                + "String tokens mismatch\nJudge: \"3\"\nUser: \"4\""
        ),
        (
            "", "1\n", "",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "User EOF while judge had more output; user output was empty.\n(Next judge token: 1)"
        ),
        (
            "", "1\n", "\n\n",
            "Wrong answer on line 3 of output (corresponding to line 1 in answer file)\n"
                + "User EOF while judge had more output; user output contained no tokens.\n(Next judge token: 1)"
        ),
        (
            "", "1\n2\n", "1\n",
            "Wrong answer on line 2 of output (corresponding to line 2 in answer file)\n"
                + "User EOF while judge had more output\n(Next judge token: 2)"
        ),
        (
            "", "1\n", "1\n\n  extra more\n",
            "Wrong answer on line 3 of output (corresponding to line 2 in answer file)\nTrailing output:\nextra"
        ),
        (
            "float_absolute_tolerance 0.01", "1.5", "1.6",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "Too large difference.\n Judge: 1.5\n User: 1.6\n Difference: -1.000000e-01\n"
                + " (abs tol 1.000000e-02 rel tol not set)"
        ),
        (
            "float_tolerance 1e-6", "1.5", "nan",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\nExpected float, got: nan"
        ),
        (
            "space_change_sensitive", "a\nb", "a b",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "Space change error: got space (32), expected newline (10)"
        ),
        (
            "space_change_sensitive", "a b", "a b\n",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "Space change error: judge out of space, got newline (10) from user"
        ),
        (
            "space_change_sensitive", "a\n", "a",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "Space change error: got end of output, expected newline (10)"
        ),
        (
            "space_change_sensitive", "a  b", "a b",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\n"
                + "Space change error: got 'b' (98), expected space (32)"
        ),
        (
            "", longToken, "x",
            "Wrong answer on line 1 of output (corresponding to line 1 in answer file)\nString tokens mismatch\n"
                + "Judge: \"abcdefghijabcdefghijabcdefghij...\"\nUser: \"x\""
        ),
    ]

    @Test("explains rejections like problemtools", arguments: messages)
    func message(_ flags: String, _ answer: String, _ output: String, _ message: String) throws {
        let judgement = try judge(flags, answer: answer, output: output)
        #expect(judgement == OutputJudgement(accepted: false, message: message))
    }

    private static func expected(
        caseSensitive: Bool = false, space: Bool = false, absolute: Double? = nil, relative: Double? = nil
    ) -> DefaultValidatorOptions {
        var options = DefaultValidatorOptions()
        options.caseSensitive = caseSensitive
        options.spaceChangeSensitive = space
        options.floatAbsoluteTolerance = absolute
        options.floatRelativeTolerance = relative
        return options
    }

    static let goodFlags: [(arguments: [String], options: DefaultValidatorOptions)] = [
        ([], expected()),
        (["case_sensitive", "space_change_sensitive"], expected(caseSensitive: true, space: true)),
        (["float_tolerance", "1e-6"], expected(absolute: 1e-6, relative: 1e-6)),
        (
            ["float_absolute_tolerance", "1e-3", "float_relative_tolerance", ".5"],
            expected(absolute: 1e-3, relative: 0.5)
        ),
        (["float_relative_tolerance", "0"], expected(relative: 0)),
        (["float_tolerance 1e-6 case_sensitive"], expected(caseSensitive: true, absolute: 1e-6, relative: 1e-6)),
        (["", "  float_absolute_tolerance", "+2"], expected(absolute: 2)),
    ]

    @Test("parses validator flags", arguments: goodFlags)
    func parsesFlags(_ arguments: [String], _ options: DefaultValidatorOptions) throws {
        #expect(try DefaultValidatorOptions(arguments: arguments, file: "problem.yaml") == options)
    }

    static let badFlags: [(arguments: [String], expected: String, found: String)] = [
        (["float_tolerance"], "a non-negative number after 'float_tolerance'", "nothing"),
        (["float_absolute_tolerance", "-1"], "a non-negative number after 'float_absolute_tolerance'", "'-1'"),
        (["float_relative_tolerance", "abc"], "a non-negative number after 'float_relative_tolerance'", "'abc'"),
        (["float_tolerance", "nan"], "a non-negative number after 'float_tolerance'", "'nan'"),
        (["float_tolerance", "inf"], "a non-negative number after 'float_tolerance'", "'inf'"),
        (["float_tolerance", "1e999"], "a non-negative number after 'float_tolerance'", "'1e999'"),
        (["float_tolerance", "case_sensitive"], "a non-negative number after 'float_tolerance'", "'case_sensitive'"),
        (
            ["float_tolerance", "1e-6", "float_absolute_tolerance", "1e-3"],
            "float_tolerance alone, or float_absolute_tolerance and/or float_relative_tolerance",
            "float_tolerance together with another tolerance"
        ),
        (
            ["float_relative_tolerance", "1e-3", "float_tolerance", "1e-6"],
            "float_tolerance alone, or float_absolute_tolerance and/or float_relative_tolerance",
            "float_tolerance together with another tolerance"
        ),
        (
            ["float_absolute_tolerance", "1", "float_absolute_tolerance", "2"], "each flag at most once",
            "'float_absolute_tolerance' given twice"
        ),
        (["case_sensitive", "case_sensitive"], "each flag at most once", "'case_sensitive' given twice"),
        (
            ["ignore_case"],
            "one of case_sensitive, space_change_sensitive, float_absolute_tolerance, float_relative_tolerance, "
                + "float_tolerance",
            "'ignore_case'"
        ),
        (
            ["1e-6"],
            "one of case_sensitive, space_change_sensitive, float_absolute_tolerance, float_relative_tolerance, "
                + "float_tolerance",
            "'1e-6'"
        ),
    ]

    @Test("rejects bad validator flags", arguments: badFlags)
    func rejectsFlags(_ arguments: [String], _ expected: String, _ found: String) {
        let error = SpecError.invalidField(
            file: "problem.yaml", line: nil, field: "validator_flags", expected: expected, found: found)
        #expect(throws: error) {
            try DefaultValidatorOptions(arguments: arguments, file: "problem.yaml")
        }
    }

    @Test("names the field the flags came from")
    func fieldName() {
        #expect(
            throws: SpecError.invalidField(
                file: "testdata.yaml", line: nil, field: "output_validator_args", expected: "each flag at most once",
                found: "'case_sensitive' given twice")
        ) {
            try DefaultValidatorOptions(
                arguments: ["case_sensitive", "case_sensitive"], file: "testdata.yaml", field: "output_validator_args")
        }
    }

    @Test("a group's flags replace the problem's tolerance part by part, and errors name the group's file")
    func layeredFlags() throws {
        let problem = TestCase.ArgumentSource(
            file: "problem.yaml", field: "validator_flags", arguments: ["float_tolerance", "1e-6", "case_sensitive"])
        let group = TestCase.ArgumentSource(
            file: "data/secret/testdata.yaml", field: "output_validator_flags",
            arguments: ["float_absolute_tolerance", "1e-4"])
        var expected = DefaultValidatorOptions()
        expected.caseSensitive = true
        expected.floatAbsoluteTolerance = 1e-4
        expected.floatRelativeTolerance = 1e-6
        #expect(try DefaultValidatorOptions(sources: [problem, group]) == expected)

        var twice = group
        twice.arguments += ["float_absolute_tolerance", "1e-3"]
        #expect(
            throws: SpecError.invalidField(
                file: "data/secret/testdata.yaml", line: nil, field: "output_validator_flags",
                expected: "each flag at most once", found: "'float_absolute_tolerance' given twice")
        ) {
            try DefaultValidatorOptions(sources: [problem, twice])
        }
    }

    @Test(
        "reads numbers under the spec's grammar",
        arguments: [
            ("1", 1.0), ("-2.5", -2.5), ("+.5", 0.5), ("5.", 5.0), ("1e-6", 1e-6), ("3E+2", 300.0), ("0.1", 0.1),
            ("00012", 12.0), ("1e999", Double.infinity), ("-1e999", -Double.infinity), ("1e-999", 0.0),
            ("123456789012345678901234567890", 123456789012345678901234567890.0),
            ("0.30000000000000004", 0.30000000000000004), ("9007199254740993", 9007199254740993.0),
        ])
    func decimalValues(_ text: String, _ value: Double) {
        #expect(DefaultOutputValidator.decimalValue(text) == value)
    }

    @Test(
        "rejects what the grammar does not allow",
        arguments: [
            "", ".", "+", "-", "e5", ".e5", "1e", "1e+", "1.2.3", "0x10", "nan", "inf", "-inf", "1,5", "1_000", "١",
            "1 ", " 1", "1f", "infinity",
        ])
    func notDecimals(_ text: String) {
        #expect(DefaultOutputValidator.decimalValue(text) == nil)
    }

    @Test("the fast conversion agrees with the standard library")
    func conversionIsExact() {
        var state: UInt64 = 99
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 11
        }
        for _ in 0..<20_000 {
            let digits = String(next() % 1_000_000_000_000_000)
            let point = Int(next() % UInt64(digits.count + 1))
            var text = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
            if next() % 2 == 0 {
                text += "e\(Int(next() % 40) - 20)"
            }
            #expect(DefaultOutputValidator.decimalValue(text) == Double(text), "\(text)")
        }
    }

    @Test("judges megabytes of floats in one pass")
    func largeOutput() throws {
        var answer: [UInt8] = []
        var output: [UInt8] = []
        answer.reserveCapacity(3 << 20)
        output.reserveCapacity(3 << 20)
        var value: UInt64 = 12_345
        for index in 0..<250_000 {
            value = value &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let number = Double(value >> 40) / 1000
            let token = Array("\(number)".utf8)
            answer += token
            output += token
            if index % 3 == 0 {
                output += Array("0000001".utf8)
            }
            answer.append(index % 10 == 9 ? 0x0A : 0x20)
            output.append(index % 10 == 9 ? 0x0A : 0x20)
        }
        let start = ContinuousClock.now
        let tolerant = DefaultOutputValidator.judge(
            output: output, answer: answer, options: try options("float_tolerance 1e-6"))
        let strict = DefaultOutputValidator.judge(output: answer, answer: answer, options: DefaultValidatorOptions())
        let elapsed = ContinuousClock.now - start
        #expect(tolerant.accepted, "\(tolerant.message)")
        #expect(strict.accepted)
        #expect(elapsed < .seconds(20), "took \(elapsed)")
    }
}
