// Test-input generator for continue-watching (Panel runs it; ICPC tools ignore generators/).
//
//   gen --n N --profiles P --titles T --prefill F --query Q --finish X --tspan S --seed SEED
//
// Profile and title ids are distinct random ids in 1..10^9 (P profiles, a pool of T titles).
// The first F lines are progress events, each for a new (profile, title) pair, so a profile's
// row starts large. Every later line is a request `L p k` with probability Q%, a finish with
// probability X%, and otherwise a progress event; its profile and title are drawn from the
// pools, its timestamp uniformly from 0..S (so events arrive out of order, and a small S makes
// many ties), its position from 0..10^6 (half of the time from 0..3, for position ties), and k
// from 1..10. The last line is always a request.
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
}

func argument(_ name: String) -> Int {
    let args = CommandLine.arguments
    guard let i = args.firstIndex(of: name), i + 1 < args.count, let value = Int(args[i + 1]) else {
        fputs("gen: missing or bad \(name)\n", stderr)
        exit(2)
    }
    return value
}

let n = argument("--n")
let profileCount = argument("--profiles")
let titleCount = argument("--titles")
let prefill = argument("--prefill")
let queryPercent = argument("--query")
let finishPercent = argument("--finish")
let timeSpan = argument("--tspan")
var rng = SplitMix64(state: UInt64(argument("--seed")))

/// `count` distinct ids in 1...10^9, in random order.
func distinctIds(_ count: Int) -> [Int] {
    var seen = Set<Int>()
    var ids: [Int] = []
    while ids.count < count {
        let id = 1 + rng.below(1_000_000_000)
        if seen.insert(id).inserted { ids.append(id) }
    }
    return ids
}
let profiles = distinctIds(profileCount)
let titles = distinctIds(titleCount)

var out: [UInt8] = []
out.reserveCapacity(40 * n + 16)
func put(_ value: Int) { out.append(contentsOf: String(value).utf8) }
func field(_ value: Int) {
    out.append(32)
    put(value)
}
func time() -> Int { rng.below(timeSpan + 1) }
func position() -> Int { rng.below(2) == 0 ? rng.below(4) : rng.below(1_000_001) }
func request(_ profile: Int) {
    out.append(76)   // L
    field(profile)
    field(1 + rng.below(10))
    out.append(10)
}

put(n)
out.append(10)
for i in 0..<(n - 1) {
    if i < prefill {
        // A new pair: profile i % P with the (i / P)-th title of the pool.
        out.append(80)   // P
        field(time())
        field(profiles[i % profileCount])
        field(titles[(i / profileCount) % titleCount])
        field(position())
        out.append(10)
        continue
    }
    let roll = rng.below(100)
    let profile = profiles[rng.below(profileCount)]
    if roll < queryPercent {
        request(profile)
    } else if roll < queryPercent + finishPercent {
        out.append(70)   // F
        field(time())
        field(profile)
        field(titles[rng.below(titleCount)])
        out.append(10)
    } else {
        out.append(80)   // P
        field(time())
        field(profile)
        field(titles[rng.below(titleCount)])
        field(position())
        out.append(10)
    }
}
request(profiles[rng.below(profileCount)])

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
