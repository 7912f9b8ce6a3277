// Approach: compress title ids, keep each title's count in a max segment tree ordered by (count desc,
// id asc), and expire events from a FIFO queue before every refresh. A refresh takes the best leaf K
// times, hiding each one, then puts the hidden leaves back.
// Complexity: O(log M) per event and O(K log M) per refresh, O((N + Q*K) log M) in all, M distinct titles.
// Edge cases: an event exactly W seconds old is out; a refresh before an event with the same second does
// not see it; ties go to the smaller id as a number; ids up to 1e9 never index an array; fewer than K
// live titles; nothing live prints EMPTY.

// Reading the whole input first lets me compress ids up front, so the tree has one leaf per title and
// slot order equals id order: "smaller slot" is the tie-break for free.

struct Leaderboard {
    private let size: Int
    private var counts: [Int]
    private var best: [Int]  // best slot in each subtree, -1 when every count in it is zero

    init(slots: Int) {
        var size = 1
        while size < slots {
            size *= 2
        }
        self.size = size
        counts = [Int](repeating: 0, count: size)
        best = [Int](repeating: -1, count: 2 * size)
    }

    private func better(_ a: Int, _ b: Int) -> Int {
        if a < 0 { return b }
        if b < 0 { return a }
        if counts[a] != counts[b] { return counts[a] > counts[b] ? a : b }
        return min(a, b)
    }

    func count(of slot: Int) -> Int { counts[slot] }

    mutating func set(_ slot: Int, to count: Int) {
        counts[slot] = count
        var node = slot + size
        best[node] = count > 0 ? slot : -1
        node /= 2
        while node >= 1 {
            best[node] = better(best[2 * node], best[2 * node + 1])
            node /= 2
        }
    }

    /// The best `k` slots, best first.
    mutating func top(_ k: Int) -> [Int] {
        var taken: [(slot: Int, count: Int)] = []
        while taken.count < k, best[1] >= 0 {
            let slot = best[1]
            taken.append((slot, counts[slot]))
            set(slot, to: 0)
        }
        for entry in taken {
            set(entry.slot, to: entry.count)
        }
        return taken.map(\.slot)
    }
}

guard let header = readLine()?.split(separator: " ").compactMap({ Int($0) }), header.count == 3 else {
    fatalError("expected N K W")
}
let (n, k, window) = (header[0], header[1], header[2])

var lines: [(isEvent: Bool, time: Int, title: Int)] = []
lines.reserveCapacity(n)
for _ in 0..<n {
    guard let line = readLine() else { break }
    let parts = line.split(separator: " ")
    let time = Int(parts[1]) ?? 0
    if parts[0] == "E" {
        lines.append((true, time, Int(parts[2]) ?? 0))
    } else {
        lines.append((false, time, 0))
    }
}

let ids = Array(Set(lines.lazy.filter(\.isEvent).map(\.title))).sorted()
var slotOf: [Int: Int] = [:]
slotOf.reserveCapacity(ids.count)
for (slot, id) in ids.enumerated() {
    slotOf[id] = slot
}

var board = Leaderboard(slots: max(1, ids.count))
var live: [(time: Int, slot: Int)] = []  // events in arrival order; live[head...] are in the window
live.reserveCapacity(n)
var head = 0
var output: [String] = []

for line in lines {
    if line.isEvent {
        let slot = slotOf[line.title] ?? 0
        board.set(slot, to: board.count(of: slot) + 1)
        live.append((line.time, slot))
        continue
    }
    while head < live.count, live[head].time <= line.time - window {
        let slot = live[head].slot
        board.set(slot, to: board.count(of: slot) - 1)
        head += 1
    }
    let row = board.top(k)
    output.append(row.isEmpty ? "EMPTY" : row.map { String(ids[$0]) }.joined(separator: " "))
}
print(output.joined(separator: "\n"))
