/// What a plain YAML scalar means under YAML 1.1's implicit rules, as PyYAML's `SafeLoader` resolves them.
///
/// The reader keeps scalars as text; this is for callers that want the value a YAML 1.1 tool would see
/// (`0x1F` is 31, `yes` is true, `1_000` is 1000, `1e5` is the string "1e5" because 1.1 floats need a dot).
public enum YAMLResolver {
    /// A resolved plain scalar.
    public enum Value: Sendable, Equatable {
        /// `~`, `null`, `Null`, `NULL` or nothing.
        case null
        /// `yes`/`no`/`true`/`false`/`on`/`off` in three cases.
        case bool(Bool)
        /// An integer in decimal, without underscores or leading zeros (`-31`), of any size.
        case int(String)
        /// A float as written (`1.5`, `.inf`, `-.5e+3`), and its value.
        case float(String, Double)
        /// A date or date-time (`2025-09-01`, `2001-12-14t21:59:43.10-05:00`), as written.
        case timestamp(String)
        /// `<<`, the merge key.
        case merge
        /// `=`, YAML 1.1's value key, which PyYAML's safe loader cannot construct.
        case value
        /// Anything else: a string.
        case string(String)
    }

    /// The value of the plain scalar `text`.
    public static func resolve(_ text: String) -> Value {
        let bytes = Array(text.utf8)
        guard let first = bytes.first else { return .null }
        switch text {
        case "~", "null", "Null", "NULL": return .null
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return .bool(true)
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return .bool(false)
        case "<<": return .merge
        case "=": return .value
        default: break
        }
        if isFloat(bytes) {
            return .float(text, floatValue(text))
        }
        if "-+0123456789".utf8.contains(first), let number = integer(text) {
            return .int(number)
        }
        if isTimestamp(bytes) { return .timestamp(text) }
        return .string(text)
    }

    // MARK: - Integers

    /// The decimal form of a YAML 1.1 integer (`0b101`, `017`, `0x1F`, `1_000`, `190:20:30`), or nil.
    static func integer(_ text: String) -> String? {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard let first = body.first else { return nil }
        let digits: [UInt8]
        let radix: Int
        if body.hasPrefix("0b") {
            (digits, radix) = (Array(body.dropFirst(2).utf8), 2)
            guard !digits.isEmpty, digits.allSatisfy({ "01_".utf8.contains($0) }) else { return nil }
        } else if body.hasPrefix("0x") {
            (digits, radix) = (Array(body.dropFirst(2).utf8), 16)
            guard !digits.isEmpty, digits.allSatisfy({ "0123456789abcdefABCDEF_".utf8.contains($0) }) else {
                return nil
            }
        } else if first == "0", body.count > 1 {
            (digits, radix) = (Array(body.dropFirst().utf8), 8)
            guard digits.allSatisfy({ "01234567_".utf8.contains($0) }) else { return nil }
        } else if body.contains(":") {
            return sexagesimal(body, negative: negative)
        } else {
            (digits, radix) = (Array(body.utf8), 10)
            guard first != "_", digits.allSatisfy({ "0123456789_".utf8.contains($0) }) else { return nil }
        }
        return decimal(digits.filter { $0 != UInt8(ascii: "_") }, radix: radix, negative: negative)
    }

    /// `[1-9][0-9_]*(:[0-5]?[0-9])+` in base 60.
    private static func sexagesimal(_ body: Substring, negative: Bool) -> String? {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard let head = parts.first, let lead = head.first, lead != "0", lead != "_",
            head.utf8.allSatisfy({ "0123456789_".utf8.contains($0) })
        else { return nil }
        var digits: [UInt8] = []
        var places: [Int] = []
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.utf8.allSatisfy({ "0123456789".utf8.contains($0) }),
                let value = Int(part), part.count == 1 || part.first.map({ "012345".contains($0) }) == true
            else { return nil }
            places.append(value)
        }
        // value = head * 60^n + ... computed in decimal digit arrays to allow any size.
        digits = Array(head.utf8.filter { $0 != UInt8(ascii: "_") }).map { $0 - UInt8(ascii: "0") }
        for place in places {
            digits = multiply(digits, by: 60)
            digits = add(digits, place)
        }
        let text = String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        return (negative && text != "0" ? "-" : "") + text
    }

    /// Converts digits (ASCII) of `radix` to decimal text, for numbers of any size.
    private static func decimal(_ ascii: [UInt8], radix: Int, negative: Bool) -> String? {
        guard !ascii.isEmpty || radix == 8 else { return nil }
        var digits: [UInt8] = [0]
        for byte in ascii {
            guard let value = Int(String(UnicodeScalar(byte)), radix: radix) else { return nil }
            digits = add(multiply(digits, by: radix), value)
        }
        let text = String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        return (negative && text != "0" ? "-" : "") + text
    }

    /// Decimal digits (most significant first, values 0...9) times a small factor.
    private static func multiply(_ digits: [UInt8], by factor: Int) -> [UInt8] {
        var result: [UInt8] = []
        var carry = 0
        for digit in digits.reversed() {
            let product = Int(digit) * factor + carry
            result.append(UInt8(product % 10))
            carry = product / 10
        }
        while carry > 0 {
            result.append(UInt8(carry % 10))
            carry /= 10
        }
        while result.count > 1, result.last == 0 { result.removeLast() }
        return result.reversed()
    }

    private static func add(_ digits: [UInt8], _ addend: Int) -> [UInt8] {
        var result: [UInt8] = []
        var carry = addend
        for digit in digits.reversed() {
            let sum = Int(digit) + carry
            result.append(UInt8(sum % 10))
            carry = sum / 10
        }
        while carry > 0 {
            result.append(UInt8(carry % 10))
            carry /= 10
        }
        while result.count > 1, result.last == 0 { result.removeLast() }
        return result.reversed()
    }

    // MARK: - Floats

    /// PyYAML's float pattern: `[-+]?[0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)?`, `\.[0-9][0-9_]*(…)?`,
    /// sexagesimal `[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*`, `[-+]?\.inf` and `\.nan` (three cases each).
    static func isFloat(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        var rest = bytes[...]
        var signed = false
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            rest = rest.dropFirst()
            signed = true
        }
        if [".inf", ".Inf", ".INF"].contains(String(decoding: rest, as: UTF8.self)) { return true }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let isDigitOrUnderscore = { (byte: UInt8) in isDigit(byte) || byte == UInt8(ascii: "_") }
        if rest.first == UInt8(ascii: ".") {
            // `\.[0-9][0-9_]*([eE][-+][0-9]+)?`, with no sign allowed.
            guard !signed, rest.count > 1, isDigit(rest[rest.startIndex + 1]) else { return false }
            rest = rest.dropFirst(2)
            rest = rest.drop(while: isDigitOrUnderscore)
            return exponentOrEnd(rest)
        }
        guard let first = rest.first, isDigit(first) else { return false }
        rest = rest.drop(while: isDigitOrUnderscore)
        var sawColon = false
        while rest.first == UInt8(ascii: ":") {
            rest = rest.dropFirst()
            let part = rest.prefix(while: isDigit)
            guard (1...2).contains(part.count),
                part.count == 1 || (UInt8(ascii: "0")...UInt8(ascii: "5")).contains(part[part.startIndex])
            else { return false }
            rest = rest.dropFirst(part.count)
            sawColon = true
        }
        guard rest.first == UInt8(ascii: ".") else { return false }
        rest = rest.dropFirst().drop(while: isDigitOrUnderscore)
        return sawColon ? rest.isEmpty : exponentOrEnd(rest)
    }

    private static func exponentOrEnd(_ rest: ArraySlice<UInt8>) -> Bool {
        guard let marker = rest.first else { return true }
        guard marker == UInt8(ascii: "e") || marker == UInt8(ascii: "E") else { return false }
        let afterMarker = rest.dropFirst()
        guard let sign = afterMarker.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else {
            return false
        }
        let digits = afterMarker.dropFirst()
        return !digits.isEmpty && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    /// The value of a text `isFloat` accepted, as PyYAML's `construct_yaml_float` computes it.
    static func floatValue(_ text: String) -> Double {
        var body = text.replacingOccurrences(of: "_", with: "").lowercased()
        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            body.removeFirst()
        }
        if body == ".inf" { return sign * .infinity }
        if body == ".nan" { return .nan }
        if body.contains(":") {
            var value = 0.0
            for part in body.split(separator: ":") { value = value * 60 + (Double(part) ?? 0) }
            return sign * value
        }
        return sign * (Double(body.hasSuffix(".") ? body + "0" : body) ?? .nan)
    }

    // MARK: - Timestamps

    /// `YYYY-MM-DD`, or `YYYY-M-D` followed by `T`/`t`/blanks, `H:MM:SS`, an optional fraction and zone.
    static func isTimestamp(_ bytes: [UInt8]) -> Bool {
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        var rest = bytes[...]
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let run = rest.prefix(while: isDigit).count
            guard range.contains(run) else { return false }
            rest = rest.dropFirst(run)
            return true
        }
        func literal(_ byte: UInt8) -> Bool {
            guard rest.first == byte else { return false }
            rest = rest.dropFirst()
            return true
        }
        if bytes.count == 10, digits(4...4), literal(UInt8(ascii: "-")), digits(2...2), literal(UInt8(ascii: "-")),
            digits(2...2), rest.isEmpty
        {
            return true
        }
        rest = bytes[...]
        guard digits(4...4), literal(UInt8(ascii: "-")), digits(1...2), literal(UInt8(ascii: "-")), digits(1...2)
        else { return false }
        if let separator = rest.first, separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t") {
            rest = rest.dropFirst()
        } else {
            let blanks = rest.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
            guard blanks > 0 else { return false }
            rest = rest.dropFirst(blanks)
        }
        guard digits(1...2), literal(UInt8(ascii: ":")), digits(2...2), literal(UInt8(ascii: ":")), digits(2...2)
        else { return false }
        if literal(UInt8(ascii: ".")) { rest = rest.drop(while: isDigit) }
        rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        if rest.isEmpty || (rest.count == 1 && rest.first == UInt8(ascii: "Z")) { return true }
        guard let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") else { return false }
        rest = rest.dropFirst()
        guard digits(1...2) else { return false }
        if literal(UInt8(ascii: ":")) { guard digits(2...2) else { return false } }
        return rest.isEmpty
    }
}
