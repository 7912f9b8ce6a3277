// Watch order, smallest first: Kahn's algorithm where the ready set is a two-level bitset over
// show ids (one bit per show, one summary bit per 64-bit word), so "smallest ready show" is a
// find-first-set over the summary and then over one word. O(M + N * N/4096) word steps, which
// is a few million for N = 2*10^5: the summary scan is tiny, so no heap is needed.
// Duplicate dependencies count in the in-degree, so they are released by as many decrements.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [[Int]](repeating: [], count: n + 1)
var waitingOn = [Int](repeating: 0, count: n + 1)
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].append(b)
    waitingOn[b] += 1
}

/// Ready shows: bit `show % 64` of `words[show / 64]`; bit `w % 64` of `summary[w / 64]` is set
/// when `words[w]` is non-zero.
struct ReadySet {
    var words: [UInt64]
    var summary: [UInt64]

    init(capacity: Int) {
        words = [UInt64](repeating: 0, count: capacity / 64 + 1)
        summary = [UInt64](repeating: 0, count: words.count / 64 + 1)
    }

    mutating func insert(_ show: Int) {
        words[show >> 6] |= 1 << UInt64(show & 63)
        summary[show >> 12] |= 1 << UInt64((show >> 6) & 63)
    }

    /// Removes and returns the smallest member, or nil when empty.
    mutating func popSmallest() -> Int? {
        guard let s = summary.firstIndex(where: { $0 != 0 }) else { return nil }
        let w = s << 6 + summary[s].trailingZeroBitCount
        let show = w << 6 + words[w].trailingZeroBitCount
        words[w] &= words[w] - 1
        if words[w] == 0 {
            summary[s] &= ~(1 << UInt64(w & 63))
        }
        return show
    }
}

var ready = ReadySet(capacity: n + 1)
for show in 1...n where waitingOn[show] == 0 {
    ready.insert(show)
}
var order: [Int] = []
order.reserveCapacity(n)
while let show = ready.popSmallest() {
    order.append(show)
    for later in next[show] {
        waitingOn[later] -= 1
        if waitingOn[later] == 0 {
            ready.insert(later)
        }
    }
}

print(order.count == n ? order.map(String.init).joined(separator: " ") : "CYCLE")
