/// Turns YAML text into tokens, following the structure of PyYAML's `scanner.py` (YAML 1.1 as PyYAML reads it).
///
/// The scanner works on Unicode scalars; `peek(k)` past the end is `"\0"`. Simple keys (`key: value` without `?`)
/// are remembered where they might start and a KEY token is inserted there when their `:` appears, so the
/// token queue is filled ahead as far as a pending simple key needs.
struct YAMLScanner {
    /// A place where a simple key may start.
    private struct SimpleKey {
        var tokenNumber: Int
        var required: Bool
        var mark: YAMLMark
    }

    let text: [Unicode.Scalar]
    var index = 0
    var line = 0
    var column = 0

    private var done = false
    var flowLevel = 0
    private var tokens: [YAMLToken] = []
    private var tokensTaken = 0
    var indent = -1
    private var indents: [Int] = []
    var allowSimpleKey = true
    private var possibleSimpleKeys: [Int: SimpleKey] = [:]

    init(_ text: String) {
        self.text = Array(text.unicodeScalars)
        let mark = YAMLMark(index: 0, line: 0, column: 0)
        tokens.append(YAMLToken(kind: .streamStart, start: mark, end: mark))
    }

    /// The first character PyYAML's reader refuses (control characters other than tab and line breaks,
    /// surrogates, U+FFFE/U+FFFF), with its mark.
    var firstNonPrintable: (YAMLMark, Unicode.Scalar)? {
        var scanner = YAMLScanner("")
        for (position, scalar) in text.enumerated() {
            let value = scalar.value
            let printable =
                value == 0x09 || value == 0x0A || value == 0x0D || (0x20...0x7E).contains(value) || value == 0x85
                || (0xA0...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value)
                || (0x10000...0x10FFFF).contains(value)
            if !printable { return (scanner.mark, scalar) }
            scanner.index += 1
            scanner.advance(over: scalar, next: position + 1 < text.count ? text[position + 1] : nil)
        }
        return nil
    }

    // MARK: - Public interface

    /// The next token without taking it.
    mutating func peekToken() throws(YAMLError) -> YAMLToken? {
        while try needMoreTokens() { try fetchMoreTokens() }
        return tokens.first
    }

    /// Takes the next token.
    mutating func nextToken() throws(YAMLError) -> YAMLToken? {
        while try needMoreTokens() { try fetchMoreTokens() }
        guard !tokens.isEmpty else { return nil }
        tokensTaken += 1
        return tokens.removeFirst()
    }

    // MARK: - Characters

    func peek(_ offset: Int = 0) -> Unicode.Scalar {
        index + offset < text.count ? text[index + offset] : "\0"
    }

    func prefix(_ length: Int) -> String {
        var result = String.UnicodeScalarView()
        for offset in 0..<length where index + offset < text.count { result.append(text[index + offset]) }
        return String(result)
    }

    var mark: YAMLMark { YAMLMark(index: index, line: line, column: column) }

    mutating func forward(_ length: Int = 1) {
        for _ in 0..<length where index < text.count {
            let scalar = text[index]
            index += 1
            advance(over: scalar, next: index < text.count ? text[index] : nil)
        }
    }

    private mutating func advance(over scalar: Unicode.Scalar, next: Unicode.Scalar?) {
        if "\n\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalar) || (scalar == "\r" && next != "\n") {
            line += 1
            column = 0
        } else if scalar != "\u{FEFF}" {
            column += 1
        }
    }

    static let breaks: Set<Unicode.Scalar> = ["\r", "\n", "\u{85}", "\u{2028}", "\u{2029}"]
    static let breaksOrEnd: Set<Unicode.Scalar> = breaks.union(["\0"])
    static let blankOrBreakOrEnd: Set<Unicode.Scalar> = breaksOrEnd.union([" ", "\t"])
    static let spaceOrBreakOrEnd: Set<Unicode.Scalar> = breaksOrEnd.union([" "])

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
            || scalar == "-" || scalar == "_"
    }

    func error(_ context: String?, _ contextMark: YAMLMark?, _ problem: String) -> YAMLError {
        YAMLError(context: context, contextMark: contextMark, problem: problem, mark: mark)
    }

    static func quote(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\0": return "end of file"
        case "\n", "\r": return "a line break"
        case "\t": return "a tab"
        default: return "'\(Character(scalar))'"
        }
    }

    // MARK: - Fetching

    private mutating func needMoreTokens() throws(YAMLError) -> Bool {
        if done { return false }
        if tokens.isEmpty { return true }
        try stalePossibleSimpleKeys()
        return nextPossibleSimpleKey() == tokensTaken
    }

    private mutating func fetchMoreTokens() throws(YAMLError) {
        try scanToNextToken()
        try stalePossibleSimpleKeys()
        unwindIndent(column)
        let char = peek()
        let blankNext = Self.blankOrBreakOrEnd.contains(peek(1))
        switch char {
        case "\0": return try fetchStreamEnd()
        case "%" where column == 0: return try fetchDirective()
        case "-" where checkDocumentIndicator("---"): return try fetchDocumentIndicator(.documentStart)
        case "." where checkDocumentIndicator("..."): return try fetchDocumentIndicator(.documentEnd)
        case "[": return try fetchFlowCollectionStart(.flowSequenceStart)
        case "{": return try fetchFlowCollectionStart(.flowMappingStart)
        case "]": return try fetchFlowCollectionEnd(.flowSequenceEnd)
        case "}": return try fetchFlowCollectionEnd(.flowMappingEnd)
        case ",": return try fetchFlowEntry()
        case "-" where blankNext: return try fetchBlockEntry()
        case "?" where flowLevel > 0 || blankNext: return try fetchKey()
        case ":" where flowLevel > 0 || blankNext: return try fetchValue()
        case "*": return try fetchAnchor(alias: true)
        case "&": return try fetchAnchor(alias: false)
        case "!": return try fetchTag()
        case "|" where flowLevel == 0: return try fetchBlockScalar(folded: false)
        case ">" where flowLevel == 0: return try fetchBlockScalar(folded: true)
        case "'": return try fetchFlowScalar(double: false)
        case "\"": return try fetchFlowScalar(double: true)
        default:
            if checkPlain() { return try fetchPlain() }
            throw error(
                "while scanning for the next token", nil,
                "found character \(Self.quote(char)) that cannot start any token")
        }
    }

    private func checkDocumentIndicator(_ indicator: String) -> Bool {
        column == 0 && prefix(3) == indicator && Self.blankOrBreakOrEnd.contains(peek(3))
    }

    private func checkPlain() -> Bool {
        let char = peek()
        let indicators: Set<Unicode.Scalar> = Self.blankOrBreakOrEnd.union(
            "-?:,[]{}#&*!|>'\"%@`".unicodeScalars)
        return !indicators.contains(char)
            || (!Self.blankOrBreakOrEnd.contains(peek(1))
                && (char == "-" || (flowLevel == 0 && "?:".unicodeScalars.contains(char))))
    }

    // MARK: - Simple keys

    private func nextPossibleSimpleKey() -> Int? {
        possibleSimpleKeys.values.map(\.tokenNumber).min()
    }

    private mutating func stalePossibleSimpleKeys() throws(YAMLError) {
        for (level, key) in possibleSimpleKeys where key.mark.line != line || index - key.mark.index > 1024 {
            if key.required {
                throw error("while scanning a simple key", key.mark, "could not find expected ':'")
            }
            possibleSimpleKeys[level] = nil
        }
    }

    private mutating func savePossibleSimpleKey() throws(YAMLError) {
        let required = flowLevel == 0 && indent == column
        if allowSimpleKey {
            try removePossibleSimpleKey()
            possibleSimpleKeys[flowLevel] = SimpleKey(
                tokenNumber: tokensTaken + tokens.count, required: required, mark: mark)
        }
    }

    private mutating func removePossibleSimpleKey() throws(YAMLError) {
        if let key = possibleSimpleKeys[flowLevel] {
            if key.required {
                throw error("while scanning a simple key", key.mark, "could not find expected ':'")
            }
            possibleSimpleKeys[flowLevel] = nil
        }
    }

    // MARK: - Indentation

    private mutating func unwindIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            indent = indents.removeLast()
            tokens.append(YAMLToken(kind: .blockEnd, start: mark, end: mark))
        }
    }

    private mutating func addIndent(_ column: Int) -> Bool {
        guard indent < column else { return false }
        indents.append(indent)
        indent = column
        return true
    }

    // MARK: - Token kinds

    private mutating func fetchStreamEnd() throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        possibleSimpleKeys = [:]
        tokens.append(YAMLToken(kind: .streamEnd, start: mark, end: mark))
        done = true
    }

    private mutating func fetchDirective() throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        tokens.append(try scanDirective())
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLToken.Kind) throws(YAMLError) {
        unwindIndent(-1)
        try removePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        forward(3)
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try savePossibleSimpleKey()
        flowLevel += 1
        allowSimpleKey = true
        appendSingle(kind)
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLToken.Kind) throws(YAMLError) {
        try removePossibleSimpleKey()
        flowLevel = max(flowLevel - 1, 0)
        allowSimpleKey = false
        appendSingle(kind)
    }

    private mutating func fetchFlowEntry() throws(YAMLError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        appendSingle(.flowEntry)
    }

    private mutating func fetchBlockEntry() throws(YAMLError) {
        if flowLevel == 0 {
            guard allowSimpleKey else { throw error(nil, nil, "sequence entries are not allowed here") }
            if addIndent(column) {
                tokens.append(YAMLToken(kind: .blockSequenceStart, start: mark, end: mark))
            }
        }
        allowSimpleKey = true
        try removePossibleSimpleKey()
        appendSingle(.blockEntry)
    }

    private mutating func fetchKey() throws(YAMLError) {
        if flowLevel == 0 {
            guard allowSimpleKey else { throw error(nil, nil, "mapping keys are not allowed here") }
            if addIndent(column) {
                tokens.append(YAMLToken(kind: .blockMappingStart, start: mark, end: mark))
            }
        }
        allowSimpleKey = flowLevel == 0
        try removePossibleSimpleKey()
        appendSingle(.key)
    }

    private mutating func fetchValue() throws(YAMLError) {
        if let key = possibleSimpleKeys[flowLevel] {
            possibleSimpleKeys[flowLevel] = nil
            let position = key.tokenNumber - tokensTaken
            tokens.insert(YAMLToken(kind: .key, start: key.mark, end: key.mark), at: position)
            if flowLevel == 0, addIndent(key.mark.column) {
                tokens.insert(YAMLToken(kind: .blockMappingStart, start: key.mark, end: key.mark), at: position)
            }
            allowSimpleKey = false
        } else {
            if flowLevel == 0 {
                guard allowSimpleKey else { throw error(nil, nil, "mapping values are not allowed here") }
                if addIndent(column) {
                    tokens.append(YAMLToken(kind: .blockMappingStart, start: mark, end: mark))
                }
            }
            allowSimpleKey = flowLevel == 0
            try removePossibleSimpleKey()
        }
        appendSingle(.value)
    }

    private mutating func appendSingle(_ kind: YAMLToken.Kind) {
        let start = mark
        forward()
        tokens.append(YAMLToken(kind: kind, start: start, end: mark))
    }

    private mutating func fetchAnchor(alias: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        let name = alias ? "alias" : "anchor"
        forward()
        var length = 0
        while Self.isWordCharacter(peek(length)) { length += 1 }
        guard length > 0 else {
            throw error(
                "while scanning an \(name)", start,
                "expected alphabetic or numeric character, but found \(Self.quote(peek(length)))")
        }
        let value = prefix(length)
        forward(length)
        guard Self.blankOrBreakOrEnd.union("?:,]}%@`".unicodeScalars).contains(peek()) else {
            throw error(
                "while scanning an \(name)", start,
                "expected alphabetic or numeric character, but found \(Self.quote(peek()))")
        }
        tokens.append(YAMLToken(kind: alias ? .alias(value) : .anchor(value), start: start, end: mark))
    }

    private mutating func fetchTag() throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        let start = mark
        var handle: String?
        let suffix: String
        let next = peek(1)
        if next == "<" {
            forward(2)
            suffix = try scanTagURI("tag", start)
            guard peek() == ">" else {
                throw error("while parsing a tag", start, "expected '>', but found \(Self.quote(peek()))")
            }
            forward()
        } else if Self.blankOrBreakOrEnd.contains(next) {
            suffix = "!"
            forward()
        } else {
            var length = 1
            var useHandle = false
            var char = next
            while !Self.spaceOrBreakOrEnd.contains(char) {
                if char == "!" {
                    useHandle = true
                    break
                }
                length += 1
                char = peek(length)
            }
            if useHandle {
                handle = try scanTagHandle("tag", start)
            } else {
                handle = "!"
                forward()
            }
            suffix = try scanTagURI("tag", start)
        }
        guard Self.spaceOrBreakOrEnd.contains(peek()) else {
            throw error("while scanning a tag", start, "expected ' ', but found \(Self.quote(peek()))")
        }
        tokens.append(YAMLToken(kind: .tag(handle: handle, suffix: suffix), start: start, end: mark))
    }

    private mutating func fetchBlockScalar(folded: Bool) throws(YAMLError) {
        allowSimpleKey = true
        try removePossibleSimpleKey()
        tokens.append(try scanBlockScalar(folded: folded))
    }

    private mutating func fetchFlowScalar(double: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        tokens.append(try scanFlowScalar(double: double))
    }

    private mutating func fetchPlain() throws(YAMLError) {
        try savePossibleSimpleKey()
        allowSimpleKey = false
        tokens.append(try scanPlain())
    }

    // MARK: - Scanning

    private mutating func scanToNextToken() throws(YAMLError) {
        if index == 0, peek() == "\u{FEFF}" { forward() }
        while true {
            while peek() == " " { forward() }
            if peek() == "#" {
                while !Self.breaksOrEnd.contains(peek()) { forward() }
            }
            if scanLineBreak().isEmpty { return }
            if flowLevel == 0 { allowSimpleKey = true }
        }
    }

    mutating func scanLineBreak() -> String {
        let char = peek()
        if char == "\r" || char == "\n" || char == "\u{85}" {
            forward(prefix(2) == "\r\n" ? 2 : 1)
            return "\n"
        }
        if char == "\u{2028}" || char == "\u{2029}" {
            forward()
            return String(Character(char))
        }
        return ""
    }

    private mutating func scanDirective() throws(YAMLError) -> YAMLToken {
        let start = mark
        forward()
        var length = 0
        while Self.isWordCharacter(peek(length)) { length += 1 }
        guard length > 0 else {
            throw error(
                "while scanning a directive", start,
                "expected alphabetic or numeric character, but found \(Self.quote(peek(length)))")
        }
        let name = prefix(length)
        forward(length)
        guard Self.spaceOrBreakOrEnd.contains(peek()) else {
            throw error(
                "while scanning a directive", start,
                "expected alphabetic or numeric character, but found \(Self.quote(peek()))")
        }
        var value: [String] = []
        if name == "YAML" {
            while peek() == " " { forward() }
            let major = try scanVersionNumber(start)
            guard peek() == "." else {
                throw error(
                    "while scanning a directive", start, "expected a digit or '.', but found \(Self.quote(peek()))")
            }
            forward()
            let minor = try scanVersionNumber(start)
            guard Self.spaceOrBreakOrEnd.contains(peek()) else {
                throw error(
                    "while scanning a directive", start, "expected a digit or ' ', but found \(Self.quote(peek()))")
            }
            value = [major, minor]
        } else if name == "TAG" {
            while peek() == " " { forward() }
            let handle = try scanTagHandle("directive", start)
            guard peek() == " " else {
                throw error("while scanning a directive", start, "expected ' ', but found \(Self.quote(peek()))")
            }
            while peek() == " " { forward() }
            let tagPrefix = try scanTagURI("directive", start)
            guard Self.spaceOrBreakOrEnd.contains(peek()) else {
                throw error("while scanning a directive", start, "expected ' ', but found \(Self.quote(peek()))")
            }
            value = [handle, tagPrefix]
        } else {
            while !Self.breaksOrEnd.contains(peek()) { forward() }
        }
        let end = mark
        while peek() == " " { forward() }
        if peek() == "#" {
            while !Self.breaksOrEnd.contains(peek()) { forward() }
        }
        guard Self.breaksOrEnd.contains(peek()) else {
            throw error(
                "while scanning a directive", start,
                "expected a comment or a line break, but found \(Self.quote(peek()))")
        }
        _ = scanLineBreak()
        return YAMLToken(kind: .directive(name: name, value: value), start: start, end: end)
    }

    private mutating func scanVersionNumber(_ start: YAMLMark) throws(YAMLError) -> String {
        guard ("0"..."9").contains(peek()) else {
            throw error("while scanning a directive", start, "expected a digit, but found \(Self.quote(peek()))")
        }
        var length = 0
        while ("0"..."9").contains(peek(length)) { length += 1 }
        let number = prefix(length)
        forward(length)
        return number
    }

    private mutating func scanTagHandle(_ name: String, _ start: YAMLMark) throws(YAMLError) -> String {
        guard peek() == "!" else {
            throw error("while scanning a \(name)", start, "expected '!', but found \(Self.quote(peek()))")
        }
        var length = 1
        var char = peek(length)
        if char != " " {
            while Self.isWordCharacter(char) {
                length += 1
                char = peek(length)
            }
            guard char == "!" else {
                forward(length)
                throw error("while scanning a \(name)", start, "expected '!', but found \(Self.quote(char))")
            }
            length += 1
        }
        let value = prefix(length)
        forward(length)
        return value
    }

    private mutating func scanTagURI(_ name: String, _ start: YAMLMark) throws(YAMLError) -> String {
        var chunks = ""
        var length = 0
        var char = peek(length)
        let allowed = Set("-;/?:@&=+$,_.!~*'()[]%".unicodeScalars)
        while ("0"..."9").contains(char) || ("A"..."Z").contains(char) || ("a"..."z").contains(char)
            || allowed.contains(char)
        {
            if char == "%" {
                chunks += prefix(length)
                forward(length)
                length = 0
                chunks += try scanURIEscapes(name, start)
            } else {
                length += 1
            }
            char = peek(length)
        }
        if length > 0 {
            chunks += prefix(length)
            forward(length)
        }
        guard !chunks.isEmpty else {
            throw error("while parsing a \(name)", start, "expected URI, but found \(Self.quote(char))")
        }
        return chunks
    }

    private mutating func scanURIEscapes(_ name: String, _ start: YAMLMark) throws(YAMLError) -> String {
        var bytes: [UInt8] = []
        while peek() == "%" {
            forward()
            guard let high = hexDigit(peek(0)), let low = hexDigit(peek(1))
            else {
                throw error(
                    "while scanning a \(name)", start,
                    "expected URI escape sequence of 2 hexadecimal numbers, but found \(Self.quote(peek()))")
            }
            bytes.append(UInt8(high * 16 + low))
            forward(2)
        }
        guard let value = String(validating: bytes, as: UTF8.self) else {
            throw error("while scanning a \(name)", start, "a URI escape is not valid UTF-8")
        }
        return value
    }

    func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f": return scalar.value - 87
        case "A"..."F": return scalar.value - 55
        default: return nil
        }
    }
}
