/// Reading scalars and flow sequences: the values that start on a key's or an item's own line.
extension YAMLParser {
    // MARK: - Values on one line

    /// Parses a value that starts at `start` on line `position`: a quoted, flow, block or plain scalar.
    mutating func parseInline(_ position: Int, at start: Int, parent: Int) throws(SpecError) -> YAMLNode {
        let line = lines[position]
        let bytes = line.bytes
        index = position + 1
        switch bytes[start] {
        case YAMLByte.doubleQuote, YAMLByte.singleQuote:
            let (text, end) = try parseQuoted(bytes, at: start, line: line.number)
            guard restIsComment(bytes, from: end) else {
                throw error(line.number, "unexpected text after the closing quote")
            }
            return YAMLNode(kind: .scalar(text, quoted: true), line: line.number)
        case YAMLByte.openBracket:
            return try parseFlowSequence(bytes, at: start, line: line.number)
        case YAMLByte.openBrace:
            var column = start + 1
            while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
                column += 1
            }
            guard column < bytes.count, bytes[column] == YAMLByte.closeBrace else {
                throw error(
                    line.number,
                    "flow mappings other than '{}' are not supported; write 'key: value' lines, indented")
            }
            guard restIsComment(bytes, from: column + 1) else {
                throw error(line.number, "unexpected text after '}'")
            }
            return YAMLNode(kind: .mapping([]), line: line.number)
        case YAMLByte.pipe, YAMLByte.greater:
            return try parseBlockScalar(position, at: start, parent: parent)
        case YAMLByte.comma, YAMLByte.closeBracket, YAMLByte.closeBrace:
            throw error(line.number, "unexpected '\(Self.text(bytes[start...start]))'")
        case YAMLByte.dash where start + 1 == bytes.count || YAMLByte.isBlank(bytes[start + 1]):
            throw error(
                line.number, "a sequence cannot start on the same line as its key; put '- item' on the next line")
        default:
            try rejectIndicator(bytes, at: start, line: line.number)
            return try parsePlain(position, at: start, parent: parent)
        }
    }

    /// Parses a plain scalar and any more-indented lines that continue it (joined by spaces).
    private mutating func parsePlain(_ position: Int, at start: Int, parent: Int) throws(SpecError) -> YAMLNode {
        let line = lines[position]
        let first = plainLine(line, from: start)
        if first.hasColonSpace {
            throw error(
                line.number,
                "': ' inside a plain value; quote the value, or put a nested mapping on its own indented lines")
        }
        var text = first.text
        var continued = false
        var cursor = position + 1
        var emptyLines = 0
        while !first.endedByComment, cursor < lines.count {
            let next = lines[cursor]
            if next.bytes.allSatisfy(YAMLByte.isBlank) {
                emptyLines += 1
                cursor += 1
                continue
            }
            if next.isBlank || next.indent <= parent {
                break
            }
            if next.bytes[next.indent] == YAMLByte.tab {
                throw error(next.number, "tab character in indentation; indent with spaces")
            }
            let piece = plainLine(next, from: next.indent)
            if piece.hasColonSpace {
                if next.indent <= line.indent {
                    throw missingColon(line)
                }
                throw error(
                    next.number,
                    "inconsistent indentation: this line is indented more than line \(line.number) "
                        + "but does not continue its value")
            }
            if isSequenceItem(next) {
                throw error(
                    next.number,
                    "inconsistent indentation: a '- ' item indented more than line \(line.number) "
                        + "would continue its value")
            }
            text += emptyLines > 0 ? String(repeating: "\n", count: emptyLines) : " "
            text += piece.text
            emptyLines = 0
            continued = true
            cursor += 1
            if piece.endedByComment {
                break
            }
        }
        index = cursor
        if !continued, ["null", "Null", "NULL", "~"].contains(text) {
            return YAMLNode(kind: .null, line: line.number)
        }
        return YAMLNode(kind: .scalar(text, quoted: false), line: line.number)
    }

    /// The trimmed plain text of one line from `start`, up to a comment; says whether a `: ` occurs in it.
    private func plainLine(_ line: Line, from start: Int) -> (text: String, hasColonSpace: Bool, endedByComment: Bool) {
        let bytes = line.bytes
        var end = bytes.count
        var hasColonSpace = false
        var column = start
        while column < bytes.count {
            let byte = bytes[column]
            if byte == YAMLByte.hash, column == start || YAMLByte.isBlank(bytes[column - 1]) {
                end = column
                break
            }
            if byte == YAMLByte.colon, column + 1 == bytes.count || YAMLByte.isBlank(bytes[column + 1]) {
                hasColonSpace = true
            }
            column += 1
        }
        return (Self.text(bytes[start..<end]), hasColonSpace, end < bytes.count)
    }

    /// Parses a single-line `'…'` or `"…"` scalar starting at `start`; returns its text and the index after it.
    func parseQuoted(_ bytes: [UInt8], at start: Int, line: Int) throws(SpecError) -> (String, Int) {
        let quote = bytes[start]
        let kind = quote == YAMLByte.singleQuote ? "single-quoted" : "double-quoted"
        let unterminated = "unterminated \(kind) string (a quoted value must end on the same line)"
        var result: [UInt8] = []
        var column = start + 1
        while true {
            guard column < bytes.count else {
                throw error(line, unterminated)
            }
            let byte = bytes[column]
            if quote == YAMLByte.singleQuote {
                if byte == YAMLByte.singleQuote {
                    if column + 1 < bytes.count, bytes[column + 1] == YAMLByte.singleQuote {
                        result.append(byte)
                        column += 2
                        continue
                    }
                    return (String(decoding: result, as: UTF8.self), column + 1)
                }
                result.append(byte)
                column += 1
                continue
            }
            if byte == YAMLByte.doubleQuote {
                return (String(decoding: result, as: UTF8.self), column + 1)
            }
            if byte != YAMLByte.backslash {
                result.append(byte)
                column += 1
                continue
            }
            guard column + 1 < bytes.count else {
                throw error(line, unterminated)
            }
            column = try appendEscape(bytes, at: column + 1, to: &result, line: line)
        }
    }

    /// Resolves the escape whose letter is at `at` (just after a backslash); returns the index after it.
    private func appendEscape(
        _ bytes: [UInt8], at: Int, to result: inout [UInt8], line: Int
    ) throws(SpecError) -> Int {
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "0"): 0x00, UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "t"): 0x09,
            YAMLByte.tab: 0x09, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "v"): 0x0B, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "e"): 0x1B, YAMLByte.space: 0x20, YAMLByte.doubleQuote: 0x22,
            UInt8(ascii: "/"): 0x2F, YAMLByte.backslash: 0x5C,
        ]
        let letter = bytes[at]
        if let byte = simple[letter] {
            result.append(byte)
            return at + 1
        }
        let digits: Int
        switch letter {
        case UInt8(ascii: "x"): digits = 2
        case UInt8(ascii: "u"): digits = 4
        case UInt8(ascii: "U"): digits = 8
        case UInt8(ascii: "N"):
            result.append(contentsOf: Array("\u{85}".utf8))
            return at + 1
        case UInt8(ascii: "_"):
            result.append(contentsOf: Array("\u{A0}".utf8))
            return at + 1
        default:
            throw error(line, "unknown escape '\\\(Self.text(bytes[at...at]))' in a double-quoted string")
        }
        guard var value = hexValue(bytes, from: at + 1, count: digits) else {
            throw error(line, "'\\\(Self.text(bytes[at...at]))' must be followed by \(digits) hexadecimal digits")
        }
        var next = at + 1 + digits
        if (0xD800..<0xDC00).contains(value), next + 1 < bytes.count, bytes[next] == YAMLByte.backslash,
            bytes[next + 1] == UInt8(ascii: "u"), let low = hexValue(bytes, from: next + 2, count: 4),
            (0xDC00..<0xE000).contains(low)
        {
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            next += 6
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error(line, "escape names no Unicode character (U+\(String(value, radix: 16, uppercase: true)))")
        }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
        return next
    }

    private func hexValue(_ bytes: [UInt8], from start: Int, count: Int) -> UInt32? {
        guard start + count <= bytes.count else {
            return nil
        }
        var value: UInt32 = 0
        for byte in bytes[start..<(start + count)] {
            guard let digit = YAMLByte.hexDigit(byte) else {
                return nil
            }
            value = value << 4 | digit
        }
        return value
    }

    /// Parses a flat `[a, "b", c]` on one line.
    private func parseFlowSequence(_ bytes: [UInt8], at start: Int, line: Int) throws(SpecError) -> YAMLNode {
        var items: [YAMLNode] = []
        var column = start + 1
        let unterminated = "unterminated flow sequence (a '[' list must end with ']' on the same line)"
        func skipBlanks() {
            while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
                column += 1
            }
        }
        while true {
            skipBlanks()
            guard column < bytes.count else {
                throw error(line, unterminated)
            }
            let byte = bytes[column]
            if byte == YAMLByte.closeBracket {
                column += 1
                break
            }
            switch byte {
            case YAMLByte.comma:
                throw error(line, "empty item in a flow sequence")
            case YAMLByte.openBracket, YAMLByte.openBrace:
                throw error(line, "nested flow collections are not supported")
            case YAMLByte.hash where YAMLByte.isBlank(bytes[column - 1]):
                throw error(line, unterminated)
            case YAMLByte.doubleQuote, YAMLByte.singleQuote:
                let (text, end) = try parseQuoted(bytes, at: column, line: line)
                items.append(YAMLNode(kind: .scalar(text, quoted: true), line: line))
                column = end
            case YAMLByte.dash where column + 1 < bytes.count && YAMLByte.isBlank(bytes[column + 1]):
                throw error(line, "a '- ' sequence cannot appear inside '[...]'")
            default:
                try rejectIndicator(bytes, at: column, line: line)
                let itemStart = column
                while column < bytes.count {
                    let next = bytes[column]
                    if next == YAMLByte.comma || next == YAMLByte.closeBracket || next == YAMLByte.openBracket
                        || next == YAMLByte.openBrace || next == YAMLByte.closeBrace
                        || (next == YAMLByte.hash && YAMLByte.isBlank(bytes[column - 1]))
                    {
                        break
                    }
                    if next == YAMLByte.colon, column + 1 == bytes.count || YAMLByte.isBlank(bytes[column + 1]) {
                        throw error(line, "mappings inside '[...]' are not supported")
                    }
                    column += 1
                }
                let text = Self.text(bytes[itemStart..<column])
                let isNull = ["null", "Null", "NULL", "~"].contains(text)
                items.append(YAMLNode(kind: isNull ? .null : .scalar(text, quoted: false), line: line))
            }
            skipBlanks()
            guard column < bytes.count else {
                throw error(line, unterminated)
            }
            if bytes[column] == YAMLByte.comma {
                column += 1
            } else if bytes[column] != YAMLByte.closeBracket {
                if bytes[column] == YAMLByte.openBracket || bytes[column] == YAMLByte.openBrace {
                    throw error(line, "nested flow collections are not supported")
                }
                throw error(line, "expected ',' or ']' in a flow sequence")
            }
        }
        guard restIsComment(bytes, from: column) else {
            throw error(line, "unexpected text after ']'")
        }
        return YAMLNode(kind: .sequence(items), line: line)
    }

    // MARK: - Block scalars

    /// Parses a `|` (literal) or `>` (folded) block scalar whose header is at `start` on line `position`.
    private mutating func parseBlockScalar(_ position: Int, at start: Int, parent: Int) throws(SpecError) -> YAMLNode {
        let header = lines[position]
        let bytes = header.bytes
        let literal = bytes[start] == YAMLByte.pipe
        var chomping: UInt8?
        var indicator: Int?
        var column = start + 1
        while column < bytes.count {
            let byte = bytes[column]
            if chomping == nil, byte == YAMLByte.plus || byte == YAMLByte.dash {
                chomping = byte
            } else if indicator == nil, let digit = YAMLByte.hexDigit(byte), (1...9).contains(digit) {
                indicator = Int(digit)
            } else {
                break
            }
            column += 1
        }
        let afterHeader = column
        while column < bytes.count, YAMLByte.isBlank(bytes[column]) {
            column += 1
        }
        if column < bytes.count, bytes[column] != YAMLByte.hash || column == afterHeader {
            throw error(
                header.number, "unexpected text after the block scalar header; the text starts on the next line")
        }
        var contentIndent = indicator.map { max(parent, 0) + $0 }
        var body: [String] = []
        var cursor = position + 1
        var leadingSpaces = 0
        while cursor < lines.count {
            let line = lines[cursor]
            let spaces = line.indent
            if line.bytes.allSatisfy(YAMLByte.isBlank) {
                if let indent = contentIndent, spaces > indent {
                    body.append(Self.text(line.bytes[indent...], trimmed: false))
                } else {
                    leadingSpaces = contentIndent == nil ? max(leadingSpaces, spaces) : leadingSpaces
                    body.append("")
                }
                cursor += 1
                continue
            }
            if contentIndent == nil {
                if spaces <= max(parent, 0) {
                    break
                }
                if spaces < leadingSpaces {
                    throw error(
                        line.number,
                        "the first text line of a block scalar is indented less than a blank line before it")
                }
                contentIndent = spaces
            }
            guard let indent = contentIndent, spaces >= indent else {
                break
            }
            body.append(Self.text(line.bytes[indent...], trimmed: false))
            cursor += 1
        }
        var trailingEmpty = 0
        while body.last == "" {
            body.removeLast()
            trailingEmpty += 1
        }
        index = cursor
        let text = literal ? body.joined(separator: "\n") : Self.fold(body)
        var value: String
        switch chomping {
        case YAMLByte.dash:
            value = text
        case YAMLByte.plus:
            value = text + String(repeating: "\n", count: trailingEmpty + (body.isEmpty ? 0 : 1))
        default:
            value = body.isEmpty ? "" : text + "\n"
        }
        if body.isEmpty, chomping != YAMLByte.plus {
            value = ""
        }
        return YAMLNode(kind: .scalar(value, quoted: true), line: header.number)
    }

    /// Joins folded block lines: a single break between plain lines becomes a space, empty lines become breaks,
    /// and lines that start with whitespace keep their breaks.
    private static func fold(_ body: [String]) -> String {
        var result = ""
        var emptyLines = 0
        var started = false
        var previousIndented = false
        for line in body {
            if line.isEmpty {
                emptyLines += 1
                continue
            }
            let indented = line.first == " " || line.first == "\t"
            if !started {
                result += String(repeating: "\n", count: emptyLines)
            } else if indented || previousIndented {
                result += String(repeating: "\n", count: emptyLines + 1)
            } else {
                result += emptyLines == 0 ? " " : String(repeating: "\n", count: emptyLines)
            }
            result += line
            started = true
            previousIndented = indented
            emptyLines = 0
        }
        return result
    }
}
