// Test-data generator for matrix-factorization: ratings from a hidden low-rank model.
//
//   gen --users U --items I --ratings R --queries Q      writes an input
//   gen < input                                          writes that input's answer file
//
// With arguments it writes the input: the R training ratings and the Q query pairs. Without
// arguments it reads an input it wrote on stdin and writes the answer file: the hidden true
// rating of each query, one per line. That is how generators/panel.yaml names it as the `solution`
// that writes the answers (a real solution cannot know them). Both runs rebuild the same model
// from a SplitMix64 seeded by a hash of (U, I, R, Q), so the input's header line is all the
// answer run needs; cases must differ in at least one of the four sizes. The model's rank is
// 4 + (hash mod 7).
//
// Model: rating = clamp(round(3.6 + b_u + b_i + p_u . q_i + noise), 1, 5) with b_u ~ N(0, 0.45),
// b_i ~ N(0, 0.5), rank-K factors p_u and q_i whose dot product has standard deviation 0.8,
// and noise ~ N(0, 0.45). Users and items have skewed activity (weight 1 / (rank + 10)), so
// some users rate hundreds of titles and many rate a few. 1 % of the users and of the items
// (at least one of each), taken from the less active half, appear only in queries: cold
// starts. All R + Q pairs are distinct.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// Standard normal (Box-Muller).
    mutating func gaussian() -> Double {
        let u = max(unit(), 1e-300)
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * unit())
    }
}

func argument(_ name: String, _ fallback: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    if let fallback { return fallback }
    fatalError("missing \(name)")
}

let writeAnswer = CommandLine.arguments.count == 1
var sizes: [Int]
var givenQueries: [String] = []  // answer mode: the input's query lines, checked against the model
if writeAnswer {
    // The header `U I R` and, after the R ratings, `Q`.
    let header = readLine()!.split(separator: " ").map { Int($0)! }
    for _ in 0..<header[2] { _ = readLine() }
    sizes = header + [Int(readLine()!)!]
    for _ in 0..<sizes[3] { givenQueries.append(readLine()!) }
} else {
    sizes = ["--users", "--items", "--ratings", "--queries"].map { Int(argument($0))! }
}
let (users, items, ratingCount, queryCount) = (sizes[0], sizes[1], sizes[2], sizes[3])
precondition(ratingCount + queryCount <= users * items, "more pairs than the matrix holds")
var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a over the four sizes
for size in sizes {
    for byte in Array(String(size).utf8) + [32] {
        hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
}
let rank = 4 + Int(hash % 7)
let coldPercent = 1
var rng = SplitMix64(state: hash)

// The hidden model.
let factorScale = 0.8 / Double(rank).squareRoot()
let userBias = (0..<users).map { _ in 0.45 * rng.gaussian() }
let itemBias = (0..<items).map { _ in 0.5 * rng.gaussian() }
// Coordinates with variance 0.8 / sqrt(K), so that p_u . q_i has variance 0.64.
let userFactors = (0..<users * rank).map { _ in factorScale.squareRoot() * rng.gaussian() }
let itemFactors = (0..<items * rank).map { _ in factorScale.squareRoot() * rng.gaussian() }

func trueRating(_ u: Int, _ i: Int, _ rng: inout SplitMix64) -> Int {
    var x = 3.6 + userBias[u] + itemBias[i] + 0.45 * rng.gaussian()
    for f in 0..<rank { x += userFactors[u * rank + f] * itemFactors[i * rank + f] }
    return min(5, max(1, Int(x.rounded())))
}

/// A sampler of indices 0..<n with weight 1 / (position + 10) in a random permutation.
struct SkewedSampler {
    let order: [Int]
    let cumulative: [Double]

    init(_ n: Int, _ rng: inout SplitMix64) {
        var order = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
        var total = 0.0
        var cumulative: [Double] = []
        for r in 0..<n {
            total += 1.0 / Double(r + 10)
            cumulative.append(total)
        }
        self.order = order
        self.cumulative = cumulative
    }

    func sample(_ rng: inout SplitMix64) -> Int {
        let x = rng.unit() * cumulative[cumulative.count - 1]
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return order[lo]
    }
}

let userSampler = SkewedSampler(users, &rng)
let itemSampler = SkewedSampler(items, &rng)
// Cold users and items: never in the training ratings (at least one of each when P > 0).
var coldUser = [Bool](repeating: false, count: users)
var coldItem = [Bool](repeating: false, count: items)
// They are picked among the less active half, as new users and new titles are.
if coldPercent > 0 {
    for _ in 0..<max(1, users * coldPercent / 100) {
        coldUser[userSampler.order[users / 2 + rng.below(users - users / 2)]] = true
    }
    for _ in 0..<max(1, items * coldPercent / 100) {
        coldItem[itemSampler.order[items / 2 + rng.below(items - items / 2)]] = true
    }
}

// Draw distinct pairs; a pair touching a cold user or item can only be a query.
var taken = Set<Int>()
taken.reserveCapacity(ratingCount + queryCount)
var training: [(u: Int, i: Int, r: Int)] = []
var queries: [(u: Int, i: Int, r: Int)] = []
let queryShare = Double(queryCount) / Double(ratingCount + queryCount)
var attempts = 0
while training.count < ratingCount || queries.count < queryCount {
    attempts += 1
    precondition(attempts < 100 * (ratingCount + queryCount) + 1_000_000, "cannot place the pairs")
    // Mostly skewed draws, some uniform ones so that every user and item can appear.
    let u = rng.below(4) == 0 ? rng.below(users) : userSampler.sample(&rng)
    let i = rng.below(4) == 0 ? rng.below(items) : itemSampler.sample(&rng)
    let key = u * items + i
    if taken.contains(key) { continue }
    let isCold = coldUser[u] || coldItem[i]
    let wantsQuery = isCold || rng.unit() < queryShare
    if wantsQuery {
        if queries.count >= queryCount { continue }
        taken.insert(key)
        queries.append((u, i, trueRating(u, i, &rng)))
    } else {
        if training.count >= ratingCount { continue }
        taken.insert(key)
        training.append((u, i, trueRating(u, i, &rng)))
    }
}

var output: [UInt8] = []
func emit(_ text: String) { output += Array(text.utf8) }
if writeAnswer {
    output.reserveCapacity(queries.count * 2)
    for (query, line) in zip(queries, givenQueries) {
        precondition(line == "\(query.u + 1) \(query.i + 1)", "the input on stdin was not written by this generator")
        emit("\(query.r)\n")
    }
} else {
    output.reserveCapacity(ratingCount * 14 + queryCount * 12)
    emit("\(users) \(items) \(ratingCount)\n")
    for rating in training { emit("\(rating.u + 1) \(rating.i + 1) \(rating.r)\n") }
    emit("\(queryCount)\n")
    for query in queries { emit("\(query.u + 1) \(query.i + 1)\n") }
}
output.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
        let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
    }
}
