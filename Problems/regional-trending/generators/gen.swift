// Deterministic test generator for regional-trending. Writes one input to stdout.
//
//   gen --mode stream --lines N --w W --gap G --refresh-percent P <common>
//       N lines, each a refresh with probability P%, times advancing by 0..G seconds per line.
//   gen --mode live --views V --refreshes R <common>
//       V views at seconds 0..V-1 with W = V (all live at first), then R refreshes whose times
//       sweep forward by one window, so the window empties gradually.
//
//   <common> = --regions G --local L --local-percent H --titles T --id-max X
//              --unseen-percent U --seed S
//
// The 676 region codes AA..ZZ are shuffled; the first G get views, skewed so that a few regions
// are busy and many are small. Each viewed region has its own L local hits: a view picks one of
// them with probability H%, otherwise a title from the global pool of T. A refresh names a
// region without views with probability U%, else a viewed region (same skew). Title ids are
// distinct random values in 1...X. SplitMix64 seeded from --seed.

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
    /// Skewed towards 0: the product of two uniforms.
    mutating func skewed(_ bound: Int) -> Int { below(bound) * below(bound) / bound }
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
func put(_ value: Int) {
    if value == 0 { out.append(48); return }
    var digits: [UInt8] = []
    var v = value
    while v > 0 { digits.append(UInt8(48 + v % 10)); v /= 10 }
    out.append(contentsOf: digits.reversed())
}

var codes: [[UInt8]] = []
for a in UInt8(65)...90 {
    for b in UInt8(65)...90 { codes.append([a, b]) }
}
for i in stride(from: codes.count - 1, to: 0, by: -1) {
    codes.swapAt(i, rng.below(i + 1))
}
let viewed = option("regions")
precondition(viewed >= 1 && viewed < codes.count, "--regions must be in 1...675")

let idMax = option("id-max")
precondition(2 * (option("titles") + viewed * option("local")) <= idMax, "--id-max too small for distinct ids")
var seen = Set<Int>()
func freshId() -> Int {
    while true {
        let id = 1 + rng.below(idMax)
        if seen.insert(id).inserted { return id }
    }
}
let pool = (0..<option("titles")).map { _ in freshId() }
let localCount = option("local")
let local = (0..<viewed).map { _ in (0..<localCount).map { _ in freshId() } }
let localPercent = option("local-percent")
let unseenPercent = option("unseen-percent")

func view(_ t: Int) {
    let region = rng.skewed(viewed)
    let title =
        localCount > 0 && rng.below(100) < localPercent
        ? local[region][rng.skewed(localCount)] : pool[rng.skewed(pool.count)]
    out.append(contentsOf: [86, 32])  // "V "
    put(t)
    out.append(32)
    out.append(contentsOf: codes[region])
    out.append(32)
    put(title)
    out.append(10)
}
func refresh(_ t: Int) {
    let region = rng.below(100) < unseenPercent ? viewed + rng.below(codes.count - viewed) : rng.skewed(viewed)
    out.append(contentsOf: [81, 32])  // "Q "
    put(t)
    out.append(32)
    out.append(contentsOf: codes[region])
    out.append(10)
}

switch options["--mode"] {
case "stream":
    let lines = option("lines")
    let gap = option("gap")
    let percent = option("refresh-percent")
    put(lines); out.append(32); put(option("w")); out.append(10)
    var t = rng.below(1000)
    var refreshes = 0
    for index in 0..<lines {
        t += rng.below(gap + 1)
        if rng.below(100) < percent || (index == lines - 1 && refreshes == 0) {
            refresh(t)
            refreshes += 1
        } else {
            view(t)
        }
    }
case "live":
    let views = option("views")
    let refreshes = option("refreshes")
    put(views + refreshes); out.append(32); put(views); out.append(10)
    for t in 0..<views { view(t) }
    for j in 0..<refreshes { refresh(views - 1 + j * views / refreshes) }
default:
    fatalError("--mode must be stream or live")
}

out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { fatalError("write failed") }
        offset += written
    }
}
