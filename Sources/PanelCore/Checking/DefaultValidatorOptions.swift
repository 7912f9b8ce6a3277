/// How the default output validator compares a submission's output with the answer file.
///
/// These are the flags of the ICPC/Kattis default validator: `case_sensitive`, `space_change_sensitive`,
/// `float_absolute_tolerance ε`, `float_relative_tolerance ε` and `float_tolerance ε` (both at once).
public struct DefaultValidatorOptions: Sendable, Equatable {
    /// Compare string tokens byte for byte instead of ignoring ASCII case.
    public var caseSensitive: Bool
    /// Require every run of whitespace, including leading and trailing ones, to match the answer exactly.
    public var spaceChangeSensitive: Bool
    /// Accept a number within this distance of the answer's; nil when not set.
    public var floatAbsoluteTolerance: Double?
    /// Accept a number within this fraction of the answer's magnitude; nil when not set.
    public var floatRelativeTolerance: Double?

    /// The default comparison: case-insensitive, whitespace-lenient, no float tolerance.
    public init() {
        caseSensitive = false
        spaceChangeSensitive = false
        floatAbsoluteTolerance = nil
        floatRelativeTolerance = nil
    }

    /// Parses validator flags as given in problem.yaml (`validator_flags: "float_tolerance 1e-6"` split on
    /// whitespace, or an `output_validator_args` list).
    ///
    /// Arguments are split on whitespace again, so an unsplit flag string works too. Throws
    /// `SpecError.invalidField` naming `file` and `field` for an unknown flag, a flag given twice,
    /// `float_tolerance` together with another tolerance, or a tolerance that is missing, negative or not a
    /// decimal number.
    public init(arguments: [String], file: String, field: String = "validator_flags") throws(SpecError) {
        self.init()
        let words = arguments.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        var seen: Set<String> = []
        var position = 0
        func invalid(_ expected: String, _ found: String) -> SpecError {
            .invalidField(file: file, line: nil, field: field, expected: expected, found: found)
        }
        while position < words.count {
            let flag = words[position]
            position += 1
            guard Self.flags.contains(flag) else {
                throw invalid("one of " + Self.flags.joined(separator: ", "), "'\(flag)'")
            }
            guard seen.insert(flag).inserted else {
                throw invalid("each flag at most once", "'\(flag)' given twice")
            }
            switch flag {
            case "case_sensitive":
                caseSensitive = true
                continue
            case "space_change_sensitive":
                spaceChangeSensitive = true
                continue
            default:
                break
            }
            let tolerance = "a non-negative number after '\(flag)'"
            guard position < words.count else {
                throw invalid(tolerance, "nothing")
            }
            let text = words[position]
            position += 1
            guard let value = Self.tolerance(text) else {
                throw invalid(tolerance, "'\(text)'")
            }
            if flag != "float_relative_tolerance" {
                floatAbsoluteTolerance = value
            }
            if flag != "float_absolute_tolerance" {
                floatRelativeTolerance = value
            }
        }
        if seen.contains("float_tolerance"), seen.count(where: { $0.hasPrefix("float_") }) > 1 {
            throw invalid(
                "float_tolerance alone, or float_absolute_tolerance and/or float_relative_tolerance",
                "float_tolerance together with another tolerance")
        }
    }

    /// The options several files' flags give together (the problem's, then a test group's): each list is
    /// checked on its own, and a later list's tolerance replaces an earlier one's, as problemtools' default
    /// validator reads its arguments in order. The sensitivity flags add up.
    public init(sources: [TestCase.ArgumentSource]) throws(SpecError) {
        self.init()
        for source in sources {
            let own = try DefaultValidatorOptions(arguments: source.arguments, file: source.file, field: source.field)
            caseSensitive = caseSensitive || own.caseSensitive
            spaceChangeSensitive = spaceChangeSensitive || own.spaceChangeSensitive
            floatAbsoluteTolerance = own.floatAbsoluteTolerance ?? floatAbsoluteTolerance
            floatRelativeTolerance = own.floatRelativeTolerance ?? floatRelativeTolerance
        }
    }

    /// The flags the default validator understands.
    private static let flags = [
        "case_sensitive", "space_change_sensitive", "float_absolute_tolerance", "float_relative_tolerance",
        "float_tolerance",
    ]

    /// The value of a tolerance written as an unsigned decimal, or nil.
    private static func tolerance(_ text: String) -> Double? {
        guard !text.hasPrefix("-"), let value = DefaultOutputValidator.decimalValue(text), value.isFinite else {
            return nil
        }
        return value
    }
}
