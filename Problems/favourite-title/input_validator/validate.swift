// Input validator for favourite-title (ICPC input-validator contract; 2023-07 package, so this
// is the single program in input_validator/). The input is the interactor's hidden data; the
// solution never sees it.
//
//   validate [ignored args...] < test.in
//
// Exit 42 when the input is valid. Otherwise print one line on stdout saying what is wrong
// and where (`line N: ...`) and exit 43.
//
// The input must be exactly (statement/problem.en.md, ## Constraints; output_validator/):
//
//   N                   1 <= N <= 10000
//   p_1 ... p_N         the user's preference order, most preferred first: a permutation of 1..N
//
// Format is strict: tokens separated by exactly one space, no leading or trailing spaces,
// every line (the last one too) ends with `\n` (no `\r`), no empty lines, nothing after the
// second line. Integers are plain decimal: an optional `-` and 1 to 19 digits, no `+`, no
// leading zeros, no `-0`, no 64-bit overflow; then the range is checked.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let validExit: Int32 = 42
let invalidExit: Int32 = 43

/// No valid input comes near this (the largest is about 300 KB); a bigger one is rejected
/// instead of being held in memory.
let maxInputBytes = 16 << 20

func rejectInput(_ message: String) -> Never {
    print(message)
    exit(invalidExit)
}

func readStandardInput() -> [UInt8] {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    var count = 0
    while true {
        if count == buffer.count {
            if count > maxInputBytes {
                rejectInput("input: larger than \(maxInputBytes) bytes, far more than any valid input")
            }
            buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, maxInputBytes + 1 - buffer.count)))
        }
        let got = buffer.withUnsafeMutableBytes { raw in
            read(0, raw.baseAddress! + count, raw.count - count)
        }
        if got > 0 {
            count += got
        } else if got == 0 {
            break
        } else if errno != EINTR {
            rejectInput("input: cannot read standard input (errno \(errno))")
        }
    }
    if count > maxInputBytes {
        rejectInput("input: larger than \(maxInputBytes) bytes, far more than any valid input")
    }
    buffer.removeSubrange(count...)
    return buffer
}

/// A strict, line-aware reader over the input bytes. Every failure names the current line.
struct Scanner {
    let bytes: [UInt8]
    var pos = 0
    /// 1-based number of the line `pos` is on.
    var line = 1
    /// Offset of the first byte of the current line.
    var lineStart = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { pos >= bytes.count }

    func fail(_ message: String) -> Never {
        rejectInput("line \(line): \(message)")
    }

    /// A token for a message: quoted, non-printable bytes escaped, long ones cut.
    func show(_ range: Range<Int>) -> String {
        var text = "\""
        for index in range.prefix(24) {
            let c = bytes[index]
            switch c {
            case 13: text += "\\r"
            case 9: text += "\\t"
            case 34: text += "\\\""
            case 92: text += "\\\\"
            case 33...126: text.unicodeScalars.append(Unicode.Scalar(c))
            default:
                let hex = String(c, radix: 16, uppercase: true)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        text += range.count > 24 ? "...\"" : "\""
        return text
    }

    /// The next token (a maximal run of bytes other than space and `\n`), which must be
    /// non-empty: called at the start of a line or right after a single space.
    mutating func token(_ what: StaticString) -> Range<Int> {
        guard pos < bytes.count else { fail("expected \(what), got end of input") }
        let c = bytes[pos]
        if c == 10 {
            fail(
                pos == lineStart
                    ? "empty line, expected \(what)" : "expected \(what) after the space, got end of line")
        }
        if c == 32 {
            fail(pos == lineStart ? "leading space before \(what)" : "two spaces in a row before \(what)")
        }
        let start = pos
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 32 || b == 10 { break }
            pos += 1
        }
        return start..<pos
    }

    /// One space, then `what` follows.
    mutating func space(_ what: StaticString) {
        guard pos < bytes.count else { fail("expected a space and \(what), got end of input") }
        let c = bytes[pos]
        if c == 10 { fail("expected a space and \(what), got end of line") }
        guard c == 32 else { fail("expected a space before \(what)") }
        pos += 1
    }

    /// The `\n` that ends the line; reports trailing spaces, extra tokens and a missing newline.
    mutating func endOfLine(_ after: StaticString) {
        guard pos < bytes.count else { fail("missing newline (\\n) at the end of the last line") }
        let c = bytes[pos]
        if c == 10 {
            pos += 1
            line += 1
            lineStart = pos
            return
        }
        var j = pos
        while j < bytes.count && bytes[j] == 32 { j += 1 }
        if j == bytes.count || bytes[j] == 10 { fail("trailing space after \(after)") }
        var k = j
        while k < bytes.count && bytes[k] != 32 && bytes[k] != 10 { k += 1 }
        fail("extra token \(show(j..<k)) after \(after)")
    }

    /// A decimal integer token in `low...high`; `highName` names an upper bound read from the input.
    mutating func integer(_ name: StaticString, _ low: Int, _ high: Int, highName: StaticString? = nil) -> Int {
        let range = token(name)
        var i = range.lowerBound
        let end = range.upperBound
        let negative = bytes[i] == 45  // "-"
        if negative { i += 1 }
        let first = i
        while i < end && bytes[i] >= 48 && bytes[i] <= 57 { i += 1 }
        if i != end || first == end {
            if bytes[end - 1] == 13 {
                fail("\(name) = \(show(range)) ends with a carriage return, lines must end with \\n only")
            }
            fail("\(name) must be an integer, got \(show(range))")
        }
        let digits = end - first
        if digits > 19 { fail("\(name) = \(show(range)) has more than 19 digits") }
        if bytes[first] == 48 {
            if digits > 1 { fail("\(name) = \(show(range)) has a leading zero") }
            if negative { fail("\(name) = \"-0\" is not allowed, write 0") }
        }
        var value = 0
        for j in first..<end {
            let digit = Int(bytes[j] &- 48)
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) =
                negative ? times10.subtractingReportingOverflow(digit) : times10.addingReportingOverflow(digit)
            if o1 || o2 { fail("\(name) = \(show(range)) does not fit in a 64-bit integer") }
            value = next
        }
        if value < low || value > high {
            let bound = highName.map { "\($0) = \(high)" } ?? "\(high)"
            fail("\(name) = \(value) is out of range \(low) <= \(name) <= \(bound)")
        }
        return value
    }

    /// Whether the token is exactly `word`.
    func tokenIs(_ range: Range<Int>, _ word: [UInt8]) -> Bool {
        guard range.count == word.count else { return false }
        var j = range.lowerBound
        for b in word {
            if bytes[j] != b { return false }
            j += 1
        }
        return true
    }

    /// Nothing may follow the last line.
    func expectEnd(_ after: String) {
        guard pos < bytes.count else { return }
        if bytes[pos] == 10 { fail("empty line after \(after)") }
        fail("extra line after \(after)")
    }
}

func validate() -> Never {
    var s = Scanner(readStandardInput())
    if s.atEnd { s.fail("the input is empty, expected N") }

    let n = s.integer("N", 1, 10_000)
    s.endOfLine("N")
    var seen = [Bool](repeating: false, count: n + 1)
    for index in 1...n {
        if index > 1 { s.space("p") }
        let title = s.integer("p", 1, n, highName: "N")
        if seen[title] { s.fail("title \(title) appears twice in the preference order (position \(index))") }
        seen[title] = true
    }
    s.endOfLine("the last title of the preference order")
    s.expectEnd("the preference order")
    exit(validExit)
}

validate()
