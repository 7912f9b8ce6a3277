// Test-input generator for watch-order (Panel runs it; the cases are listed in generators/panel.yaml).
//
//   gen --shape chain-cycle --n N --seed S
//       One chain v1 -> v2 -> ... -> vN with v1 = 1 and the other labels shuffled, plus the
//       edge vN -> v(N-1) that closes a 2-cycle at the chain's far end (M = N). Depth-first
//       search from show 1 goes N deep; the answer is that short cycle.
//
//   gen --shape dag --n N --m M --seed S [--span D]
//       M random edges that all go forward in a hidden random order p1, p2, ..., pN of the
//       shows: p_i -> p_j with i < j <= i + D (default D = N, any later show). Duplicate edges
//       may occur; there is no cycle.
//
// Edge lines are printed in random order. Deterministic: SplitMix64 seeded from --seed; no
// other source of randomness.

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
    mutating func shuffle<T>(_ items: inout [T]) {
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, upTo(i))
        }
    }
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

let n = option("n")
var rng = SplitMix64(state: UInt64(truncatingIfNeeded: option("seed")))
guard (2...200_000).contains(n) else { fail("need 2 <= N <= 2*10^5") }

var edges: [(from: Int, to: Int)] = []

switch shape {
case "chain-cycle":
    var labels = Array(2...n)
    rng.shuffle(&labels)
    let chain = [1] + labels
    for i in 0..<(n - 1) {
        edges.append((chain[i], chain[i + 1]))
    }
    edges.append((chain[n - 1], chain[n - 2]))

case "dag":
    let m = option("m")
    let span = option("span", n)
    guard m >= 0, span >= 1 else { fail("bad --m/--span") }
    var order = Array(1...n)
    rng.shuffle(&order)
    for _ in 0..<m {
        let i = rng.below(n - 1)
        let j = i + 1 + rng.below(min(n - 1, i + span) - i)
        edges.append((order[i], order[j]))
    }

default:
    fail("unknown --shape '\(shape)' (chain-cycle, dag)")
}

guard edges.count <= 200_000 else { fail("M > 2*10^5") }
rng.shuffle(&edges)

var out: [UInt8] = []
out.reserveCapacity(edges.count * 14 + 16)
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

emit(n)
out.append(32)
emit(edges.count)
out.append(10)
for edge in edges {
    emit(edge.from)
    out.append(32)
    emit(edge.to)
    out.append(10)
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
