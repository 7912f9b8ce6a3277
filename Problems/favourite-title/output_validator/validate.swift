// Interactor for favourite-title (ICPC interactive output-validator contract).
//
//   validate <input_file> <answer_file> <feedback_dir> [ignored args...]
//
// stdin is the solution's stdout and stdout is the solution's stdin. Exit 42 = accepted,
// 43 = wrong answer (a one-line reason goes to <feedback_dir>/judgemessage.txt), 1 = judge
// error (unreadable or malformed input or answer file).
//
// The input file holds N and the user's preference order (the titles from most to least
// preferred); the answer file holds the favourite, the first title of that order.
//
// Protocol (statement/problem.en.md, ## Interaction):
//   interactor: `N`
//   solution:   `? a b`  (1 <= a, b <= N, a != b)  ->  interactor: the preferred one of a and b
//   solution:   `! x`    -> the interactor closes its output and checks x and that nothing follows
// At most N - 1 questions. A line is a command, one space, one or two numbers separated by one
// space; a trailing `\r` or spaces are tolerated. Every reply is written with one write(2), so
// nothing waits in a buffer on this side.
//
// The solution is untrusted: its lines are read from a raw byte buffer with a length cap, and
// numbers are range-checked before conversion, so the interactor never traps. SIGPIPE is
// ignored: a solution that has gone away shows up as a failed write or end of input.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let accepted: Int32 = 42
let wrongAnswer: Int32 = 43
/// No valid line comes near this ("? 100000 99999" is 14 bytes).
let maxLineBytes = 64

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    fputs("usage: validate input_file answer_file feedback_dir\n", stderr)
    exit(1)
}
let feedbackDir = arguments[3]

func writeFeedback(_ message: String) {
    guard let file = fopen(feedbackDir + "/judgemessage.txt", "w") else { return }
    fputs(message + "\n", file)
    fclose(file)
}

func judgeError(_ message: String) -> Never {
    fputs("judge error: " + message + "\n", stderr)
    writeFeedback("judge error: " + message)
    exit(1)
}

func reject(_ message: String) -> Never {
    writeFeedback(message)
    exit(wrongAnswer)
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { judgeError("cannot read \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let got = fread(&chunk, 1, chunk.count, file)
        if got <= 0 { break }
        bytes += chunk[0..<got]
    }
    return bytes
}

/// The whitespace-separated unsigned integers of a trusted file.
func integers(_ bytes: [UInt8], _ what: String) -> [Int] {
    var values: [Int] = []
    var current: Int? = nil
    for c in bytes + [10] {
        if c >= 48 && c <= 57 {
            let value = (current ?? 0) * 10 + Int(c - 48)
            guard value <= 1_000_000_000 else { judgeError("number too large in the \(what) file") }
            current = value
        } else if c == 32 || c == 10 || c == 13 || c == 9 {
            if let value = current { values.append(value) }
            current = nil
        } else {
            judgeError("unexpected byte \(c) in the \(what) file")
        }
    }
    return values
}

// ---- The hidden data ----

let input = integers(readFile(arguments[1]), "input")
guard let n = input.first, n >= 1, input.count == n + 1 else {
    judgeError("the input file must hold N and then N titles")
}
var rank = [Int](repeating: 0, count: n + 1)  // rank[title]: 1 = the favourite
for (position, title) in input.dropFirst().enumerated() {
    guard title >= 1 && title <= n && rank[title] == 0 else {
        judgeError("the preference order in the input file is not a permutation of 1..N")
    }
    rank[title] = position + 1
}
let favourite = input[1]
let answer = integers(readFile(arguments[2]), "answer")
guard answer == [favourite] else {
    judgeError("the answer file must hold the favourite title \(favourite)")
}

// ---- Talking to the solution ----

signal(SIGPIPE, SIG_IGN)

/// Buffered reader of the solution's output (our stdin).
struct LineReader {
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0
    private(set) var linesRead = 0

    /// The next line without its `\n`; nil at end of input (a last line without `\n` is returned
    /// first). Rejects lines longer than `maxLineBytes`.
    mutating func next() -> ArraySlice<UInt8>? {
        var line: [UInt8] = []
        while true {
            if start == end {
                let got = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 {
                    if line.isEmpty { return nil }
                    linesRead += 1
                    return line[...]
                }
                start = 0
                end = got
            }
            if let newline = buffer[start..<end].firstIndex(of: 10) {
                line += buffer[start..<newline]
                start = newline + 1
                linesRead += 1
                guard line.count <= maxLineBytes else { tooLong() }
                return line[...]
            }
            line += buffer[start..<end]
            start = end
            guard line.count <= maxLineBytes else { tooLong() }
        }
    }

    private func tooLong() -> Never {
        reject("line \(linesRead + 1) of your output is longer than \(maxLineBytes) bytes; expected `? a b` or `! x`")
    }

    /// Whether everything left before end of input is whitespace.
    mutating func restIsBlank() -> Bool {
        while true {
            if start == end {
                let got = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress!, $0.count) }
                if got < 0 && errno == EINTR { continue }
                if got <= 0 { return true }
                start = 0
                end = got
            }
            for c in buffer[start..<end] where !(c == 32 || c == 10 || c == 13 || c == 9) { return false }
            start = end
        }
    }
}

/// Writes `text` to the solution at once. A solution that has stopped reading is not an error
/// here: its missing answer or its own verdict says what happened.
func send(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
    }
}

/// Printable, length-limited rendering of untrusted bytes for messages.
func show(_ bytes: ArraySlice<UInt8>) -> String {
    var s = ""
    for c in bytes.prefix(30) { s += (c >= 32 && c < 127) ? String(UnicodeScalar(c)) : "?" }
    return bytes.count > 30 ? s + "..." : s
}

/// A title id token: digits only, no leading zero, in 1...n.
func title(_ token: ArraySlice<UInt8>) -> Int? {
    guard !token.isEmpty, token.count <= 7, token.first != 48 else { return nil }
    var value = 0
    for c in token {
        guard c >= 48 && c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
    }
    return value <= n ? value : nil
}

send("\(n)\n")
var reader = LineReader()
var questions = 0
let budget = n - 1
while true {
    guard var line = reader.next() else {
        reject("your program ended (or closed its output) after \(questions) questions without answering `! x`")
    }
    let lineNumber = reader.linesRead
    while let last = line.last, last == 13 || last == 32 { line.removeLast() }
    let tokens = line.split(separator: 32, omittingEmptySubsequences: false)
    guard let command = tokens.first, command.count == 1 else {
        reject("line \(lineNumber) of your output is '\(show(line))'; expected `? a b` or `! x`")
    }
    switch command.first {
    case UInt8(ascii: "?"):
        guard tokens.count == 3, let a = title(tokens[1]), let b = title(tokens[2]) else {
            reject("line \(lineNumber): '\(show(line))' is not `? a b` with titles a and b in 1..\(n)")
        }
        guard a != b else { reject("line \(lineNumber): '\(show(line))' compares title \(a) with itself") }
        questions += 1
        if questions > budget {
            reject("line \(lineNumber): question \(questions) is over the budget of N - 1 = \(budget) questions")
        }
        send("\(rank[a] < rank[b] ? a : b)\n")
    case UInt8(ascii: "!"):
        guard tokens.count == 2, let x = title(tokens[1]) else {
            reject("line \(lineNumber): '\(show(line))' is not `! x` with a title x in 1..\(n)")
        }
        // Closing our output lets a solution that reads on after its answer see end of input.
        close(1)
        guard x == favourite else {
            reject("your answer is title \(x), whose place in the user's order is \(rank[x]); it is not the favourite")
        }
        guard reader.restIsBlank() else { reject("your program printed more after its answer `! \(x)`") }
        exit(accepted)
    default:
        reject("line \(lineNumber) of your output is '\(show(line))'; expected `? a b` or `! x`")
    }
}
