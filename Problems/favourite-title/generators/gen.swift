// Test-data generator for favourite-title: the interactor's hidden data.
//
//   gen --n N --seed S [--mode random|favourite-last|favourite-first|ascending|descending]
//
// Writes `N` and the user's preference order (a permutation of 1..N, most preferred first) to
// stdout. Deterministic: a SplitMix64 seeded from --seed drives a Fisher-Yates shuffle.
// Modes: `random` (a uniform permutation), `favourite-last` (random, but title N is the
// favourite), `favourite-first` (random, title 1 is the favourite), `ascending` (1 is the
// favourite, then 2, ...: the first title wins every question), `descending` (N is the
// favourite, then N-1, ...: every challenger wins).

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
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

func argument(_ name: String, _ fallback: String? = nil) -> String {
    let args = CommandLine.arguments
    if let i = args.firstIndex(of: name), i + 1 < args.count { return args[i + 1] }
    if let fallback { return fallback }
    fatalError("missing \(name)")
}

let n = Int(argument("--n"))!
let mode = argument("--mode", "random")
var rng = SplitMix64(state: UInt64(argument("--seed"))! &* 0x2545_F491_4F6C_DD1D)

var order = Array(1...n)
switch mode {
case "ascending":
    break
case "descending":
    order.reverse()
default:
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, rng.below(i + 1)) }
    let favourite = mode == "favourite-last" ? n : mode == "favourite-first" ? 1 : order[0]
    let at = order.firstIndex(of: favourite)!
    order.swapAt(0, at)
}

var output = Array("\(n)\n".utf8)
for (i, title) in order.enumerated() {
    if i > 0 { output.append(32) }
    output += Array(String(title).utf8)
}
output.append(10)
output.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
        let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { break }
        offset += written
    }
}
