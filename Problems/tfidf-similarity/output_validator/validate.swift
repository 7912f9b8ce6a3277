// Output validator for tfidf-similarity (ICPC / Kattis output-validator contract).
//
//   validate <input_file> <answer_file> <feedback_dir> [ignored args...] < team_output
//
// Exit 42 = accepted, 43 = wrong answer (a one-line reason goes to
// <feedback_dir>/judgemessage.txt), 1 = judge error (unreadable or malformed input file).
//
// The validator recomputes every score itself from the input (the answer file, one reference
// output, is not read). For query j with document q, let C be the documents d != q that share a
// term with idf > 0 with q: exactly those with cosine(q, d) > 0. Line j of the output is
// accepted when
//   * it is `NONE` and C is empty, or
//   * it holds min(K, |C|) distinct tokens `d:score` with every d in C, every printed score
//     within 1e-6 of the true score, the documents in non-increasing order of true score, and
//     no document of C left out that scores more than the lowest printed one.
// Near-ties are not judged: two scores count as equal when they differ by at most 1e-9
// relative, so any order among them, and either of them at the cut-off K, is accepted.
// Whitespace inside a line is not significant; a trailing `\r` and blank lines after the
// last query are ignored.
//
// The team output is untrusted: any bytes, any length. It is parsed as bytes, and numbers are
// range-checked before conversion, so the validator never traps.

import Foundation

let accepted: Int32 = 42
let wrongAnswer: Int32 = 43
let scoreTolerance = 1e-6
let tieTolerance = 1e-9

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

func readBytes(_ path: String) -> [UInt8] {
    guard let data = FileManager.default.contents(atPath: path) else { judgeError("cannot read \(path)") }
    return [UInt8](data)
}

/// Splits `bytes` into lines on `\n` (a final `\n` does not start another line).
func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var result = bytes.split(separator: 10, omittingEmptySubsequences: false)
    if bytes.last == 10 { result.removeLast() }
    return result
}

/// Whitespace-separated words of one line.
func words(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    line.split(whereSeparator: { $0 == 32 || $0 == 9 || $0 == 13 || $0 == 11 || $0 == 12 })
}

/// Unsigned decimal value of `bytes`, or nil if it is not 1 to 15 digits.
func number(_ bytes: ArraySlice<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 15 else { return nil }
    var value = 0
    for c in bytes {
        guard c >= 48 && c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
    }
    return value
}

/// A finite decimal number (`0.5`, `1`, `.25`, `1e-3`, `-0.0`), or nil. No `nan`, `inf`, hex.
func decimal(_ bytes: ArraySlice<UInt8>) -> Double? {
    guard !bytes.isEmpty, bytes.count <= 40 else { return nil }
    var sawDigit = false
    for c in bytes {
        switch c {
        case 48...57: sawDigit = true
        case 43, 45, 46, 69, 101: break  // + - . E e
        default: return nil
        }
    }
    guard sawDigit, let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else { return nil }
    return value
}

/// Printable, length-limited rendering of untrusted bytes for feedback messages.
func show(_ bytes: ArraySlice<UInt8>) -> String {
    var s = ""
    for c in bytes.prefix(30) { s += (c >= 32 && c < 127) ? String(UnicodeScalar(c)) : "?" }
    return bytes.count > 30 ? s + "..." : s
}

func format(_ score: Double) -> String { String(format: "%.9f", score) }

func documents(_ count: Int) -> String { count == 1 ? "1 document" : "\(count) documents" }

/// Judges the team output on stdin against the input; exits with the verdict.
func validate() -> Never {
    // ---- Input: documents and queries (trusted, but parsed defensively). ----

    let inputLines = lines(readBytes(arguments[1]))
    guard let firstLine = inputLines.first, let n = number(firstLine), n >= 1, inputLines.count >= n + 2 else {
        judgeError("malformed input file: expected N, N documents, `Q K` and the queries")
    }
    let header = words(inputLines[n + 1])
    guard header.count == 2, let q = number(header[0]), let k = number(header[1]), k >= 1,
        inputLines.count == n + 2 + q
    else {
        judgeError("malformed input file: expected `Q K` on line \(n + 2) and Q query lines after it")
    }
    var queries: [Int] = []
    for j in 0..<q {
        guard let d = number(inputLines[n + 2 + j]), d >= 1, d <= n else { judgeError("malformed query \(j + 1)") }
        queries.append(d - 1)
    }

    // Tokens: maximal runs of ASCII letters and digits, ASCII letters lower-cased.
    var termIds: [[UInt8]: Int] = [:]
    var documentTerms: [[Int]] = []
    for d in 0..<n {
        var terms: [Int] = []
        var token: [UInt8] = []
        for c in inputLines[1 + d] + [32] {
            if (c >= 48 && c <= 57) || (c >= 97 && c <= 122) {
                token.append(c)
            } else if c >= 65 && c <= 90 {
                token.append(c + 32)
            } else if !token.isEmpty {
                if let id = termIds[token] {
                    terms.append(id)
                } else {
                    terms.append(termIds.count)
                    termIds[token] = termIds.count
                }
                token.removeAll(keepingCapacity: true)
            }
        }
        terms.sort()
        documentTerms.append(terms)
    }
    let termCount = termIds.count
    var df = [Int](repeating: 0, count: termCount)
    for terms in documentTerms {
        for i in terms.indices where i == 0 || terms[i - 1] != terms[i] { df[terms[i]] += 1 }
    }

    // Weights tf * ln(N / df) of the terms with df < N, norms, and postings (CSR).
    var vectorStart = [Int](repeating: 0, count: n + 1)
    var vectorTerm: [Int] = []
    var vectorWeight: [Double] = []
    var norm = [Double](repeating: 0, count: n)
    var postingStart = [Int](repeating: 0, count: termCount + 1)
    for d in 0..<n {
        let terms = documentTerms[d]
        var i = 0
        while i < terms.count {
            var j = i
            while j < terms.count && terms[j] == terms[i] { j += 1 }
            let t = terms[i]
            if df[t] < n {
                let w = Double(j - i) * log(Double(n) / Double(df[t]))
                vectorTerm.append(t)
                vectorWeight.append(w)
                norm[d] += w * w
                postingStart[t + 1] += 1
            }
            i = j
        }
        norm[d] = norm[d].squareRoot()
        vectorStart[d + 1] = vectorTerm.count
    }
    for t in 0..<termCount { postingStart[t + 1] += postingStart[t] }
    var fill = postingStart
    var postingDoc = [Int](repeating: 0, count: vectorTerm.count)
    var postingWeight = [Double](repeating: 0, count: vectorTerm.count)
    for d in 0..<n {
        for e in vectorStart[d]..<vectorStart[d + 1] {
            let t = vectorTerm[e]
            postingDoc[fill[t]] = d
            postingWeight[fill[t]] = vectorWeight[e]
            fill[t] += 1
        }
    }

    /// Whether `a` and `b` count as the same score.
    func nearlyEqual(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tieTolerance * max(abs(a), abs(b)) }

    // ---- Team output ----

    var teamLines = lines([UInt8](FileHandle.standardInput.readDataToEndOfFile()))
    while let last = teamLines.last, words(last).isEmpty, teamLines.count > q { teamLines.removeLast() }
    if teamLines.count < q {
        reject("expected \(q) lines, one per query, got \(teamLines.count)")
    }
    if teamLines.count > q {
        reject("expected \(q) lines, one per query, but there is more output: '\(show(teamLines[q]))'")
    }

    var dot = [Double](repeating: 0, count: n)
    var isCandidate = [Bool](repeating: false, count: n)
    var printedMark = [Bool](repeating: false, count: n)
    var candidates: [Int] = []
    for j in 0..<q {
        let query = queries[j]
        let place = "line \(j + 1) (query \(j + 1), document \(query + 1))"
        for e in vectorStart[query]..<vectorStart[query + 1] {
            let wq = vectorWeight[e]
            for p in postingStart[vectorTerm[e]]..<postingStart[vectorTerm[e] + 1] {
                let d = postingDoc[p]
                if d == query { continue }
                if !isCandidate[d] {
                    isCandidate[d] = true
                    candidates.append(d)
                }
                dot[d] += wq * postingWeight[p]
            }
        }
        func score(_ d: Int) -> Double { dot[d] / (norm[query] * norm[d]) }
        func best() -> Int { candidates.min { score($0) != score($1) ? score($0) > score($1) : $0 < $1 }! }

        let tokens = words(teamLines[j])
        let expected = min(k, candidates.count)
        if tokens.count == 1 && tokens[0].elementsEqual("NONE".utf8) {
            if expected > 0 {
                let d = best()
                reject("\(place): printed NONE, but document \(d + 1) has score \(format(score(d))) > 0")
            }
        } else if tokens.isEmpty {
            reject("\(place): empty line, expected \(expected == 0 ? "NONE" : "\(expected) documents")")
        } else {
            if expected == 0 {
                reject("\(place): no document has a positive score, so the line must be NONE")
            }
            var printed: [Int] = []
            for token in tokens {
                guard let colon = token.firstIndex(of: 58) else {
                    reject("\(place): '\(show(token))' is not of the form id:score")
                }
                guard let id = number(token[..<colon]), id >= 1, id <= n else {
                    reject("\(place): '\(show(token))' does not start with a document id in 1..\(n)")
                }
                let d = id - 1
                guard let value = decimal(token[(colon + 1)...]) else {
                    reject("\(place): '\(show(token))' does not end with a finite decimal score")
                }
                if d == query { reject("\(place): document \(id) is the query document itself") }
                if printedMark[d] { reject("\(place): document \(id) is printed twice") }
                guard isCandidate[d] else {
                    reject("\(place): document \(id) shares no term with idf > 0 with the query, so its score is 0")
                }
                let truth = score(d)
                if abs(value - truth) > scoreTolerance {
                    reject(
                        "\(place): document \(id) has score \(format(truth)), printed \(show(token[(colon + 1)...]))")
                }
                if let previous = printed.last, score(previous) < truth, !nearlyEqual(score(previous), truth) {
                    reject(
                        "\(place): document \(previous + 1) (score \(format(score(previous)))) is printed before "
                            + "document \(id), which scores higher (\(format(truth)))")
                }
                printedMark[d] = true
                printed.append(d)
            }
            if printed.count != expected {
                reject(
                    "\(place): printed \(documents(printed.count)), expected \(expected) (K = \(k), "
                        + "\(documents(candidates.count)) with a positive score)")
            }
            let lowest = printed.min { score($0) < score($1) }!
            if let missing = candidates.filter({ !printedMark[$0] }).max(by: { score($0) < score($1) }),
                score(missing) > score(lowest), !nearlyEqual(score(missing), score(lowest))
            {
                reject(
                    "\(place): document \(missing + 1) (score \(format(score(missing)))) is missing; it scores higher "
                        + "than document \(lowest + 1) (score \(format(score(lowest))))")
            }
            for d in printed { printedMark[d] = false }
        }
        for d in candidates {
            dot[d] = 0
            isCandidate[d] = false
        }
        candidates.removeAll(keepingCapacity: true)
    }
    exit(accepted)
}

validate()
