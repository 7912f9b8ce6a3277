/// An invalid problem package, loop file or other human-written spec.
///
/// Every case names the file and, where known, the line and field, and says what was expected, so a
/// reader can fix the spec without opening Panel's source. The CLI maps these to exit code 2.
public enum SpecError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The YAML text could not be read: it is outside the subset Panel understands, or malformed.
    case syntax(file: String, line: Int, reason: String)
    /// A field holds a value of the wrong shape or out of range.
    case invalidField(file: String, line: Int?, field: String, expected: String, found: String)
    /// A required field is absent.
    case missingField(file: String, field: String, expected: String)
    /// A field Panel does not know; `suggestion` is a near miss ("did you mean").
    case unknownField(file: String, line: Int?, field: String, suggestion: String?)
    /// A file or folder the package needs does not exist or cannot be read.
    case missingFile(path: String, expected: String)
    /// The package uses a feature of the format that Panel does not support yet.
    case unsupported(file: String, feature: String)
    /// A generated test case could not be made as its manifest says (generator failed, hash differs).
    case generation(file: String, testCase: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .invalidField(let file, let line, let field, let expected, let found):
            return "\(Self.location(file, line)): field '\(field)': expected \(expected), found \(found)"
        case .missingField(let file, let field, let expected):
            return "\(file): missing field '\(field)': expected \(expected)"
        case .unknownField(let file, let line, let field, let suggestion):
            let hint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            return "\(Self.location(file, line)): unknown field '\(field)'\(hint)"
        case .missingFile(let path, let expected):
            return "\(path): not found: expected \(expected)"
        case .unsupported(let file, let feature):
            return "\(file): unsupported feature: \(feature)"
        case .generation(let file, let testCase, let reason):
            return "\(file): case \(testCase): \(reason)"
        }
    }

    private static func location(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
