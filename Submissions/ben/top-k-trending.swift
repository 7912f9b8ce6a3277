// Top-K trending, as I would talk it through:
//
// Approach: a dictionary of live counts per title, a FIFO of live events to expire from the
// front, and a max-heap of (count, id) snapshots with lazy deletion. Every count change pushes
// a fresh snapshot; a refresh pops until it has K snapshots that still match the live counts
// (stale ones are dropped for good), then pushes those K back.
// Complexity: O(log H) per event and O(K log H) per refresh plus the stale pops, which are
// paid for by the pushes: O((N + Q*K) log N) overall, H the heap size.
// Edge cases: the window is (t - W, t], so an event exactly W old is gone; expiry happens at
// refresh time, not only when events arrive; ties break on the numeric id, smaller first;
// ids up to 1e9 live in a dictionary; fewer than K titles, or none (EMPTY).

struct Snapshot {
    let count: Int
    let id: Int

    /// Ranks higher: more events, then the smaller id.
    func outranks(_ other: Snapshot) -> Bool {
        count != other.count ? count > other.count : id < other.id
    }
}

struct MaxHeap {
    private var items: [Snapshot] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ item: Snapshot) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].outranks(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Snapshot? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var best = parent
                if left < items.count, items[left].outranks(items[best]) { best = left }
                if right < items.count, items[right].outranks(items[best]) { best = right }
                if best == parent { break }
                items.swapAt(parent, best)
                parent = best
            }
        }
        return top
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let lineCount = header[0]
let k = header[1]
let window = header[2]

var liveCount: [Int: Int] = [:]
var events: [(time: Int, id: Int)] = []
var oldest = 0
var heap = MaxHeap()
var output: [String] = []

func change(_ id: Int, by delta: Int) {
    let count = liveCount[id, default: 0] + delta
    liveCount[id] = count == 0 ? nil : count
    if count > 0 {
        heap.push(Snapshot(count: count, id: id))
    }
}

for _ in 0..<lineCount {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    if parts[0] == "E" {
        let id = Int(parts[2])!
        events.append((time, id))
        change(id, by: 1)
        continue
    }
    while oldest < events.count && events[oldest].time <= time - window {
        change(events[oldest].id, by: -1)
        oldest += 1
    }
    var row: [Snapshot] = []
    while row.count < k, let top = heap.pop() {
        let current = liveCount[top.id] == top.count
        if current && !row.contains(where: { $0.id == top.id }) {
            row.append(top)
        }
    }
    for snapshot in row {
        heap.push(snapshot)
    }
    output.append(row.isEmpty ? "EMPTY" : row.map { String($0.id) }.joined(separator: " "))
}

print(output.joined(separator: "\n"))
