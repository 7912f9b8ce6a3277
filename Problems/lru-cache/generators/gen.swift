// Test-input generator for lru-cache (Panel runs it; the cases are listed in generators/panel.yaml).
//
//   gen --shape full-mixed --c C --q Q --seed S [--maxv V]
//       PUTs of C distinct keys 0..C-1 in random order fill the cache, then Q - C operations:
//       30% GET of any key put so far (about half of them hit), 60% PUT of a new key (each one
//       evicts), 10% PUT of one of the C most recently introduced keys (an update that
//       refreshes while full, or a re-insert after eviction). Values are in 0...V (default 9).
//
//   gen --shape random --c C --q Q --keys K --seed S [--sparse 1] [--hot H --hot-pct P]
//       [--get-pct G] [--maxv V]
//       Q operations on a key set of K keys: 0..K-1, or with --sparse 1, K distinct keys drawn
//       from 0...10^9. Each operation picks one of the first H keys of the set with probability
//       P% (a hot set, default none), otherwise any key; it is a GET with probability G%
//       (default 50), otherwise a PUT of a value in 0...V (default 10^9).
//
// Deterministic: SplitMix64 seeded from --seed; no other source of randomness. The output
// always ends with a GET, so every case has at least one.

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
    mutating func upTo(_ n: Int) -> Int { below(n + 1) }
    mutating func percent(_ p: Int) -> Bool { below(100) < p }
}

func fail(_ message: String) -> Never {
    fputs("gen: \(message)\n", stderr)
    exit(2)
}

// --name value pairs; --shape takes a word, everything else an integer.
var shape = ""
var options: [String: Int] = [:]
let args = CommandLine.arguments
var argIndex = 1
while argIndex < args.count {
    let name = args[argIndex]
    guard name.hasPrefix("--"), argIndex + 1 < args.count else { fail("expected --name <value>, got '\(name)'") }
    let value = args[argIndex + 1]
    if name == "--shape" {
        shape = value
    } else if let number = Int(value) {
        options[String(name.dropFirst(2))] = number
    } else {
        fail("\(name) needs an integer, got '\(value)'")
    }
    argIndex += 2
}
func option(_ name: String, _ fallback: Int? = nil) -> Int {
    guard let value = options[name] ?? fallback else { fail("missing --\(name)") }
    return value
}

let maxKey = 1_000_000_000
let capacity = option("c")
let q = option("q")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed")))
guard (1...100_000).contains(capacity), (1...200_000).contains(q) else { fail("need 1 <= C <= 10^5, 1 <= Q <= 2*10^5") }

var out: [UInt8] = []
out.reserveCapacity(q * 26 + 16)
func emit(_ n: Int) {     // n >= 0
    var length = 1
    var power = 10
    while power <= n {
        length += 1
        power *= 10
    }
    var i = out.count + length
    out.append(contentsOf: repeatElement(UInt8(48), count: length))
    var x = n
    repeat {
        i -= 1
        out[i] = UInt8(48 + x % 10)
        x /= 10
    } while x > 0
}
func emit(_ text: StaticString) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
}
func get(_ key: Int) {
    emit("GET ")
    emit(key)
    emit("\n")
}
func put(_ key: Int, _ value: Int) {
    emit("PUT ")
    emit(key)
    emit(" ")
    emit(value)
    emit("\n")
}

emit(capacity)
emit(" ")
emit(q)
emit("\n")

switch shape {
case "full-mixed":
    let maxValue = option("maxv", 9)
    guard q > capacity else { fail("full-mixed needs Q > C") }
    var fill = Array(0..<capacity)
    for i in stride(from: fill.count - 1, to: 0, by: -1) {
        fill.swapAt(i, rng.upTo(i))
    }
    for key in fill {
        put(key, rng.upTo(maxValue))
    }
    var nextKey = capacity
    for i in capacity..<q {
        let roll = rng.below(100)
        if roll < 30 || i == q - 1 {
            get(rng.below(nextKey))
        } else if roll < 90 {
            put(nextKey, rng.upTo(maxValue))
            nextKey += 1
        } else {
            put(nextKey - capacity + rng.below(capacity), rng.upTo(maxValue))
        }
    }

case "random":
    let keyCount = option("keys")
    let hot = option("hot", 0)
    let hotPercent = option("hot-pct", 0)
    let getPercent = option("get-pct", 50)
    let maxValue = option("maxv", maxKey)
    guard keyCount >= 1, hot <= keyCount, keyCount <= maxKey + 1 else { fail("bad --keys/--hot") }
    var keys: [Int]
    if option("sparse", 0) == 1 {
        var seen = Set<Int>()
        keys = []
        while keys.count < keyCount {
            let key = rng.upTo(maxKey)
            if seen.insert(key).inserted { keys.append(key) }
        }
    } else {
        keys = Array(0..<keyCount)
    }
    for i in 0..<q {
        let key = hot > 0 && rng.percent(hotPercent) ? keys[rng.below(hot)] : keys[rng.below(keyCount)]
        if rng.percent(getPercent) || i == q - 1 {
            get(key)
        } else {
            put(key, rng.upTo(maxValue))
        }
    }

default:
    fail("unknown --shape '\(shape)' (full-mixed, random)")
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
