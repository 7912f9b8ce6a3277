// Deterministic test generator for top-k-trending. Writes one input to stdout.
//
//   gen --mode live   --events E --refreshes R --titles T --hot-percent H --k K --seed S
//       E events at seconds 0..E-1 with W = E (all live at first), then R refreshes whose times
//       sweep forward by one window, so the window empties gradually. H% of the events pick
//       among a hot set of 1000 titles, the rest uniformly among T: with T = 10^6, about 10^5
//       distinct titles are live at once.
//   gen --mode stream --lines N --w W --gap G --refresh-percent P --titles T --k K --seed S
//       N lines, each a refresh with probability P%, times advancing by 0..G seconds per line;
//       titles skewed (a few hot, a long tail of T).
//   gen --mode bursts --seconds S --burst B --k K --seed S
//       W = 1: every second brings B events of distinct titles (all tied at count 1), with a
//       refresh before, inside and after the burst; the window empties every second.
//
// Title ids are distinct random values in 1...10^9. SplitMix64 seeded from --seed.

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

var rng = SplitMix64(state: UInt64(option("seed")))
var out: [UInt8] = []
out.reserveCapacity(8 << 20)

func put(_ text: StaticString) {
    text.withUTF8Buffer { out.append(contentsOf: $0) }
}
func put(_ value: Int) {
    if value == 0 { out.append(48); return }
    var digits: [UInt8] = []
    var v = value
    while v > 0 { digits.append(UInt8(48 + v % 10)); v /= 10 }
    out.append(contentsOf: digits.reversed())
}
func header(_ n: Int, _ k: Int, _ w: Int) {
    put(n); put(" "); put(k); put(" "); put(w); put("\n")
}
func event(_ t: Int, _ m: Int) {
    put("E "); put(t); put(" "); put(m); put("\n")
}
func refresh(_ t: Int) {
    put("Q "); put(t); put("\n")
}

/// `count` distinct random title ids in 1...10^9.
func titleIds(_ count: Int) -> [Int] {
    var seen = Set<Int>()
    var ids: [Int] = []
    while ids.count < count {
        let id = 1 + rng.below(1_000_000_000)
        if seen.insert(id).inserted { ids.append(id) }
    }
    return ids
}

switch options["--mode"] {
case "live":
    let events = option("events")
    let refreshes = option("refreshes")
    let titles = titleIds(option("titles"))
    let hot = min(1000, titles.count)
    let hotPercent = option("hot-percent")
    let w = events
    header(events + refreshes, option("k"), w)
    for t in 0..<events {
        let m = rng.below(100) < hotPercent ? titles[rng.below(hot)] : titles[rng.below(titles.count)]
        event(t, m)
    }
    for j in 0..<refreshes {
        refresh(events - 1 + j * w / refreshes)
    }
case "stream":
    let lines = option("lines")
    let gap = option("gap")
    let percent = option("refresh-percent")
    let titles = titleIds(option("titles"))
    header(lines, option("k"), option("w"))
    var t = rng.below(1000)
    for _ in 0..<lines {
        t += rng.below(gap + 1)
        if rng.below(100) < percent {
            refresh(t)
        } else {
            // Skewed: the product of two uniforms favours small indices, so a few titles are hot.
            let index = rng.below(titles.count) * rng.below(titles.count) / titles.count
            event(t, titles[index])
        }
    }
case "bursts":
    let seconds = option("seconds")
    let burst = option("burst")
    let titles = titleIds(burst * 4)
    header(seconds * (burst + 3), option("k"), 1)
    for second in 0..<seconds {
        let t = 1000 * second + rng.below(1000)
        refresh(t)
        let start = rng.below(titles.count - burst + 1)
        for i in 0..<burst {
            event(t, titles[start + i])
            if i == burst / 2 { refresh(t) }
        }
        refresh(t)
    }
default:
    fatalError("--mode must be live, stream or bursts")
}

out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { fatalError("write failed") }
        offset += written
    }
}
