// Output validator for matrix-factorization, a scoring problem (ICPC output-validator contract).
//
//   validate <input_file> <answer_file> <feedback_dir> [ignored args...] < team_output
//
// Exit 43 = wrong answer (the reason goes to <feedback_dir>/judgemessage.txt); exit 42 =
// accepted, with the fraction of the case's points in <feedback_dir>/score_multiplier.txt
// (1, 0.5 or 0.25) and the numbers behind it in judgemessage.txt; exit 1 = judge error.
//
// The answer file holds the hidden true rating of each query, one per line. The team output
// must hold exactly Q finite numbers (decimal, optional exponent; no nan or inf), one per
// query; each is clamped to [1, 5] and E is their RMSE against the true ratings. The judge
// then computes, from the input and the answer file alone (statement, ## Scoring):
//   B = RMSE of the baseline mu + b_u + b_i with b_i = sum(r - mu) / (25 + n_i) and
//       b_u = sum(r - mu - b_i) / (10 + n_u) (0 for users or titles without ratings);
//   M = RMSE of the reference model: biased matrix factorization by alternating least squares,
//       k = 10, 12 sweeps, ridge weight 0.08 * n, item factors started from a fixed seed;
//       M is taken as B when it is worse than B (tiny tests), so G = B - M >= 0.
// and scores  E > B + 0.01: wrong answer;  E <= M + 0.25 G + 0.01: 1;
//             E <= M + 0.6 G + 0.01: 0.5;  otherwise 0.25.
// With the argument `validity_only` (test_group.yaml of the samples and the tiny edge tests,
// whose few queries make any RMSE noise) only the format and finiteness are judged: 1.
//
// The team output is untrusted: it is read as bytes with a size cap and every token is
// checked before conversion, so the validator never traps.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

let accepted: Int32 = 42
let wrongAnswer: Int32 = 43
let slack = 0.01

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    fputs("usage: validate input_file answer_file feedback_dir < team_output\n", stderr)
    exit(1)
}
let feedbackDir = arguments[3]

func writeFeedback(_ name: String, _ text: String) {
    guard let file = fopen(feedbackDir + "/" + name, "w") else { return }
    fputs(text + "\n", file)
    fclose(file)
}

func judgeError(_ message: String) -> Never {
    fputs("judge error: " + message + "\n", stderr)
    writeFeedback("judgemessage.txt", "judge error: " + message)
    exit(1)
}

func reject(_ message: String) -> Never {
    writeFeedback("judgemessage.txt", message)
    exit(wrongAnswer)
}

/// The bytes of `file`; nil once more than `limit` bytes were read.
func readAll(_ file: UnsafeMutablePointer<FILE>, limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let got = fread(&chunk, 1, chunk.count, file)
        if got <= 0 { return bytes }
        bytes += chunk[0..<got]
        if bytes.count > limit { return nil }
    }
}

func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { judgeError("cannot read \(path)") }
    defer { fclose(file) }
    guard let bytes = readAll(file, limit: 64 << 20) else { judgeError("\(path) is too large") }
    return bytes
}

@inline(__always) func isSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

/// Whitespace-separated tokens as byte ranges.
func tokens(_ bytes: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var i = 0
    while i < bytes.count {
        if isSpace(bytes[i]) {
            i += 1
            continue
        }
        let start = i
        while i < bytes.count && !isSpace(bytes[i]) { i += 1 }
        result.append(start..<i)
    }
    return result
}

/// A non-negative integer token of a trusted file.
func integer(_ bytes: [UInt8], _ range: Range<Int>, _ what: String) -> Int {
    guard range.count <= 9, bytes[range].allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
        judgeError("malformed number in the \(what) file")
    }
    return bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) }
}

/// A finite decimal number token (`3`, `-0.5`, `4.25e0`, `.5`), or nil. No nan, inf or hex.
func decimal(_ bytes: [UInt8], _ range: Range<Int>) -> Double? {
    guard range.count <= 40 else { return nil }
    var sawDigit = false
    for c in bytes[range] {
        switch c {
        case 48...57: sawDigit = true
        case 43, 45, 46, 69, 101: break  // + - . E e
        default: return nil
        }
    }
    guard sawDigit else { return nil }
    var text = Array(bytes[range]) + [0]
    var end: UnsafeMutablePointer<CChar>? = nil
    let value = text.withUnsafeMutableBufferPointer { buffer -> Double in
        buffer.withMemoryRebound(to: CChar.self) { chars in
            let start = chars.baseAddress!
            let parsed = strtod(start, &end)
            return end == start + range.count ? parsed : .nan
        }
    }
    return value.isFinite ? value : nil
}

func show(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var s = ""
    for c in bytes[range].prefix(30) { s += (c >= 32 && c < 127) ? String(UnicodeScalar(c)) : "?" }
    return range.count > 30 ? s + "..." : s
}

func format(_ value: Double) -> String {
    let scaled = Int((value * 10000).rounded())
    let fraction = String(scaled % 10000)
    return "\(scaled / 10000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
}

// MARK: - The reference model (alternating least squares)

/// Solves (A) x = b in place for a symmetric positive definite n x n `a` (row-major).
func solveCholesky(_ a: inout [Double], _ b: inout [Double], n: Int) {
    for j in 0..<n {
        var diagonal = a[j * n + j]
        for m in 0..<j { diagonal -= a[j * n + m] * a[j * n + m] }
        let l = max(diagonal, 1e-12).squareRoot()
        a[j * n + j] = l
        for i in (j + 1)..<max(n, j + 1) {
            var value = a[i * n + j]
            for m in 0..<j { value -= a[i * n + m] * a[j * n + m] }
            a[i * n + j] = value / l
        }
    }
    for i in 0..<n {
        var value = b[i]
        for m in 0..<i { value -= a[i * n + m] * b[m] }
        b[i] = value / a[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {
        var value = b[i]
        for m in (i + 1)..<max(n, i + 1) { value -= a[m * n + i] * b[m] }
        b[i] = value / a[i * n + i]
    }
}

/// Refits (bias, factors) of every row against fixed column factors; `residual[e]` is the
/// target of rating e of the row (r - mu - column bias), ratings grouped by row (CSR).
func refit(
    rows: Int, rowStart: [Int], column: [Int], residual: [Double], columnFactors: [Double],
    bias: inout [Double], factors: inout [Double], k: Int, lambda: Double
) {
    let n = k + 1
    var a = [Double](repeating: 0, count: n * n)
    var b = [Double](repeating: 0, count: n)
    var z = [Double](repeating: 0, count: n)
    for row in 0..<rows {
        let count = rowStart[row + 1] - rowStart[row]
        if count == 0 { continue }
        for i in 0..<(n * n) { a[i] = 0 }
        for i in 0..<n { b[i] = 0 }
        for e in rowStart[row]..<rowStart[row + 1] {
            let c = column[e]
            z[0] = 1
            for f in 0..<k { z[f + 1] = columnFactors[c * k + f] }
            for i in 0..<n {
                b[i] += z[i] * residual[e]
                for j in 0...i { a[i * n + j] += z[i] * z[j] }
            }
        }
        for i in 0..<n {
            for j in 0..<i { a[j * n + i] = a[i * n + j] }
            a[i * n + i] += lambda * Double(count)
        }
        solveCholesky(&a, &b, n: n)
        bias[row] = b[0]
        for f in 0..<k { factors[row * k + f] = b[f + 1] }
    }
}

func validate() -> Never {
    // Input (trusted): U I R, R ratings, Q, Q query pairs.
    let input = readFile(arguments[1])
    let inputTokens = tokens(input)
    guard inputTokens.count >= 4 else { judgeError("malformed input file") }
    let users = integer(input, inputTokens[0], "input")
    let items = integer(input, inputTokens[1], "input")
    let count = integer(input, inputTokens[2], "input")
    guard users >= 1, items >= 1, count >= 1, inputTokens.count >= 4 + 3 * count else {
        judgeError("malformed input file header")
    }
    let queryCount = integer(input, inputTokens[3 + 3 * count], "input")
    guard inputTokens.count == 4 + 3 * count + 2 * queryCount, queryCount >= 1 else {
        judgeError("malformed input file: expected \(queryCount) query pairs")
    }
    var userOf = [Int](repeating: 0, count: count)
    var itemOf = [Int](repeating: 0, count: count)
    var rating = [Double](repeating: 0, count: count)
    for r in 0..<count {
        userOf[r] = integer(input, inputTokens[3 + 3 * r], "input") - 1
        itemOf[r] = integer(input, inputTokens[4 + 3 * r], "input") - 1
        rating[r] = Double(integer(input, inputTokens[5 + 3 * r], "input"))
        guard (0..<users).contains(userOf[r]), (0..<items).contains(itemOf[r]) else {
            judgeError("rating \(r + 1) in the input file is out of range")
        }
    }
    var queryUser = [Int](repeating: 0, count: queryCount)
    var queryItem = [Int](repeating: 0, count: queryCount)
    for j in 0..<queryCount {
        queryUser[j] = integer(input, inputTokens[4 + 3 * count + 2 * j], "input") - 1
        queryItem[j] = integer(input, inputTokens[5 + 3 * count + 2 * j], "input") - 1
        guard (0..<users).contains(queryUser[j]), (0..<items).contains(queryItem[j]) else {
            judgeError("query \(j + 1) in the input file is out of range")
        }
    }

    // Answer (trusted): the true ratings.
    let answer = readFile(arguments[2])
    let answerTokens = tokens(answer)
    guard answerTokens.count == queryCount else {
        judgeError("the answer file holds \(answerTokens.count) ratings, expected \(queryCount)")
    }
    let truth = answerTokens.map { Double(integer(answer, $0, "answer")) }

    func rmse(_ predictions: [Double]) -> Double {
        var sum = 0.0
        for j in 0..<queryCount {
            let difference = min(5, max(1, predictions[j])) - truth[j]
            sum += difference * difference
        }
        return (sum / Double(queryCount)).squareRoot()
    }

    // Team output.
    guard let team = readAll(stdin, limit: 16 << 20) else { reject("the output is larger than 16 MB") }
    let teamTokens = tokens(team)
    if teamTokens.count < queryCount {
        reject("expected \(queryCount) predictions, one per query, got \(teamTokens.count)")
    }
    if teamTokens.count > queryCount {
        reject("expected \(queryCount) predictions, but there is more output: '\(show(team, teamTokens[queryCount]))'")
    }
    var predictions = [Double](repeating: 0, count: queryCount)
    for j in 0..<queryCount {
        guard let value = decimal(team, teamTokens[j]) else {
            reject("prediction \(j + 1) is '\(show(team, teamTokens[j]))', not a finite number")
        }
        predictions[j] = value
    }
    let error = rmse(predictions)
    if arguments.dropFirst(4).contains("validity_only") {
        writeFeedback("score_multiplier.txt", "1")
        writeFeedback(
            "judgemessage.txt",
            "\(queryCount) finite predictions, RMSE \(format(error)) (this group only checks validity)")
        exit(accepted)
    }

    // Baseline B.
    let mu = rating.reduce(0, +) / Double(count)
    var itemSum = [Double](repeating: 0, count: items)
    var itemCount = [Double](repeating: 0, count: items)
    for r in 0..<count {
        itemSum[itemOf[r]] += rating[r] - mu
        itemCount[itemOf[r]] += 1
    }
    let itemBaseline = (0..<items).map { itemSum[$0] / (25 + itemCount[$0]) }
    var userSum = [Double](repeating: 0, count: users)
    var userCount = [Double](repeating: 0, count: users)
    for r in 0..<count {
        userSum[userOf[r]] += rating[r] - mu - itemBaseline[itemOf[r]]
        userCount[userOf[r]] += 1
    }
    let userBaseline = (0..<users).map { userSum[$0] / (10 + userCount[$0]) }
    let baseline = rmse((0..<queryCount).map { mu + userBaseline[queryUser[$0]] + itemBaseline[queryItem[$0]] })

    // Reference model M.
    func grouped(_ key: [Int], _ size: Int) -> (start: [Int], index: [Int]) {
        var start = [Int](repeating: 0, count: size + 1)
        for r in 0..<count { start[key[r] + 1] += 1 }
        for s in 0..<size { start[s + 1] += start[s] }
        var fill = start
        var index = [Int](repeating: 0, count: count)
        for r in 0..<count {
            index[fill[key[r]]] = r
            fill[key[r]] += 1
        }
        return (start, index)
    }
    let byUser = grouped(userOf, users)
    let byItem = grouped(itemOf, items)
    let userColumn = byUser.index.map { itemOf[$0] }
    let itemColumn = byItem.index.map { userOf[$0] }
    let k = 10
    var seed: UInt64 = 7
    func unit() -> Double {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var z = seed
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }
    var userBias = [Double](repeating: 0, count: users)
    var itemBias = [Double](repeating: 0, count: items)
    var p = [Double](repeating: 0, count: users * k)
    var q = (0..<items * k).map { _ in (unit() - 0.5) * 0.2 }
    var residual = [Double](repeating: 0, count: count)
    for _ in 0..<12 {
        for e in 0..<count { residual[e] = rating[byUser.index[e]] - mu - itemBias[userColumn[e]] }
        refit(
            rows: users, rowStart: byUser.start, column: userColumn, residual: residual, columnFactors: q,
            bias: &userBias, factors: &p, k: k, lambda: 0.08)
        for e in 0..<count { residual[e] = rating[byItem.index[e]] - mu - userBias[itemColumn[e]] }
        refit(
            rows: items, rowStart: byItem.start, column: itemColumn, residual: residual, columnFactors: p,
            bias: &itemBias, factors: &q, k: k, lambda: 0.08)
    }
    let reference = min(
        baseline,
        rmse(
            (0..<queryCount).map { j in
                let (u, i) = (queryUser[j], queryItem[j])
                var prediction = mu + userBias[u] + itemBias[i]
                for f in 0..<k { prediction += p[u * k + f] * q[i * k + f] }
                return prediction
            }))

    let gap = baseline - reference
    let numbers = "RMSE \(format(error)); baseline \(format(baseline)), reference \(format(reference))"
    if error > baseline + slack {
        reject("\(numbers): worse than the baseline, which it must not exceed by more than \(slack)")
    }
    let fraction: Double
    if error <= reference + 0.25 * gap + slack {
        fraction = 1
    } else if error <= reference + 0.6 * gap + slack {
        fraction = 0.5
    } else {
        fraction = 0.25
    }
    writeFeedback("score_multiplier.txt", fraction == 1 ? "1" : fraction == 0.5 ? "0.5" : "0.25")
    writeFeedback(
        "judgemessage.txt",
        "\(numbers); full score up to \(format(reference + 0.25 * gap + slack)), half up to "
            + "\(format(reference + 0.6 * gap + slack)): \(fraction == 1 ? "1" : fraction == 0.5 ? "0.5" : "0.25") of the points"
    )
    exit(accepted)
}

validate()
