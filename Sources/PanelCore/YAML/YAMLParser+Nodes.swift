/// Node construction: tags, merge keys and duplicate keys, as PyYAML's composer and safe constructor treat them.
extension YAMLParser {
    private static let core = YAMLNode.coreTagPrefix

    /// A scalar node. A plain scalar without a tag (or with the non-specific `!`) is resolved as YAML 1.1 does:
    /// only the null forms become `.null`; others keep their text. An explicit tag must fit its value.
    func scalar(_ value: String, plain: Bool, tag: String?, at mark: YAMLMark) throws(YAMLError) -> YAMLNode {
        let line = mark.line + 1
        let column = mark.column + 1
        guard let tag, tag != "!" else {
            if plain, YAMLResolver.resolve(value) == .null {
                return YAMLNode(kind: .null, line: line, column: column)
            }
            return YAMLNode(kind: .scalar(value, quoted: !plain && tag == nil), line: line, column: column)
        }
        func invalid(_ expected: String) -> YAMLError {
            YAMLError(problem: "'\(value)' is not \(expected) (tag \(Self.shortTag(tag)))", mark: mark)
        }
        switch tag {
        case Self.core + "str":
            return YAMLNode(kind: .scalar(value, quoted: true), line: line, column: column, tag: tag)
        case Self.core + "null":
            return YAMLNode(kind: .null, line: line, column: column, tag: tag)
        case Self.core + "bool":
            guard ["yes", "no", "true", "false", "on", "off"].contains(value.lowercased()) else {
                throw invalid("a boolean")
            }
        case Self.core + "int":
            guard YAMLResolver.integer(value) != nil else { throw invalid("an integer") }
        case Self.core + "float":
            let cleaned = value.replacingOccurrences(of: "_", with: "").lowercased()
            let unsigned = cleaned.hasPrefix("-") || cleaned.hasPrefix("+") ? String(cleaned.dropFirst()) : cleaned
            guard
                Double(cleaned) != nil || [".inf", ".nan"].contains(unsigned) || YAMLResolver.isFloat(Array(value.utf8))
            else { throw invalid("a float") }
        case Self.core + "timestamp":
            guard YAMLResolver.isTimestamp(Array(value.utf8)) else { throw invalid("a timestamp") }
        case Self.core + "merge":
            break
        default:
            throw YAMLError(problem: "unsupported tag \(Self.shortTag(tag)) on a scalar", mark: mark)
        }
        return YAMLNode(kind: .scalar(value, quoted: false), line: line, column: column, tag: tag)
    }

    /// Throws for a plain `<<` or `=` used as a value: YAML 1.1 makes them the merge and value keys, which
    /// PyYAML's safe loader can only use as keys.
    func checkValue(_ node: YAMLNode) throws(YAMLError) {
        guard case .scalar(let text, quoted: false) = node.kind, node.tag == nil || node.tag == Self.core + "merge",
            text == "<<" || text == "="
        else { return }
        throw YAMLError(
            problem: "a plain '\(text)' is a YAML 1.1 key indicator and cannot be a value; quote it",
            mark: YAMLMark(index: 0, line: node.line - 1, column: max(node.column - 1, 0)))
    }

    func sequence(_ items: [YAMLNode], start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        if let tag, tag != "!", tag != Self.core + "seq" {
            throw YAMLError(problem: "unsupported tag \(Self.shortTag(tag)) on a sequence", mark: start)
        }
        for item in items { try checkValue(item) }
        return YAMLNode(kind: .sequence(items), line: start.line + 1, column: start.column + 1, tag: tag)
    }

    /// A mapping node: merge keys (`<<: *base`, `<<: [*a, *b]`) are applied first, as PyYAML's `flatten_mapping`
    /// does (the mapping's own keys win, then earlier merged mappings); a key written twice is an error.
    func mapping(_ pairs: [(YAMLNode, YAMLNode)], start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        if let tag, tag != "!", tag != Self.core + "map" {
            throw YAMLError(problem: "unsupported tag \(Self.shortTag(tag)) on a mapping", mark: start)
        }
        var merged: [YAMLEntry] = []
        var own: [YAMLEntry] = []
        var firstLines: [String: Int] = [:]
        for (key, value) in pairs {
            let keyMark = YAMLMark(index: 0, line: key.line - 1, column: max(key.column - 1, 0))
            let text: String
            switch key.kind {
            case .scalar(let scalar, let quoted):
                if scalar == "<<", !quoted, key.tag == nil || key.tag == Self.core + "merge" {
                    merged += try mergedEntries(value, into: start)
                    continue
                }
                text = scalar
            case .null:
                text = ""
            case .sequence, .mapping:
                throw YAMLError(
                    problem: "a \(key.kind.isSequence ? "sequence" : "mapping") as a mapping key is not supported",
                    mark: keyMark)
            }
            try checkValue(value)
            let identity = Self.identity(of: key)
            if let first = firstLines[identity] {
                throw YAMLError(problem: "duplicate key '\(text)' (first at line \(first))", mark: keyMark)
            }
            firstLines[identity] = key.line
            own.append(YAMLEntry(key: text, line: key.line, value: value, keyNode: key))
        }
        // Python's dict: a later entry replaces an earlier one's value and keeps its place.
        var entries: [YAMLEntry] = []
        var positions: [String: Int] = [:]
        for entry in merged + own {
            let identity = Self.identity(of: entry.keyNode)
            if let position = positions[identity] {
                entries[position] = entry
            } else {
                positions[identity] = entries.count
                entries.append(entry)
            }
        }
        return YAMLNode(kind: .mapping(entries), line: start.line + 1, column: start.column + 1, tag: tag)
    }

    private func mergedEntries(_ value: YAMLNode, into start: YAMLMark) throws(YAMLError) -> [YAMLEntry] {
        let mark = YAMLMark(index: 0, line: value.line - 1, column: max(value.column - 1, 0))
        switch value.kind {
        case .mapping(let entries):
            return entries
        case .sequence(let items):
            var result: [YAMLEntry] = []
            for item in items.reversed() {
                guard case .mapping(let entries) = item.kind else {
                    throw YAMLError(
                        context: "while constructing a mapping", contextMark: start,
                        problem: "expected a mapping for merging, but found \(item.summary)", mark: mark)
                }
                result += entries
            }
            return result
        default:
            throw YAMLError(
                context: "while constructing a mapping", contextMark: start,
                problem: "expected a mapping or list of mappings for merging, but found \(value.summary)", mark: mark)
        }
    }

    /// What makes two keys the same key for PyYAML: their resolved type and value.
    private static func identity(of key: YAMLNode) -> String {
        switch key.kind {
        case .null: return "null"
        case .scalar(let text, let quoted):
            if quoted { return "str:" + text }
            if let tag = key.tag { return tag + ":" + text }
            switch YAMLResolver.resolve(text) {
            case .null: return "null"
            case .bool(let value): return "int:\(value ? 1 : 0)"
            case .int(let value): return "int:" + value
            case .float(_, let value):
                return value == value.rounded() && value.isFinite
                    ? "int:\(Int(exactly: value).map(String.init) ?? "\(value)")" : "float:\(value)"
            default: return "str:" + text
            }
        case .sequence, .mapping: return "collection"
        }
    }

    static func shortTag(_ tag: String) -> String {
        tag.hasPrefix(core) ? "!!" + tag.dropFirst(core.count) : tag
    }
}

extension YAMLNode.Kind {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}
