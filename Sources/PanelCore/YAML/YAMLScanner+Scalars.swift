/// Scalars: block (`|`, `>`), quoted (`'…'`, `"…"`) and plain, as PyYAML's scanner reads them, line folding
/// and chomping included.
extension YAMLScanner {
    mutating func scanBlockScalar(folded: Bool) throws(YAMLError) -> YAMLToken {
        let start = mark
        forward()
        // Indicators: chomping (`+` keep, `-` strip) and an indentation digit 1-9, in either order.
        var chomping: Bool?
        var increment: Int?
        func readChomping() {
            if peek() == "+" || peek() == "-" {
                chomping = peek() == "+"
                forward()
            }
        }
        func readIncrement() throws(YAMLError) {
            guard ("0"..."9").contains(peek()) else { return }
            guard peek() != "0" else {
                throw error(
                    "while scanning a block scalar", start,
                    "expected indentation indicator in the range 1-9, but found 0")
            }
            increment = Int(peek().value) - 48
            forward()
        }
        if peek() == "+" || peek() == "-" {
            readChomping()
            try readIncrement()
        } else {
            try readIncrement()
            readChomping()
        }
        guard Self.spaceOrBreakOrEnd.contains(peek()) else {
            throw error(
                "while scanning a block scalar", start,
                "expected chomping or indentation indicators, but found \(Self.quote(peek()))")
        }
        while peek() == " " { forward() }
        if peek() == "#" {
            while !Self.breaksOrEnd.contains(peek()) { forward() }
        }
        guard Self.breaksOrEnd.contains(peek()) else {
            throw error(
                "while scanning a block scalar", start,
                "expected a comment or a line break, but found \(Self.quote(peek()))"
            )
        }
        _ = scanLineBreak()

        let minIndent = max(indent + 1, 1)
        var breaks: [String]
        var end: YAMLMark
        let blockIndent: Int
        if let increment {
            blockIndent = minIndent + increment - 1
            (breaks, end) = scanBlockScalarBreaks(blockIndent)
        } else {
            var maxIndent = 0
            (breaks, maxIndent, end) = scanBlockScalarIndentation()
            blockIndent = max(minIndent, maxIndent)
        }
        var chunks = ""
        var lineBreak = ""
        while column == blockIndent, peek() != "\0" {
            chunks += breaks.joined()
            let leadingNonSpace = peek() != " " && peek() != "\t"
            var length = 0
            while !Self.breaksOrEnd.contains(peek(length)) { length += 1 }
            chunks += prefix(length)
            forward(length)
            lineBreak = scanLineBreak()
            (breaks, end) = scanBlockScalarBreaks(blockIndent)
            guard column == blockIndent, peek() != "\0" else { break }
            if folded, lineBreak == "\n", leadingNonSpace, peek() != " ", peek() != "\t" {
                if breaks.isEmpty { chunks += " " }
            } else {
                chunks += lineBreak
            }
        }
        if chomping != false { chunks += lineBreak }
        if chomping == true { chunks += breaks.joined() }
        return YAMLToken(kind: .scalar(chunks, plain: false, style: folded ? ">" : "|"), start: start, end: end)
    }

    private mutating func scanBlockScalarIndentation() -> ([String], Int, YAMLMark) {
        var chunks: [String] = []
        var maxIndent = 0
        var end = mark
        while peek() == " " || Self.breaks.contains(peek()) {
            if peek() != " " {
                chunks.append(scanLineBreak())
                end = mark
            } else {
                forward()
                maxIndent = max(maxIndent, column)
            }
        }
        return (chunks, maxIndent, end)
    }

    private mutating func scanBlockScalarBreaks(_ blockIndent: Int) -> ([String], YAMLMark) {
        var chunks: [String] = []
        var end = mark
        while column < blockIndent, peek() == " " { forward() }
        while Self.breaks.contains(peek()) {
            chunks.append(scanLineBreak())
            end = mark
            while column < blockIndent, peek() == " " { forward() }
        }
        return (chunks, end)
    }

    // MARK: - Quoted scalars

    mutating func scanFlowScalar(double: Bool) throws(YAMLError) -> YAMLToken {
        let start = mark
        let quote = peek()
        forward()
        var chunks = try scanFlowScalarNonSpaces(double: double, start: start)
        while peek() != quote {
            chunks += try scanFlowScalarSpaces(start: start)
            chunks += try scanFlowScalarNonSpaces(double: double, start: start)
        }
        forward()
        return YAMLToken(kind: .scalar(chunks, plain: false, style: double ? "\"" : "'"), start: start, end: mark)
    }

    private static let escapes: [Unicode.Scalar: String] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "\\": "\\", "/": "/", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]

    private mutating func scanFlowScalarNonSpaces(double: Bool, start: YAMLMark) throws(YAMLError) -> String {
        var chunks = ""
        let stops = Self.blankOrBreakOrEnd.union(["'", "\"", "\\"])
        while true {
            var length = 0
            while !stops.contains(peek(length)) { length += 1 }
            if length > 0 {
                chunks += prefix(length)
                forward(length)
            }
            let char = peek()
            if !double, char == "'", peek(1) == "'" {
                chunks += "'"
                forward(2)
            } else if (double && char == "'") || (!double && (char == "\"" || char == "\\")) {
                chunks += String(Character(char))
                forward()
            } else if double, char == "\\" {
                forward()
                let letter = peek()
                if let replacement = Self.escapes[letter] {
                    chunks += replacement
                    forward()
                } else if let digits = ["x": 2, "u": 4, "U": 8][letter] {
                    forward()
                    var code: UInt32 = 0
                    for offset in 0..<digits {
                        guard let digit = hexDigit(peek(offset)) else {
                            throw error(
                                "while scanning a double-quoted scalar", start,
                                "expected escape sequence of \(digits) hexadecimal numbers, but found "
                                    + Self.quote(peek(offset)))
                        }
                        code = code * 16 + digit
                    }
                    forward(digits)
                    // A UTF-16 surrogate pair written as two escapes is one character.
                    if (0xD800..<0xDC00).contains(code), peek() == "\\", peek(1) == "u" {
                        var low: UInt32 = 0
                        var valid = true
                        for offset in 2..<6 {
                            guard let digit = hexDigit(peek(offset)) else {
                                valid = false
                                break
                            }
                            low = low * 16 + digit
                        }
                        if valid, (0xDC00..<0xE000).contains(low) {
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            forward(6)
                        }
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw error(
                            "while scanning a double-quoted scalar", start,
                            "the escape names no Unicode character (U+\(String(code, radix: 16, uppercase: true)))")
                    }
                    chunks += String(Character(scalar))
                } else if Self.breaks.contains(letter) {
                    _ = scanLineBreak()
                    chunks += try scanFlowScalarBreaks(start: start).joined()
                } else {
                    throw error(
                        "while scanning a double-quoted scalar", start,
                        "found unknown escape character \(Self.quote(letter))")
                }
            } else {
                return chunks
            }
        }
    }

    private mutating func scanFlowScalarSpaces(start: YAMLMark) throws(YAMLError) -> String {
        var length = 0
        while peek(length) == " " || peek(length) == "\t" { length += 1 }
        let whitespace = prefix(length)
        forward(length)
        let char = peek()
        if char == "\0" {
            throw error("while scanning a quoted scalar", start, "found unexpected end of stream")
        }
        guard Self.breaks.contains(char) else { return whitespace }
        let lineBreak = scanLineBreak()
        let breaks = try scanFlowScalarBreaks(start: start)
        var chunks = ""
        if lineBreak != "\n" {
            chunks += lineBreak
        } else if breaks.isEmpty {
            chunks += " "
        }
        return chunks + breaks.joined()
    }

    private mutating func scanFlowScalarBreaks(start: YAMLMark) throws(YAMLError) -> [String] {
        var chunks: [String] = []
        while true {
            let head = prefix(3)
            if head == "---" || head == "...", Self.blankOrBreakOrEnd.contains(peek(3)) {
                throw error("while scanning a quoted scalar", start, "found unexpected document separator")
            }
            while peek() == " " || peek() == "\t" { forward() }
            guard Self.breaks.contains(peek()) else { return chunks }
            chunks.append(scanLineBreak())
        }
    }

    // MARK: - Plain scalars

    mutating func scanPlain() throws(YAMLError) -> YAMLToken {
        var chunks = ""
        let start = mark
        var end = start
        let minimumIndent = indent + 1
        var spaces = ""
        while true {
            var length = 0
            if peek() == "#" { break }
            while true {
                let char = peek(length)
                if Self.blankOrBreakOrEnd.contains(char) { break }
                if char == ":" {
                    let after = peek(length + 1)
                    if Self.blankOrBreakOrEnd.contains(after)
                        || (flowLevel > 0 && ",[]{}".unicodeScalars.contains(after))
                    {
                        break
                    }
                }
                if flowLevel > 0, ",?[]{}".unicodeScalars.contains(char) { break }
                length += 1
            }
            if length == 0 { break }
            allowSimpleKey = false
            chunks += spaces
            chunks += prefix(length)
            forward(length)
            end = mark
            guard let more = scanPlainSpaces(), !more.isEmpty, peek() != "#",
                flowLevel > 0 || column >= minimumIndent
            else { break }
            spaces = more
        }
        return YAMLToken(kind: .scalar(chunks, plain: true, style: nil), start: start, end: end)
    }

    /// The blanks and line breaks after a piece of a plain scalar, folded; nil at a document marker.
    private mutating func scanPlainSpaces() -> String? {
        var length = 0
        while peek(length) == " " { length += 1 }
        let whitespace = prefix(length)
        forward(length)
        guard Self.breaks.contains(peek()) else { return whitespace }
        let lineBreak = scanLineBreak()
        allowSimpleKey = true
        func atMarker() -> Bool {
            let head = prefix(3)
            return (head == "---" || head == "...") && Self.blankOrBreakOrEnd.contains(peek(3))
        }
        if atMarker() { return nil }
        var breaks = ""
        while peek() == " " || Self.breaks.contains(peek()) {
            if peek() == " " {
                forward()
            } else {
                breaks += scanLineBreak()
                if atMarker() { return nil }
            }
        }
        if lineBreak != "\n" { return lineBreak + breaks }
        return breaks.isEmpty ? " " : breaks
    }
}
