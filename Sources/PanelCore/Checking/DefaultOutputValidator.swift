import Foundation

/// The verdict of an output validator on one test case, with the message it leaves for the judge.
public struct OutputJudgement: Sendable, Equatable {
    /// True when the output is accepted.
    public var accepted: Bool
    /// The judge message (judgemessage.txt): why the output was rejected; empty when accepted.
    public var message: String

    /// Makes a judgement; `message` should be empty when `accepted`.
    public init(accepted: Bool, message: String) {
        self.accepted = accepted
        self.message = message
    }
}

/// The ICPC/Kattis default output validator: compares output with the answer file token by token.
///
/// Tokens are separated by whitespace (space, `\f`, `\n`, `\r`, `\t`, `\v`) and compared ignoring ASCII case
/// unless `caseSensitive`. With a float tolerance, an answer token that is a decimal number
/// (`[+-]?(d*.d+|d+.|d+)([Ee][+-]?d+)?`, finite) requires a number within the absolute or the relative
/// tolerance; `nan`, `inf` and hexadecimal are not numbers, so they are compared as strings and never match a
/// numeric answer. Rejection messages follow problemtools' wording ("Wrong answer on line X of output
/// (corresponding to line Y in answer file)" then the reason), with tokens cut to 30 bytes.
public enum DefaultOutputValidator {
    /// Judges `output` against `answer`; works on bytes, so outputs of tens of MiB are fine.
    public static func judge(output: [UInt8], answer: [UInt8], options: DefaultValidatorOptions) -> OutputJudgement {
        output.withUnsafeBufferPointer { user in
            answer.withUnsafeBufferPointer { judge in
                var comparison = TokenComparison(judge: judge, user: user, options: options)
                return comparison.run()
            }
        }
    }

    /// True for the whitespace bytes that separate tokens: space, `\t`, `\n`, `\v`, `\f`, `\r`.
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// The value of `text` under the float grammar (possibly infinite when it overflows), or nil.
    static func decimalValue(_ text: String) -> Double? {
        Array(text.utf8).withUnsafeBufferPointer { decimalValue($0[...]) }
    }

    /// The value of a token under the float grammar `[+-]? (d*.d+ | d+. | d+) ([Ee][+-]?d+)?` (possibly
    /// infinite when it overflows), or nil when the token does not match it.
    ///
    /// Tokens with at most 15 significant digits and a small exponent are converted exactly with one
    /// multiplication or division by a power of ten (both operands are exact, so the result is correctly
    /// rounded); others go through the standard library's decimal parser.
    static func decimalValue(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        let base = token.base
        var index = token.startIndex
        let end = token.endIndex
        var negative = false
        if index < end, base[index] == plus || base[index] == minus {
            negative = base[index] == minus
            index += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0
        var digits = 0
        var scale = 0
        while index < end, let digit = digitValue(base[index]) {
            if mantissa != 0 || digit != 0 {
                significant += 1
            }
            if significant <= 19 {
                mantissa = mantissa &* 10 &+ digit
            } else {
                scale += 1
            }
            digits += 1
            index += 1
        }
        if index < end, base[index] == dot {
            index += 1
            while index < end, let digit = digitValue(base[index]) {
                if mantissa != 0 || digit != 0 {
                    significant += 1
                }
                if significant <= 19 {
                    mantissa = mantissa &* 10 &+ digit
                    scale -= 1
                }
                digits += 1
                index += 1
            }
        }
        guard digits > 0 else {
            return nil
        }
        var exponent = 0
        if index < end, base[index] == lowerE || base[index] == upperE {
            index += 1
            var exponentNegative = false
            if index < end, base[index] == plus || base[index] == minus {
                exponentNegative = base[index] == minus
                index += 1
            }
            var exponentDigits = 0
            while index < end, let digit = digitValue(base[index]) {
                exponent = min(exponent * 10 + Int(digit), 100_000)
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else {
                return nil
            }
            if exponentNegative {
                exponent = -exponent
            }
        }
        guard index == end else {
            return nil
        }
        let power = scale + exponent
        if significant <= 15, (-22...22).contains(power) {
            let magnitude = Double(mantissa)
            let value = power < 0 ? magnitude / exactPowersOfTen[-power] : magnitude * exactPowersOfTen[power]
            return negative ? -value : value
        }
        return Double(String(decoding: token, as: UTF8.self))
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8) -> UInt64? {
        byte >= 0x30 && byte <= 0x39 ? UInt64(byte &- 0x30) : nil
    }

    /// 10^0 through 10^22, each exactly representable as a `Double`.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }

    private static let plus = UInt8(ascii: "+")
    private static let minus = UInt8(ascii: "-")
    private static let dot = UInt8(ascii: ".")
    private static let lowerE = UInt8(ascii: "e")
    private static let upperE = UInt8(ascii: "E")
}

/// One run of the default validator over an answer (`judge`) and a submission's output (`user`).
private struct TokenComparison {
    let judge: UnsafeBufferPointer<UInt8>
    let user: UnsafeBufferPointer<UInt8>
    let options: DefaultValidatorOptions
    /// The next byte to read in each input.
    var judgePosition = 0
    var userPosition = 0
    /// The current 1-based line in each input, for messages.
    var judgeLine = 1
    var userLine = 1

    /// Tokens longer than this many bytes are cut in messages.
    static let shownBytes = 30
    static let newline = UInt8(ascii: "\n")

    init(judge: UnsafeBufferPointer<UInt8>, user: UnsafeBufferPointer<UInt8>, options: DefaultValidatorOptions) {
        self.judge = judge
        self.user = user
        self.options = options
    }

    mutating func run() -> OutputJudgement {
        let useFloats = options.floatAbsoluteTolerance != nil || options.floatRelativeTolerance != nil
        var tokens = 0
        while true {
            if let failure = skipSpace() {
                return failure
            }
            guard judgePosition < judge.count else {
                break
            }
            let judgeToken = token(in: judge, from: judgePosition)
            guard userPosition < user.count else {
                let next = "\n(Next judge token: \(show(judgeToken)))"
                if tokens > 0 {
                    return wrong("User EOF while judge had more output" + next)
                }
                if user.isEmpty {
                    return wrong("User EOF while judge had more output; user output was empty." + next)
                }
                return wrong("User EOF while judge had more output; user output contained no tokens." + next)
            }
            let userToken = token(in: user, from: userPosition)
            if let failure = compare(judgeToken, userToken, useFloats: useFloats) {
                return failure
            }
            judgePosition = judgeToken.endIndex
            userPosition = userToken.endIndex
            tokens += 1
        }
        if userPosition < user.count {
            return wrong("Trailing output:\n\(show(token(in: user, from: userPosition)))")
        }
        return OutputJudgement(accepted: true, message: "")
    }

    /// Skips the whitespace before the next tokens; with `spaceChangeSensitive` it must match byte for byte.
    private mutating func skipSpace() -> OutputJudgement? {
        while judgePosition < judge.count, DefaultOutputValidator.isSpace(judge[judgePosition]) {
            let expected = judge[judgePosition]
            if options.spaceChangeSensitive {
                guard userPosition < user.count else {
                    return wrong("Space change error: got end of output, expected \(Self.name(expected))")
                }
                let got = user[userPosition]
                if got != expected {
                    return wrong("Space change error: got \(Self.name(got)), expected \(Self.name(expected))")
                }
                if got == Self.newline {
                    userLine += 1
                }
                userPosition += 1
            }
            if expected == Self.newline {
                judgeLine += 1
            }
            judgePosition += 1
        }
        while userPosition < user.count, DefaultOutputValidator.isSpace(user[userPosition]) {
            let got = user[userPosition]
            if options.spaceChangeSensitive {
                return wrong("Space change error: judge out of space, got \(Self.name(got)) from user")
            }
            if got == Self.newline {
                userLine += 1
            }
            userPosition += 1
        }
        return nil
    }

    /// The token of `bytes` that starts at `start` (a non-space byte).
    @inline(__always)
    private func token(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
        var end = start
        while end < bytes.count, !DefaultOutputValidator.isSpace(bytes[end]) {
            end += 1
        }
        return bytes[start..<end]
    }

    private func compare(
        _ judgeToken: Slice<UnsafeBufferPointer<UInt8>>, _ userToken: Slice<UnsafeBufferPointer<UInt8>>,
        useFloats: Bool
    ) -> OutputJudgement? {
        if useFloats, let judgeValue = DefaultOutputValidator.decimalValue(judgeToken), judgeValue.isFinite {
            if judgeToken.elementsEqual(userToken) {
                return nil
            }
            guard let userValue = DefaultOutputValidator.decimalValue(userToken) else {
                return wrong("Expected float, got: \(show(userToken))")
            }
            let difference = abs(judgeValue - userValue)
            if let absolute = options.floatAbsoluteTolerance, difference <= absolute {
                return nil
            }
            if let relative = options.floatRelativeTolerance, difference <= relative * abs(judgeValue) {
                return nil
            }
            let tolerances =
                "(abs tol \(Self.scientific(options.floatAbsoluteTolerance)) "
                + "rel tol \(Self.scientific(options.floatRelativeTolerance)))"
            return wrong(
                "Too large difference.\n Judge: \(show(judgeToken))\n User: \(show(userToken))\n Difference: "
                    + "\(Self.scientific(judgeValue - userValue))\n \(tolerances)")
        }
        let equal =
            options.caseSensitive
            ? judgeToken.elementsEqual(userToken) : Self.equalIgnoringASCIICase(judgeToken, userToken)
        if equal {
            return nil
        }
        return wrong("String tokens mismatch\nJudge: \"\(show(judgeToken))\"\nUser: \"\(show(userToken))\"")
    }

    private static func equalIgnoringASCIICase(
        _ lhs: Slice<UnsafeBufferPointer<UInt8>>, _ rhs: Slice<UnsafeBufferPointer<UInt8>>
    ) -> Bool {
        guard lhs.count == rhs.count else {
            return false
        }
        var left = lhs.startIndex
        var right = rhs.startIndex
        while left < lhs.endIndex {
            let a = lhs[left]
            let b = rhs[right]
            if a != b, lower(a) != lower(b) {
                return false
            }
            left += 1
            right += 1
        }
        return true
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func scientific(_ value: Double?) -> String {
        value.map { String(format: "%e", $0) } ?? "not set"
    }

    /// How a whitespace (or other) byte reads in a space-change message, e.g. "newline (10)".
    private static func name(_ byte: UInt8) -> String {
        let names: [UInt8: String] = [
            0x20: "space", 0x0A: "newline", 0x09: "tab", 0x0D: "carriage return", 0x0B: "vertical tab",
            0x0C: "form feed",
        ]
        if let name = names[byte] {
            return "\(name) (\(byte))"
        }
        if byte > 0x20, byte < 0x7F {
            return "'\(Character(Unicode.Scalar(byte)))' (\(byte))"
        }
        return "byte \(byte)"
    }

    /// A token as text for a message, cut to `shownBytes` bytes with "..." after.
    private func show(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        if token.count <= Self.shownBytes {
            return String(decoding: token, as: UTF8.self)
        }
        return String(decoding: token.prefix(Self.shownBytes), as: UTF8.self) + "..."
    }

    private func wrong(_ reason: String) -> OutputJudgement {
        OutputJudgement(
            accepted: false,
            message: "Wrong answer on line \(userLine) of output (corresponding to line \(judgeLine) in answer file)\n"
                + reason)
    }
}
