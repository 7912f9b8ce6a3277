/// The state of one parse: the document's lines and the next line to read.
///
/// Every `parse…` method leaves `index` at the first line it did not consume. A `- ` item that holds a mapping or
/// another sequence on its own line is read by moving that line's `indent` past the dash, so its content parses as
/// a block at the item's column.
struct YAMLParser {
    /// One physical line of the document.
    struct Line {
        /// The 1-based line number.
        var number: Int
        /// The line's bytes without its line break.
        var bytes: [UInt8]
        /// Where the content starts: the count of leading spaces, or the column after a `- ` being re-read.
        var indent: Int
        /// True when the line holds only whitespace or a comment.
        var isBlank: Bool
    }

    let file: String
    var lines: [Line]
    var index = 0
    /// Indentations of the mappings and sequences being read, for messages about bad indentation.
    private var openIndents: [Int] = []

    init(text: String, file: String) {
        self.file = file
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
        }
        if bytes.last == YAMLByte.newline {
            bytes.removeLast()
        }
        var result: [Line] = []
        var number = 1
        for var raw in bytes.split(separator: YAMLByte.newline, omittingEmptySubsequences: false) {
            if raw.last == YAMLByte.carriageReturn {
                raw.removeLast()
            }
            let line = Array(raw)
            let indent = line.prefix { $0 == YAMLByte.space }.count
            let content = line.drop { $0 == YAMLByte.space || $0 == YAMLByte.tab }
            let blank = content.first.map { $0 == YAMLByte.hash } ?? true
            result.append(Line(number: number, bytes: line, indent: indent, isBlank: blank))
            number += 1
        }
        lines = result
    }

    // MARK: - Document

    /// Parses the whole text as one document.
    mutating func parseDocument() throws(SpecError) -> YAMLNode {
        try handleDocumentMarkers()
        guard let first = try nextContent() else {
            return YAMLNode(kind: .null, line: 1)
        }
        let topIndent = lines[first].indent
        let node = try parseBlock(indent: topIndent, parent: -1)
        if let rest = try nextContent() {
            let line = lines[rest]
            if line.indent < topIndent {
                throw error(
                    line.number,
                    "inconsistent indentation: \(Self.spaces(line.indent)), but the document starts at \(topIndent)")
            }
            throw error(line.number, "unexpected content after the value that starts on line \(node.line)")
        }
        return node
    }

    /// Accepts one leading `---` and a final `...`; rejects directives and further documents.
    private mutating func handleDocumentMarkers() throws(SpecError) {
        var sawStart = false
        for position in lines.indices where !lines[position].isBlank {
            let line = lines[position]
            if !sawStart, line.bytes.first == YAMLByte.percent {
                throw error(line.number, "directives such as '%YAML' are not supported")
            }
            if isMarker(line.bytes, YAMLByte.dash) {
                if sawStart {
                    throw error(line.number, "multiple documents are not supported (a second '---')")
                }
                guard restIsComment(line.bytes, from: 3) else {
                    throw error(line.number, "content on the '---' line is not supported; start it on the next line")
                }
                lines[position].isBlank = true
                sawStart = true
            } else if isMarker(line.bytes, YAMLByte.dot) {
                guard restIsComment(line.bytes, from: 3) else {
                    throw error(line.number, "unexpected text after the document end '...'")
                }
                if let later = lines[(position + 1)...].first(where: { !$0.isBlank }) {
                    throw error(later.number, "multiple documents are not supported (content after '...')")
                }
                lines[position].isBlank = true
                return
            } else {
                sawStart = true
            }
        }
    }

    private func isMarker(_ bytes: [UInt8], _ mark: UInt8) -> Bool {
        bytes.count >= 3 && bytes[0] == mark && bytes[1] == mark && bytes[2] == mark
            && (bytes.count == 3 || YAMLByte.isBlank(bytes[3]))
    }

    // MARK: - Blocks

    /// Parses the block node whose first line is the current content line, at indentation `indent`.
    ///
    /// `parent` is the indentation of the enclosing node (-1 at the top): continuation lines and block scalar
    /// content must be indented more than it.
    private mutating func parseBlock(indent: Int, parent: Int) throws(SpecError) -> YAMLNode {
        let position = index
        let line = lines[position]
        if isSequenceItem(line) {
            let sequence = try parseSequence(indent: indent)
            if let next = try nextContent(), lines[next].indent == indent {
                throw error(
                    lines[next].number,
                    "expected a sequence item '- ' at this indentation (the sequence starts on line \(line.number))")
            }
            return sequence
        }
        if try parseKey(line) != nil {
            return try parseMapping(indent: indent)
        }
        return try parseInline(position, at: indent, parent: parent)
    }

    /// Parses consecutive `key: value` lines at exactly `indent`.
    private mutating func parseMapping(indent: Int) throws(SpecError) -> YAMLNode {
        openIndents.append(indent)
        defer { openIndents.removeLast() }
        var entries: [YAMLEntry] = []
        var firstLines: [String: Int] = [:]
        let startLine = lines[index].number
        while let position = try nextContent() {
            let line = lines[position]
            if line.indent < indent {
                break
            }
            if line.indent > indent {
                throw badIndentation(line)
            }
            if isSequenceItem(line) {
                throw error(line.number, "expected 'key: value' at this indentation, found a sequence item '- '")
            }
            guard let (key, valueStart) = try parseKey(line) else {
                throw missingColon(line)
            }
            if let first = firstLines[key] {
                throw error(line.number, "duplicate key '\(key)' (first at line \(first))")
            }
            firstLines[key] = line.number
            let value = try parseValue(position, from: valueStart, owner: indent, sequenceMayAlign: true)
            entries.append(YAMLEntry(key: key, line: line.number, value: value))
        }
        return YAMLNode(kind: .mapping(entries), line: startLine)
    }

    /// Parses consecutive `- item` lines at exactly `indent`; stops at the first other line at that indentation.
    private mutating func parseSequence(indent: Int) throws(SpecError) -> YAMLNode {
        openIndents.append(indent)
        defer { openIndents.removeLast() }
        var items: [YAMLNode] = []
        let startLine = lines[index].number
        while let position = try nextContent() {
            let line = lines[position]
            if line.indent < indent {
                break
            }
            if line.indent > indent {
                throw badIndentation(line)
            }
            if !isSequenceItem(line) {
                break
            }
            var column = indent + 1
            while column < line.bytes.count, line.bytes[column] == YAMLByte.space {
                column += 1
            }
            if column < line.bytes.count, line.bytes[column] == YAMLByte.tab {
                throw error(line.number, "tab character after '-'; separate items with spaces")
            }
            if column == line.bytes.count || line.bytes[column] == YAMLByte.hash {
                items.append(try parseValue(position, from: column, owner: indent, sequenceMayAlign: false))
            } else {
                lines[position].indent = column
                index = position
                items.append(try parseBlock(indent: column, parent: indent))
            }
        }
        return YAMLNode(kind: .sequence(items), line: startLine)
    }

    /// Parses the value that follows a key's colon or an item's dash at `start` on line `position`.
    ///
    /// An empty rest of line means the value is on the following, more indented lines (or, when
    /// `sequenceMayAlign`, a sequence at the key's own indentation), or is null.
    private mutating func parseValue(
        _ position: Int, from start: Int, owner: Int, sequenceMayAlign: Bool
    ) throws(SpecError) -> YAMLNode {
        let bytes = lines[position].bytes
        var column = start
        while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
            column += 1
        }
        if column < bytes.count, bytes[column] != YAMLByte.hash {
            return try parseInline(position, at: column, parent: owner)
        }
        index = position + 1
        if let next = try nextContent() {
            let line = lines[next]
            if line.indent > owner {
                return try parseBlock(indent: line.indent, parent: owner)
            }
            if sequenceMayAlign, line.indent == owner, isSequenceItem(line) {
                return try parseSequence(indent: owner)
            }
        }
        return YAMLNode(kind: .null, line: lines[position].number)
    }

    // MARK: - Keys

    func isSequenceItem(_ line: Line) -> Bool {
        let bytes = line.bytes
        let at = line.indent
        guard at < bytes.count, bytes[at] == YAMLByte.dash else {
            return false
        }
        return at + 1 == bytes.count || YAMLByte.isBlank(bytes[at + 1])
    }

    /// The key of a `key: value` line and where its value starts, or nil when the line is not a mapping entry.
    private func parseKey(_ line: Line) throws(SpecError) -> (key: String, valueStart: Int)? {
        let bytes = line.bytes
        let start = line.indent
        let first = bytes[start]
        if first == YAMLByte.doubleQuote || first == YAMLByte.singleQuote {
            let (key, end) = try parseQuoted(bytes, at: start, line: line.number)
            var column = end
            while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
                column += 1
            }
            if column < bytes.count, bytes[column] == YAMLByte.colon,
                column + 1 == bytes.count || YAMLByte.isBlank(bytes[column + 1])
            {
                return (key, column + 1)
            }
            return nil
        }
        try rejectIndicator(bytes, at: start, line: line.number)
        if YAMLByte.startsFlowOrBlock(first) {
            return nil
        }
        var column = start
        while column < bytes.count {
            let byte = bytes[column]
            if byte == YAMLByte.hash, column > start, YAMLByte.isBlank(bytes[column - 1]) {
                return nil
            }
            if byte == YAMLByte.colon, column + 1 == bytes.count || YAMLByte.isBlank(bytes[column + 1]) {
                let key = Self.text(bytes[start..<column])
                if key.isEmpty {
                    throw error(line.number, "missing key before ':'")
                }
                return (key, column + 1)
            }
            column += 1
        }
        return nil
    }

    /// Throws for indicators the subset does not support at the start of a node.
    func rejectIndicator(_ bytes: [UInt8], at start: Int, line: Int) throws(SpecError) {
        let followedByBlank = start + 1 == bytes.count || YAMLByte.isBlank(bytes[start + 1])
        switch bytes[start] {
        case YAMLByte.ampersand:
            throw error(line, "anchors ('&') are not supported")
        case YAMLByte.asterisk:
            throw error(line, "aliases ('*') are not supported")
        case YAMLByte.exclamation:
            throw error(line, "tags ('!') are not supported")
        case YAMLByte.question where followedByBlank:
            throw error(line, "complex keys ('? ') are not supported")
        case YAMLByte.colon where followedByBlank:
            throw error(line, "missing key before ':'")
        case YAMLByte.percent, YAMLByte.at, YAMLByte.backtick:
            throw error(line, "a plain value cannot start with '\(Self.text(bytes[start...start]))'; quote it")
        default:
            return
        }
    }

    // MARK: - Lines and messages

    /// Moves `index` to the next line with content and returns it, or nil at the end of the document.
    private mutating func nextContent() throws(SpecError) -> Int? {
        while index < lines.count, lines[index].isBlank {
            index += 1
        }
        guard index < lines.count else {
            return nil
        }
        let line = lines[index]
        if line.bytes[line.indent] == YAMLByte.tab {
            throw error(line.number, "tab character in indentation; indent with spaces")
        }
        return index
    }

    /// True when `bytes[start...]` is only whitespace, optionally followed by a comment after whitespace.
    func restIsComment(_ bytes: [UInt8], from start: Int) -> Bool {
        var column = start
        while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
            column += 1
        }
        return column == bytes.count || (bytes[column] == YAMLByte.hash && column > start)
    }

    private func badIndentation(_ line: Line) -> SpecError {
        let expected = openIndents.map(String.init).joined(separator: " or ")
        return error(line.number, "inconsistent indentation: \(Self.spaces(line.indent)), expected \(expected)")
    }

    func missingColon(_ line: Line) -> SpecError {
        let content = line.bytes[line.indent...]
        if content.contains(YAMLByte.colon) {
            return error(line.number, "a mapping key needs ': ' (a colon followed by a space)")
        }
        return error(line.number, "expected 'key: value', found no ':' (a mapping key with no colon)")
    }

    private static func spaces(_ count: Int) -> String {
        count == 1 ? "1 space" : "\(count) spaces"
    }

    func error(_ line: Int, _ reason: String) -> SpecError {
        .syntax(file: file, line: line, reason: reason)
    }

    static func text(_ bytes: ArraySlice<UInt8>, trimmed: Bool = true) -> String {
        guard trimmed else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let start = bytes.firstIndex { !YAMLByte.isBlank($0) } ?? bytes.endIndex
        let end = bytes.lastIndex { !YAMLByte.isBlank($0) }.map { $0 + 1 } ?? start
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }
}

/// The ASCII bytes the YAML reader looks for.
enum YAMLByte {
    static let tab = UInt8(ascii: "\t")
    static let newline = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let exclamation = UInt8(ascii: "!")
    static let doubleQuote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let percent = UInt8(ascii: "%")
    static let ampersand = UInt8(ascii: "&")
    static let singleQuote = UInt8(ascii: "'")
    static let asterisk = UInt8(ascii: "*")
    static let plus = UInt8(ascii: "+")
    static let comma = UInt8(ascii: ",")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let greater = UInt8(ascii: ">")
    static let question = UInt8(ascii: "?")
    static let at = UInt8(ascii: "@")
    static let openBracket = UInt8(ascii: "[")
    static let backslash = UInt8(ascii: "\\")
    static let closeBracket = UInt8(ascii: "]")
    static let backtick = UInt8(ascii: "`")
    static let openBrace = UInt8(ascii: "{")
    static let pipe = UInt8(ascii: "|")
    static let closeBrace = UInt8(ascii: "}")

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == space || byte == tab
    }

    /// True for the bytes that start a flow collection or a block scalar, or cannot start a plain key.
    static func startsFlowOrBlock(_ byte: UInt8) -> Bool {
        byte == openBracket || byte == openBrace || byte == pipe || byte == greater || byte == comma
            || byte == closeBracket || byte == closeBrace
    }

    static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
