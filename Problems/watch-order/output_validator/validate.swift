// Output validator for watch-order (ICPC / Kattis output-validator contract).
//
//   validate <input_file> <answer_file> <feedback_dir> [ignored args...] < team_output
//
// Exit 42 = accepted, 43 = wrong answer (a one-line reason goes to
// <feedback_dir>/judgemessage.txt), 1 = judge error (unreadable files, or an answer file
// contradicted by a verifiably correct team output).
//
// Accepted outputs:
//   * an order: exactly N tokens forming a permutation of 1..N in which a comes before b
//     for every edge (a, b). Whitespace between the tokens is not significant.
//   * a cycle: the first line is exactly `CYCLE` (trailing spaces/CR allowed), the second
//     line is `k v1 ... vk` with k >= 1, distinct v_i in 1..N, and the edges
//     v1->v2, ..., v(k-1)->vk, vk->v1 all present in the input (k = 1: a self-loop vk->vk).
//     Nothing but whitespace may follow.
// The answer file is used only to learn whether the instance has a cycle (its first token
// is `CYCLE`) or not; its order or cycle is never compared with the team's.
//
// The team output is untrusted: any bytes, any length. Everything is parsed as bytes and
// numbers are range-checked before conversion, so the validator never traps.

import Foundation

let accepted: Int32 = 42
let wrongAnswer: Int32 = 43

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: validate input_file answer_file feedback_dir < team_output\n".utf8))
    exit(1)
}
let feedbackDir = arguments[3]

func writeFeedback(_ message: String) {
    let url = URL(fileURLWithPath: feedbackDir).appendingPathComponent("judgemessage.txt")
    try? Data((message + "\n").utf8).write(to: url)
}

func judgeError(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("judge error: " + message + "\n").utf8))
    writeFeedback("judge error: " + message)
    exit(1)
}

func reject(_ message: String) -> Never {
    writeFeedback(message)
    exit(wrongAnswer)
}

/// Set once the team's claim (cycle or order) is known and contradicts the answer file;
/// appended to every rejection so the candidate learns which claim was wrong.
var mismatchHint = ""

func rejectClaim(_ message: String) -> Never {
    reject(message + mismatchHint)
}

func readBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else {
        judgeError("cannot read \(path)")
    }
    return [UInt8](data)
}

@inline(__always) func isSpace(_ c: UInt8) -> Bool {
    c == 32 || (c >= 9 && c <= 13)   // space, \t, \n, \v, \f, \r
}

/// A whitespace-separated token: byte range [start, end) plus its line number (1-based).
struct Token {
    var start: Int
    var end: Int
    var line: Int
}

/// Splits on whitespace; stops after `limit` tokens (team output can be arbitrarily long).
func tokenize(_ bytes: [UInt8], limit: Int = Int.max) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    var line = 1
    let n = bytes.count
    while i < n && tokens.count < limit {
        let c = bytes[i]
        if isSpace(c) {
            if c == 10 { line += 1 }
            i += 1
            continue
        }
        let start = i
        while i < n && !isSpace(bytes[i]) { i += 1 }
        tokens.append(Token(start: start, end: i, line: line))
    }
    return tokens
}

/// Unsigned decimal value of a token, or nil if it is not all digits or exceeds 10^15.
func number(_ bytes: [UInt8], _ t: Token) -> Int? {
    if t.end - t.start > 15 { return nil }
    var value = 0
    for i in t.start..<t.end {
        let c = bytes[i]
        guard c >= 48 && c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
    }
    return value
}

/// Printable, length-limited rendering of a token for feedback messages.
func show(_ bytes: [UInt8], _ t: Token) -> String {
    let end = min(t.end, t.start + 30)
    var s = ""
    for i in t.start..<end {
        let c = bytes[i]
        s += (c >= 32 && c < 127) ? String(UnicodeScalar(c)) : "?"
    }
    return t.end > end ? s + "..." : s
}

func isCycleWord(_ bytes: [UInt8], _ t: Token) -> Bool {
    t.end - t.start == 5 && Array(bytes[t.start..<t.end]) == Array("CYCLE".utf8)
}

// ---- Input: N, M and the edges (trusted, but parsed defensively). ----

let inputBytes = readBytes(arguments[1])
let inputTokens = tokenize(inputBytes)
guard inputTokens.count >= 2,
      let n = number(inputBytes, inputTokens[0]), let m = number(inputBytes, inputTokens[1]),
      n >= 1, inputTokens.count >= 2 + 2 * m else {
    judgeError("malformed input file")
}
var edgeFrom = [Int](repeating: 0, count: m)
var edgeTo = [Int](repeating: 0, count: m)
for e in 0..<m {
    guard let a = number(inputBytes, inputTokens[2 + 2 * e]),
          let b = number(inputBytes, inputTokens[3 + 2 * e]),
          (1...n).contains(a), (1...n).contains(b) else {
        judgeError("malformed edge \(e + 1) in input file")
    }
    edgeFrom[e] = a
    edgeTo[e] = b
}

// ---- Answer: only "does the instance have a cycle?" ----

let answerBytes = readBytes(arguments[2])
let answerTokens = tokenize(answerBytes)
guard let firstAnswerToken = answerTokens.first else { judgeError("empty answer file") }
let answerHasCycle = isCycleWord(answerBytes, firstAnswerToken)

// ---- Team output ----

let team = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
let tokens = tokenize(team, limit: n + 3)   // enough to see k + 2 tokens or N + 1 ids
guard let first = tokens.first else { rejectClaim("empty output") }

if isCycleWord(team, first) {
    // Cycle claim: "CYCLE" alone on the first line, "k v1 .. vk" on the second line.
    if !answerHasCycle {
        mismatchHint = " (the dependencies have no cycle, so a valid order exists)"
    }
    guard first.start == 0 && first.line == 1 else {
        rejectClaim("CYCLE must be the first thing on the first line of the output")
    }
    guard tokens.count >= 2 else { rejectClaim("CYCLE must be followed by a line `k v1 ... vk`") }
    guard tokens[1].line == 2 else {
        rejectClaim(tokens[1].line == 1 ? "CYCLE must be alone on the first line" : "the cycle must be on the second line")
    }
    guard let k = number(team, tokens[1]), k >= 1, k <= n else {
        rejectClaim("cycle length must be an integer in 1..\(n), got '\(show(team, tokens[1]))'")
    }
    guard tokens.count >= 2 + k else {
        rejectClaim("cycle length is \(k) but only \(tokens.count - 2) vertices follow")
    }
    if tokens.count > 2 + k {
        rejectClaim("trailing output after the \(k) cycle vertices: '\(show(team, tokens[2 + k]))'")
    }
    var cycle = [Int](repeating: 0, count: k)
    var seen = [Bool](repeating: false, count: n + 1)
    for i in 0..<k {
        let t = tokens[2 + i]
        guard t.line == 2 else { rejectClaim("the cycle `k v1 ... vk` must be on a single (second) line") }
        guard let v = number(team, t), v >= 1, v <= n else {
            rejectClaim("cycle vertex \(i + 1) is not an id in 1..\(n): '\(show(team, t))'")
        }
        guard !seen[v] else { rejectClaim("vertex \(v) appears twice in the cycle") }
        seen[v] = true
        cycle[i] = v
    }
    // Edge lookup: CSR adjacency with each row sorted, then binary search.
    var offset = [Int](repeating: 0, count: n + 2)
    for e in 0..<m { offset[edgeFrom[e] + 1] += 1 }
    for v in 0..<(n + 1) { offset[v + 1] += offset[v] }
    var fill = offset
    var targets = [Int](repeating: 0, count: m)
    for e in 0..<m {
        targets[fill[edgeFrom[e]]] = edgeTo[e]
        fill[edgeFrom[e]] += 1
    }
    for v in 1...n where offset[v + 1] - offset[v] > 1 {
        targets[offset[v]..<offset[v + 1]].sort()
    }
    func hasEdge(_ a: Int, _ b: Int) -> Bool {
        var lo = offset[a]
        var hi = offset[a + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if targets[mid] < b { lo = mid + 1 } else { hi = mid }
        }
        return lo < offset[a + 1] && targets[lo] == b
    }
    for i in 0..<k {
        let a = cycle[i]
        let b = cycle[(i + 1) % k]
        guard hasEdge(a, b) else {
            rejectClaim("cycle uses \(a) -> \(b), which is not a dependency in the input")
        }
    }
    if !answerHasCycle {
        judgeError("team printed a valid cycle but the answer file gives an order")
    }
    exit(accepted)
}

// Order claim: exactly N distinct ids in 1..N respecting every edge.
if first.end - first.start == 5,
   String(decoding: team[first.start..<first.end], as: UTF8.self).uppercased() == "CYCLE" {
    rejectClaim("expected `CYCLE` in upper case, got '\(show(team, first))'")
}
if answerHasCycle {
    mismatchHint = " (the dependencies contain a cycle, so no valid order exists)"
}
var position = [Int](repeating: -1, count: n + 1)
for i in 0..<min(tokens.count, n) {
    let t = tokens[i]
    guard let v = number(team, t), v >= 1, v <= n else {
        rejectClaim("token \(i + 1) of the order is not an id in 1..\(n): '\(show(team, t))'")
    }
    guard position[v] < 0 else { rejectClaim("show \(v) appears twice in the order") }
    position[v] = i
}
if tokens.count < n {
    rejectClaim("the order has \(tokens.count) ids, expected \(n)")
}
if tokens.count > n {
    rejectClaim("trailing output after \(n) ids: '\(show(team, tokens[n]))'")
}
for e in 0..<m where position[edgeFrom[e]] >= position[edgeTo[e]] {
    let a = edgeFrom[e]
    let b = edgeTo[e]
    rejectClaim((a == b ? "show \(a) must be watched before itself" : "show \(a) must come before show \(b)"))
}
if answerHasCycle {
    judgeError("team printed a valid order but the answer file says CYCLE")
}
exit(accepted)
