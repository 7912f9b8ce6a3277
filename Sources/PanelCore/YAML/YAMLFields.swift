/// A YAML mapping read as named fields, with typed accessors that throw `SpecError`s naming file, line and field.
///
/// Field names in errors are dotted paths from the document's top ("limits.time_limit", "type[1]"). Every
/// accessor returns nil when the key is absent or its value is empty/null, so optional fields need no extra check;
/// use `missing(_:expected:)` to report a required one. Numbers and booleans must be plain (unquoted) scalars.
public struct YAMLFields: Sendable {
    /// The file named in errors.
    public let file: String
    /// The dotted path of this mapping ("" for the document's top level).
    public let path: String
    /// The mapping's entries in file order.
    public let entries: [YAMLEntry]

    /// Wraps `node`, which must be a mapping or null (an empty mapping).
    ///
    /// Throws `SpecError.invalidField` expecting "a mapping" for a scalar or a sequence.
    public init(_ node: YAMLNode, file: String, path: String = "") throws(SpecError) {
        self.file = file
        self.path = path
        switch node.kind {
        case .mapping(let entries):
            self.entries = entries
        case .null:
            self.entries = []
        case .scalar, .sequence:
            throw .invalidField(
                file: file, line: node.line, field: path.isEmpty ? "(top level)" : path, expected: "a mapping",
                found: node.summary)
        }
    }

    /// The keys in file order.
    public var keys: [String] {
        entries.map(\.key)
    }

    /// The dotted name of `key` inside this mapping, as used in error messages.
    public func fieldName(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    /// The line of `key`, or nil when absent.
    public func line(_ key: String) -> Int? {
        entries.first { $0.key == key }?.line
    }

    /// The raw value of `key`, including `.null` for an empty value; nil when absent.
    public func node(_ key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    /// A `SpecError.missingField` for the required `key`, for the caller to throw.
    public func missing(_ key: String, expected: String) -> SpecError {
        .missingField(file: file, field: fieldName(key), expected: expected)
    }

    /// The text of a scalar field; numbers and booleans come back as written.
    ///
    /// Throws when the value is a sequence or a mapping.
    public func string(_ key: String) throws(SpecError) -> String? {
        guard let value = present(key) else {
            return nil
        }
        return try scalarText(value, field: fieldName(key), expected: "a string")
    }

    /// An integer field written as a plain decimal (`5`, `-3`, `+7`).
    ///
    /// Throws for a quoted value, a fraction, text or a value out of `Int`'s range.
    public func int(_ key: String) throws(SpecError) -> Int? {
        guard let value = present(key) else {
            return nil
        }
        let text = try plainText(value, field: fieldName(key), expected: "an integer")
        guard let number = Int(text) else {
            throw invalid(value, field: fieldName(key), expected: "an integer")
        }
        return number
    }

    /// A finite number field: an integer or a decimal such as `1.5`, `.5`, `2e-3`.
    ///
    /// Throws for a quoted value, text, `.inf`/`.nan` and values that overflow a `Double`.
    public func double(_ key: String) throws(SpecError) -> Double? {
        guard let value = present(key) else {
            return nil
        }
        let text = try plainText(value, field: fieldName(key), expected: "a number")
        guard Self.isDecimal(text), let number = Double(text), number.isFinite else {
            throw invalid(value, field: fieldName(key), expected: "a number")
        }
        return number
    }

    /// A boolean field: plain `true`/`false` (also `True`, `TRUE`, `False`, `FALSE`).
    ///
    /// `yes`, `no`, `on`, `off` and quoted values are rejected.
    public func bool(_ key: String) throws(SpecError) -> Bool? {
        guard let value = present(key) else {
            return nil
        }
        let text = try plainText(value, field: fieldName(key), expected: "true or false")
        switch text {
        case "true", "True", "TRUE":
            return true
        case "false", "False", "FALSE":
            return false
        default:
            throw invalid(value, field: fieldName(key), expected: "true or false")
        }
    }

    /// A list of strings: a sequence of scalars, or a single scalar read as a one-element list.
    ///
    /// Errors about one item name it with its index ("type[1]").
    public func strings(_ key: String) throws(SpecError) -> [String]? {
        guard let value = present(key) else {
            return nil
        }
        switch value.kind {
        case .scalar(let text, _):
            return [text]
        case .sequence(let items):
            var result: [String] = []
            for (offset, item) in items.enumerated() {
                result.append(try scalarText(item, field: "\(fieldName(key))[\(offset)]", expected: "a string"))
            }
            return result
        case .null, .mapping:
            throw invalid(value, field: fieldName(key), expected: "a list of strings")
        }
    }

    /// The items of a sequence field; nil when absent or empty.
    ///
    /// Throws when the value is a scalar or a mapping.
    public func sequence(_ key: String) throws(SpecError) -> [YAMLNode]? {
        guard let value = present(key) else {
            return nil
        }
        guard case .sequence(let items) = value.kind else {
            throw invalid(value, field: fieldName(key), expected: "a list")
        }
        return items
    }

    /// A nested mapping field, with its path extended by `key`; nil when absent or empty.
    public func fields(_ key: String) throws(SpecError) -> YAMLFields? {
        guard let value = present(key) else {
            return nil
        }
        return try YAMLFields(value, file: file, path: fieldName(key))
    }

    /// A sequence of mappings (such as a list of rounds), each with the path `key[index]`.
    ///
    /// Throws when the value is not a sequence, or an item is not a mapping.
    public func mappings(_ key: String) throws(SpecError) -> [YAMLFields]? {
        guard let items = try sequence(key) else {
            return nil
        }
        var result: [YAMLFields] = []
        for (offset, item) in items.enumerated() {
            result.append(try YAMLFields(item, file: file, path: "\(fieldName(key))[\(offset)]"))
        }
        return result
    }

    /// Throws `SpecError.unknownField` for the first key (in file order) not in `allowed`.
    ///
    /// The error suggests the closest allowed key within two edits (one edit for keys of up to four characters;
    /// a swap of neighbours counts as one), or else one that the unknown key is a prefix of or extends.
    public func rejectUnknown(allowed: [String]) throws(SpecError) {
        for entry in entries where !allowed.contains(entry.key) {
            throw .unknownField(
                file: file, line: entry.line, field: fieldName(entry.key),
                suggestion: Suggestion.nearest(to: entry.key, among: allowed))
        }
    }

    // MARK: - Private

    private func present(_ key: String) -> YAMLNode? {
        guard let value = node(key), value.kind != .null else {
            return nil
        }
        return value
    }

    private func scalarText(_ node: YAMLNode, field: String, expected: String) throws(SpecError) -> String {
        guard case .scalar(let text, _) = node.kind else {
            throw invalid(node, field: field, expected: expected)
        }
        return text
    }

    private func plainText(_ node: YAMLNode, field: String, expected: String) throws(SpecError) -> String {
        guard case .scalar(let text, let quoted) = node.kind else {
            throw invalid(node, field: field, expected: expected)
        }
        if quoted {
            throw .invalidField(
                file: file, line: node.line, field: field, expected: expected + " (unquoted)",
                found: "\(node.summary) (quoted, so a string)")
        }
        return text
    }

    private func invalid(_ node: YAMLNode, field: String, expected: String) -> SpecError {
        .invalidField(file: file, line: node.line, field: field, expected: expected, found: node.summary)
    }

    /// True for `[+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?`.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let whole = bytes.prefix(while: isDigit).count
        bytes = bytes.dropFirst(whole)
        var fraction = 0
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fraction = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(fraction)
        }
        guard whole + fraction > 0 else {
            return false
        }
        if let marker = bytes.first, marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            let exponent = bytes.prefix(while: isDigit).count
            guard exponent > 0 else {
                return false
            }
            bytes = bytes.dropFirst(exponent)
        }
        return bytes.isEmpty
    }
}
