// Test-input generator for watch-order-smallest (Panel runs it; ICPC tools ignore generators/).
//
//   gen --mode MODE --n N [--m M] --seed S
//
// Modes (edge lines are shuffled, so input order says nothing about the answer):
//   reverse-chain  N -> N-1 -> ... -> 1 (M = N-1): the smallest ready show is always the largest
//                  unwatched id, so scanning from id 1 costs O(N) per step.
//   random-dag     M random edges, each forward in a hidden random order of the shows.
//   chain-cycle    1 -> 2 -> ... -> N plus N -> N-3 and extra duplicate chain edges up to M:
//                  the contradiction sits at the far end of a 2*10^5-long chain.
//   dag-back-edge  a hidden random order chained through every show, M-N random forward edges,
//                  and one edge from the last show back to the tenth percentile: a long cycle.
//   dense          few shows, M edges with many duplicates, forward in a hidden order.
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
    mutating func shuffle<T>(_ a: inout [T]) {
        var i = a.count - 1
        while i > 0 {
            a.swapAt(i, below(i + 1))
            i -= 1
        }
    }
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

guard let mode = argument("--mode"), let n = argument("--n").flatMap({ Int($0) }),
    let seed = argument("--seed").flatMap({ UInt64($0) })
else { fail("usage: gen --mode MODE --n N [--m M] --seed S") }
let m = argument("--m").flatMap { Int($0) } ?? n
var rng = SplitMix64(state: seed)

/// `count` edges each going forward in `order` (no self-loops), spans up to `span` positions.
func forwardEdges(_ order: [Int], _ count: Int, span: Int) -> [(Int, Int)] {
    var edges: [(Int, Int)] = []
    edges.reserveCapacity(count)
    let size = order.count
    while edges.count < count {
        let i = rng.below(size - 1)
        let j = i + 1 + rng.below(min(span, size - 1 - i))
        edges.append((order[i], order[j]))
    }
    return edges
}

var edges: [(Int, Int)] = []
switch mode {
case "reverse-chain":
    for show in stride(from: n, to: 1, by: -1) { edges.append((show, show - 1)) }
case "random-dag":
    var order = Array(1...n)
    rng.shuffle(&order)
    edges = forwardEdges(order, m, span: 50)
case "chain-cycle":
    for show in 1..<n { edges.append((show, show + 1)) }
    edges.append((n, n - 3))
    while edges.count < m {
        let show = 1 + rng.below(n - 1)
        edges.append((show, show + 1))
    }
case "dag-back-edge":
    var order = Array(1...n)
    rng.shuffle(&order)
    // A spine through every show keeps the cycle long; the rest are random forward edges.
    for i in 0..<(n - 1) { edges.append((order[i], order[i + 1])) }
    edges += forwardEdges(order, max(0, m - n), span: 1000)
    edges.append((order[n - 1], order[n / 10]))
case "dense":
    var order = Array(1...n)
    rng.shuffle(&order)
    edges = forwardEdges(order, m, span: 4)
default:
    fail("unknown --mode \(mode)")
}
rng.shuffle(&edges)

var out: [UInt8] = []
out.reserveCapacity(16 * (edges.count + 1))
func put(_ value: Int) { out.append(contentsOf: String(value).utf8) }
put(n)
out.append(32)
put(edges.count)
out.append(10)
for (a, b) in edges {
    put(a)
    out.append(32)
    put(b)
    out.append(10)
}
out.withUnsafeBytes { raw in
    var offset = 0
    while offset < raw.count {
        let written = write(1, raw.baseAddress! + offset, raw.count - offset)
        if written <= 0 { fail("write failed") }
        offset += written
    }
}
