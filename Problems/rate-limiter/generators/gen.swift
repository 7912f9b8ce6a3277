// Test-input generator for rate-limiter (Panel runs it; see generators/panel.yaml).
//
//   gen --n N --l L --w W --seed S [--clients K] [--skew M] [--min-len A --max-len B]
//       [--dt-min D0 --dt-max D1] [--burst PCT] [--jump PCT] [--t0 T]
//
// Writes `L W N` and N requests to stdout. The clients are K distinct random names over
// [a-z0-9] of length A..B (default 1..20); each request picks name index = the minimum of M
// uniform draws (--skew M, default 1; larger M makes the first clients busier). Times start
// at T (default 0) and grow by a uniform step in D0..D1 (default 0..W/4), except that a step
// is 0 with probability --burst% and W + a uniform step in 0..D1 with probability --jump%
// (a gap that empties every window). Times stop growing at 10^9.
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
    mutating func inRange(_ lo: Int, _ hi: Int) -> Int { lo + below(hi - lo + 1) }
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

let n = option("n")
let limit = option("l")
let window = option("w")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed")))
let clientCount = option("clients", 1)
let skew = option("skew", 1)
let minLength = option("min-len", 1)
let maxLength = option("max-len", 20)
let dtMin = option("dt-min", 0)
let dtMax = option("dt-max", max(window / 4, dtMin))
let burstPercent = option("burst", 0)
let jumpPercent = option("jump", 0)
var t = option("t0", 0)
let maxTime = 1_000_000_000
guard n >= 1, n <= 200_000, limit >= 1, limit <= 100_000, window >= 1, window <= maxTime, clientCount >= 1,
    skew >= 1, minLength >= 1, minLength <= maxLength, maxLength <= 20, dtMin >= 0, dtMin <= dtMax,
    t >= 0, t <= maxTime
else {
    fail("bad sizes")
}

let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
var names: [[UInt8]] = []
var taken = Set<[UInt8]>()
while names.count < clientCount {
    let name = (0..<rng.inRange(minLength, maxLength)).map { _ in alphabet[rng.below(alphabet.count)] }
    if taken.insert(name).inserted { names.append(name) }
}

var out: [UInt8] = []
out.reserveCapacity(n * 24 + 32)
out.append(contentsOf: "\(limit) \(window) \(n)\n".utf8)
for index in 0..<n {
    if index > 0 {
        let roll = rng.below(100)
        let step: Int
        if roll < burstPercent {
            step = 0
        } else if roll < burstPercent + jumpPercent {
            step = window + rng.inRange(0, dtMax)
        } else {
            step = rng.inRange(dtMin, dtMax)
        }
        t = min(maxTime, t + step)
    }
    var i = rng.below(clientCount)
    for _ in 1..<skew { i = min(i, rng.below(clientCount)) }
    out.append(contentsOf: "\(t) ".utf8)
    out.append(contentsOf: names[i])
    out.append(10)
}

var offset = 0
while offset < out.count {
    let written = out.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
    if written < 0 {
        if errno == EINTR { continue }
        fail("write failed (errno \(errno))")
    }
    offset += written
}
