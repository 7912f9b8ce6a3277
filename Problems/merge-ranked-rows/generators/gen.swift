// Deterministic test generator for merge-ranked-rows. Writes one input to stdout.
//
//   gen --rows K --min-len A --max-len B --empty-percent E --id-pool P --score-max X
//       --m M --seed S
//
// K rows; each is empty with probability E%, otherwise its length is uniform in A...B, cut so
// the total stays at most 2*10^5. Ids are drawn from a pool of P distinct random ids in
// 1...10^9 (a small pool makes titles repeat across rows), distinct within a row; scores are
// uniform in 0...X (a small X makes ties). Each row is sorted by score desc, id asc.
// M is the number printed after the rows; M = 0 means M = S, the total number of pairs.
// SplitMix64 seeded from --seed.

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
    /// Uniform in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

var options: [String: String] = [:]
var argIndex = 1
while argIndex + 1 < CommandLine.arguments.count {
    options[CommandLine.arguments[argIndex]] = CommandLine.arguments[argIndex + 1]
    argIndex += 2
}
func option(_ name: String) -> Int {
    guard let text = options["--" + name], let value = Int(text) else {
        fatalError("missing or bad --\(name)")
    }
    return value
}

let maxPairs = 200_000
var rng = SplitMix64(state: UInt64(option("seed")))
let rowCount = option("rows")
let minLength = option("min-len")
let maxLength = option("max-len")
let emptyPercent = option("empty-percent")
let scoreMax = option("score-max")

var seen = Set<Int>()
var pool: [Int] = []
while pool.count < option("id-pool") {
    let id = 1 + rng.below(1_000_000_000)
    if seen.insert(id).inserted { pool.append(id) }
}

var out: [UInt8] = []
out.reserveCapacity(8 << 20)
func put(_ value: Int) {
    if value == 0 { out.append(48); return }
    var digits: [UInt8] = []
    var v = value
    while v > 0 { digits.append(UInt8(48 + v % 10)); v /= 10 }
    out.append(contentsOf: digits.reversed())
}

put(rowCount)
out.append(10)
var total = 0
var inRow = Set<Int>()
for _ in 0..<rowCount {
    var length = 0
    if rng.below(100) >= emptyPercent {
        length = min(minLength + rng.below(maxLength - minLength + 1), maxPairs - total, pool.count)
    }
    var pairs: [(id: Int, score: Int)] = []
    inRow.removeAll(keepingCapacity: true)
    while pairs.count < length {
        let id = pool[rng.below(pool.count)]
        if inRow.insert(id).inserted {
            pairs.append((id, rng.below(scoreMax + 1)))
        }
    }
    pairs.sort { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    total += length
    put(length)
    for pair in pairs {
        out.append(32)
        put(pair.id)
        out.append(32)
        put(pair.score)
    }
    out.append(10)
}
precondition(total >= 1, "every row came out empty")
let m = option("m")
put(m == 0 ? total : min(m, total))
out.append(10)

out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { fatalError("write failed") }
        offset += written
    }
}
