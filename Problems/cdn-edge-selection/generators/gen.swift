// Test-input generator for cdn-edge-selection (Panel runs it; ICPC tools ignore generators/).
//
//   gen --edges E --q Q --latencies L --capacity C --health H --step S --duration D --seed SEED
//
// Edge e gets a latency uniform in 1..L (a small L makes many equal latencies) and a capacity
// uniform in 1..C. Each of the Q log lines advances the time by a uniform 0..S, then is a
// health change with probability H% (D or U, equally likely, for a uniform edge) and otherwise
// a request lasting a uniform 1..D seconds. The last line is always a request.
// Deterministic: SplitMix64 seeded from --seed; the text is built in memory and written once.

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
    /// Uniform in 1...bound (bound > 0); the modulo bias is irrelevant for test data.
    mutating func upTo(_ bound: Int) -> Int { 1 + Int(next() % UInt64(bound)) }
}

func argument(_ name: String) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let value = Int(args[i + 1]) else {
        fputs("gen: missing or bad \(name)\n", stderr)
        exit(2)
    }
    return value
}

let edges = argument("--edges")
let q = argument("--q")
let latencies = argument("--latencies")
let capacity = argument("--capacity")
let healthPercent = argument("--health")
let step = argument("--step")
let duration = argument("--duration")
var rng = SplitMix64(state: UInt64(argument("--seed")))

var out: [UInt8] = []
out.reserveCapacity(24 * (edges + q) + 32)
func put(_ value: Int) { out.append(contentsOf: String(value).utf8) }
func line(_ tag: UInt8?, _ a: Int, _ b: Int) {
    if let tag {
        out.append(tag)
        out.append(32)
    }
    put(a)
    out.append(32)
    put(b)
    out.append(10)
}

line(nil, edges, q)
for _ in 0..<edges { line(nil, rng.upTo(latencies), rng.upTo(capacity)) }
var time = 0
for index in 0..<q {
    time += rng.upTo(step + 1) - 1
    if index < q - 1 && rng.upTo(100) <= healthPercent {
        line(rng.upTo(2) == 1 ? 68 : 85, time, rng.upTo(edges))   // D or U
    } else {
        line(82, time, rng.upTo(duration))   // R
    }
}

out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 {
            fputs("gen: write failed\n", stderr)
            exit(2)
        }
        offset += written
    }
}
