// Test-input generator for hit-counter (Panel runs it; the cases are listed in generators/panel.yaml).
//
//   gen --shape full-window --w W --hits H --counts K
//       H hits, one per second at t = 0 .. H-1, then K COUNTs at t = H-1 + (i+1)/2 for
//       i = 0 .. K-1: two COUNTs per second, walking the window forward. With W >= H every COUNT
//       sees most of the hits, so scanning the stored hits per COUNT costs H*K steps.
//       (No randomness; --seed is accepted and ignored.)
//
//   gen --shape walk --w W --q Q --seed S [--max-step D] [--hit-pct P] [--burst B]
//       Q lines with non-decreasing t starting at 0: before each line t grows by a random
//       0..D (default 40); the line is a burst of 1..B identical HITs (default B = 1) with
//       probability P% (default 70), otherwise one COUNT.
//
// Deterministic: SplitMix64 seeded from --seed; no other source of randomness. The output
// always ends with a COUNT, so every case has at least one.

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

let maxTime = 1_000_000_000
let window = option("w")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed", 0)))
guard (1...maxTime).contains(window) else { fail("need 1 <= W <= 10^9") }

// Lines as (isHit, t); the header needs their number first.
var lines: [(isHit: Bool, t: Int)] = []

switch shape {
case "full-window":
    let hits = option("hits")
    let counts = option("counts")
    guard hits >= 1, counts >= 1 else { fail("need --hits >= 1 and --counts >= 1") }
    for t in 0..<hits {
        lines.append((true, t))
    }
    for i in 0..<counts {
        lines.append((false, hits - 1 + (i + 1) / 2))
    }

case "walk":
    let q = option("q")
    let maxStep = option("max-step", 40)
    let hitPercent = option("hit-pct", 70)
    let burst = option("burst", 1)
    guard q >= 1, maxStep >= 0, burst >= 1 else { fail("bad --q/--max-step/--burst") }
    var t = 0
    while lines.count < q - 1 {
        t += rng.upTo(maxStep)
        if rng.percent(hitPercent) {
            for _ in 0..<min(1 + rng.below(burst), q - 1 - lines.count) {
                lines.append((true, t))
            }
        } else {
            lines.append((false, t))
        }
    }
    lines.append((false, t + rng.upTo(maxStep)))

default:
    fail("unknown --shape '\(shape)' (full-window, walk)")
}

guard lines.count <= 200_000, let last = lines.last, last.t <= maxTime else { fail("too many lines or t > 10^9") }

var out: [UInt8] = []
out.reserveCapacity(lines.count * 17 + 24)
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

emit(window)
emit(" ")
emit(lines.count)
emit("\n")
for line in lines {
    emit(line.isHit ? "HIT " : "COUNT ")
    emit(line.t)
    emit("\n")
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
