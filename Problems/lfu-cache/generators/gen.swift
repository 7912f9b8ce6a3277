// Test-input generator for lfu-cache (Panel runs it; see generators/panel.yaml).
//
//   gen --c C --q Q --seed S [--keys K] [--prefill P] [--get PCT] [--fresh PCT]
//       [--hot PCT] [--skew M] [--big 0|1] [--touch-all 0|1] [--echo PCT]
//       [--any 0|1]
//
// Writes `C Q` and Q operations to stdout. The first P operations PUT P distinct new keys.
// Every later operation is a GET with probability PCT% (default 50), otherwise a PUT. Its key
// is: the hot key with probability --hot% (default 0); else, for a PUT, a brand-new key never
// used before with probability --fresh% (default 0), which forces an eviction once the cache
// is full; else one of K pool keys (default 2*C + 1), index = the minimum of M uniform draws
// (--skew M, default 1), so larger M favours the first keys of the pool. With --big 1 keys and
// values are spread over 0..10^9, otherwise keys are small and values below 1000. With
// --touch-all 1 the prefill is followed by one GET of every prefilled key, in shuffled order,
// so all of them reach use count 2 with a last use unrelated to their insertion order. With
// --echo PCT, a PUT of a fresh key is followed by a GET of that key with probability PCT%.
// With --any 1 the K pool keys are replaced by every key created so far (pool and fresh).
// At least one GET is guaranteed (the last operation becomes one if needed).
//
// Deterministic: SplitMix64 seeded from --seed; no other source of randomness.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
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
    /// Uniform in 0..<n (n > 0); the modulo bias is irrelevant for test data.
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

func fail(_ message: String) -> Never {
    fputs("gen: \(message)\n", stderr)
    exit(2)
}

var options: [String: Int] = [:]
var argIndex = 1
let args = CommandLine.arguments
while argIndex < args.count {
    let name = args[argIndex]
    guard name.hasPrefix("--"), argIndex + 1 < args.count, let value = Int(args[argIndex + 1]) else {
        fail("expected --name <integer>, got '\(name)'")
    }
    options[String(name.dropFirst(2))] = value
    argIndex += 2
}
func option(_ name: String, _ fallback: Int? = nil) -> Int {
    guard let value = options[name] ?? fallback else { fail("missing --\(name)") }
    return value
}

let c = option("c")
let q = option("q")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed")))
let poolSize = option("keys", 2 * c + 1)
let prefill = option("prefill", 0)
let getPercent = option("get", 50)
let freshPercent = option("fresh", 0)
let hotPercent = option("hot", 0)
let skew = option("skew", 1)
let big = option("big", 0) != 0
let touchAll = option("touch-all", 0) != 0
let echoPercent = option("echo", 0)
let anyKey = option("any", 0) != 0
guard c >= 0, c <= 100_000, q >= 1, q <= 200_000, prefill < q, !touchAll || 2 * prefill < q, poolSize >= 1,
    skew >= 1
else {
    fail("bad sizes")
}

// Key i of the ever-growing key sequence: pool keys first, then fresh keys. With --big the
// sequence is a fixed random permutation-like spread over 0..10^9 (distinct: a bijective mix
// of i, reduced and de-duplicated on the fly).
var keyOf: [Int] = []
var used = Set<Int>()
func key(_ i: Int) -> Int {
    while keyOf.count <= i {
        if big {
            var k = rng.below(1_000_000_001)
            while used.contains(k) { k = rng.below(1_000_000_001) }
            used.insert(k)
            keyOf.append(k)
        } else {
            keyOf.append(keyOf.count)
        }
    }
    return keyOf[i]
}
func value() -> Int { big ? rng.below(1_000_000_001) : rng.below(1000) }

var nextFresh = poolSize           // index of the next never-used key
_ = key(poolSize - 1)              // fix the pool keys before anything else
let hotKey = key(0)

var out: [UInt8] = []
out.reserveCapacity(q * 24 + 16)
func emit(_ text: String) { out.append(contentsOf: text.utf8) }

emit("\(c) \(q)\n")
var gets = 0
var touches: [Int] = []             // GETs still to emit, last first
for index in 0..<q {
    if index < prefill {
        emit("PUT \(key(nextFresh)) \(value())\n")
        nextFresh += 1
        if touchAll && index == prefill - 1 {
            touches = (poolSize..<nextFresh).map(key)
            for i in stride(from: touches.count - 1, to: 0, by: -1) {     // Fisher-Yates
                touches.swapAt(i, rng.below(i + 1))
            }
        }
        continue
    }
    if let k = touches.popLast() {
        emit("GET \(k)\n")
        gets += 1
        continue
    }
    let isGet = (index == q - 1 && gets == 0) || rng.below(100) < getPercent
    var k: Int
    if rng.below(100) < hotPercent {
        k = hotKey
    } else if !isGet && rng.below(100) < freshPercent {
        k = key(nextFresh)
        nextFresh += 1
        if echoPercent > 0 && rng.below(100) < echoPercent { touches.append(k) }
    } else {
        let range = anyKey ? nextFresh : poolSize
        var i = rng.below(range)
        for _ in 1..<skew { i = min(i, rng.below(range)) }
        k = key(i)
    }
    if isGet {
        emit("GET \(k)\n")
        gets += 1
    } else {
        emit("PUT \(k) \(value())\n")
    }
}

var offset = 0
while offset < out.count {
    let n = out.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
    if n < 0 {
        if errno == EINTR { continue }
        fail("write failed (errno \(errno))")
    }
    offset += n
}
