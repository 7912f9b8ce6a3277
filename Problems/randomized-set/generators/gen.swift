// Test-input generator for randomized-set (Panel runs it; see generators/panel.yaml).
//
//   gen --q Q --seed S [--prefill P] [--ins A --del B --rnd C] [--del-present PCT]
//       [--pool K] [--lo L --hi H] [--big-r PCT]
//
// Writes Q operations to stdout. The first P operations insert P distinct new values; each
// later operation is INS, DEL or RND with weights A : B : C (RND only while the set is not
// empty). A DEL names a current member with probability PCT% (default 50), otherwise a random
// value (usually missing). Values are drawn uniformly from [L, H] (default the whole Int32
// range), or, with --pool K > 0, from K fixed values drawn that way, so that duplicate
// inserts and re-inserts are frequent. RND's r is below 2^63 with probability PCT%
// (default 50) and below 10^6 otherwise.
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
    mutating func inRange(_ lo: Int, _ hi: Int) -> Int { lo + Int(next() % UInt64(hi - lo + 1)) }
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

let q = option("q")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed")))
let prefill = option("prefill", 0)
let weightIns = option("ins", 1)
let weightDel = option("del", 1)
let weightRnd = option("rnd", 1)
let delPresent = option("del-present", 50)
let poolSize = option("pool", 0)
let lo = option("lo", -2_147_483_648)
let hi = option("hi", 2_147_483_647)
let bigR = option("big-r", 50)
guard q >= 1, q <= 200_000, prefill <= q, lo <= hi, lo >= -2_147_483_648, hi <= 2_147_483_647 else {
    fail("bad sizes")
}

let pool: [Int] = (0..<poolSize).map { _ in rng.inRange(lo, hi) }
func randomValue() -> Int { poolSize > 0 ? pool[rng.below(poolSize)] : rng.inRange(lo, hi) }

// The set as the statement defines it, to know the members and whether RND is allowed.
var members: [Int] = []
var indexOf: [Int: Int] = [:]

var out: [UInt8] = []
out.reserveCapacity(q * 24 + 16)
func emit(_ text: String) { out.append(contentsOf: text.utf8) }

emit("\(q)\n")
var written = 0
while written < prefill {
    let x = randomValue()
    if indexOf[x] != nil { continue }
    indexOf[x] = members.count
    members.append(x)
    emit("INS \(x)\n")
    written += 1
}
let totalWeight = weightIns + weightDel + weightRnd
while written < q {
    var roll = rng.below(totalWeight)
    if roll >= weightIns + weightDel && members.isEmpty { roll = 0 }   // RND needs a member
    if roll < weightIns {
        let x = randomValue()
        if indexOf[x] == nil {
            indexOf[x] = members.count
            members.append(x)
        }
        emit("INS \(x)\n")
    } else if roll < weightIns + weightDel {
        let x = !members.isEmpty && rng.below(100) < delPresent ? members[rng.below(members.count)] : randomValue()
        if let i = indexOf.removeValue(forKey: x) {
            let last = members.removeLast()
            if last != x {
                members[i] = last
                indexOf[last] = i
            }
        }
        emit("DEL \(x)\n")
    } else {
        let r = rng.below(100) < bigR ? Int(rng.next() >> 1) : rng.below(1_000_000)
        emit("RND \(r)\n")
    }
    written += 1
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
