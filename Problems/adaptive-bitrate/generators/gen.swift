// Test-input generator for adaptive-bitrate (Panel runs it; ICPC tools ignore generators/).
//
//   gen --mode MODE --rungs L --n N --seed S [--segment D] [--bmax B] [--reservoir R] [--cushion C]
//
// Ladder: L strictly increasing bitrates spread evenly (with jitter) from 100 kbps to ~10^6 kbps,
// or a real-looking ladder of doubling bitrates when L <= 16.
// Modes (how the throughputs c_1..c_N are drawn):
//   steady   c_i = T * (70..130)%, with T the middle rung: the rate map pulls the buffer to the
//            level where f(b) = T, so most segments pick a rung near the middle of the ladder
//            (a linear walk up the ladder costs about L/2 steps per segment).
//   bursty   phases of 20..2000 segments, each at a random level between r_1/5 and 2*r_L,
//            with +-20% noise: stalls, full buffers and every part of the rate map.
//   extreme  c_i = 1 for 30% of the segments, else uniform in 1..10^6: downloads up to 10^12 ms,
//            so the totals need 64-bit integers.
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
    /// Uniform in 0..<bound (bound > 0); the modulo bias is irrelevant for test data.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    /// Uniform in range.
    mutating func within(_ range: ClosedRange<Int>) -> Int { range.lowerBound + below(range.count) }
}

func argument(_ name: String) -> String? {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func fail(_ message: String) -> Never {
    fputs("gen: \(message)\n", stderr)
    exit(2)
}

guard let mode = argument("--mode"), let rungs = argument("--rungs").flatMap({ Int($0) }),
    let n = argument("--n").flatMap({ Int($0) }), let seed = argument("--seed").flatMap({ UInt64($0) })
else { fail("usage: gen --mode MODE --rungs L --n N --seed S [--segment D] [--bmax B] [--reservoir R] [--cushion C]") }
let segmentMs = argument("--segment").flatMap { Int($0) } ?? 4000
let maxBufferMs = argument("--bmax").flatMap { Int($0) } ?? 240_000
let reservoirMs = argument("--reservoir").flatMap { Int($0) } ?? 30000
let cushionMs = argument("--cushion").flatMap { Int($0) } ?? 150_000
let maxValue = 1_000_000
var rng = SplitMix64(state: seed)

var ladder: [Int] = []
if rungs <= 16 {
    var rate = 235
    for _ in 0..<rungs {
        ladder.append(rate + rng.below(rate / 4))
        rate *= 2
    }
} else {
    let base = 100
    let step = (maxValue - base) / rungs
    for j in 0..<rungs { ladder.append(base + step * j + rng.below(step)) }
}
guard ladder.last! <= maxValue else { fail("ladder exceeds 10^6") }

var throughput: [Int] = []
throughput.reserveCapacity(n)
switch mode {
case "steady":
    let target = ladder[rungs / 2]
    for _ in 0..<n { throughput.append(max(1, min(maxValue, target * rng.within(70...130) / 100))) }
case "bursty":
    while throughput.count < n {
        let length = rng.within(20...2000)
        let level = rng.within(max(1, ladder[0] / 5)...min(maxValue, 2 * ladder[rungs - 1]))
        for _ in 0..<min(length, n - throughput.count) {
            throughput.append(max(1, min(maxValue, level * rng.within(80...120) / 100)))
        }
    }
case "extreme":
    for _ in 0..<n { throughput.append(rng.below(10) < 3 ? 1 : rng.within(1...maxValue)) }
default:
    fail("unknown --mode \(mode)")
}

var out: [UInt8] = []
out.reserveCapacity(8 * (rungs + n) + 64)
func put(_ value: Int) { out.append(contentsOf: String(value).utf8) }
func putLine(_ values: [Int]) {
    for (i, value) in values.enumerated() {
        if i > 0 { out.append(32) }
        put(value)
    }
    out.append(10)
}
putLine([rungs, segmentMs, maxBufferMs, reservoirMs, cushionMs])
putLine(ladder)
putLine([n])
putLine(throughput)
out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { fail("write failed") }
        offset += written
    }
}
