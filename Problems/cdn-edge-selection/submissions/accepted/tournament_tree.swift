// CDN edge selection with a tournament tree (segment tree) over the edges: each node holds the
// best edge of its range that can take a stream (healthy, with a free slot), by latency, then
// most free slots, then smallest id, or 0 for none. A request reads the root and updates one
// leaf path; a health change or a released stream updates one path too. Streams in progress
// wait in a min-heap by end time. O(E + Q log E + Q log Q).

struct EdgeTree {
    var latency: [Int]
    var free: [Int]
    var healthy: [Bool]
    private var size = 2   // at least 2, so the root is never a leaf and always filters
    private var tree: [Int]

    /// Edges 1...E with their latencies and capacities (index 0 unused), all healthy and empty.
    init(latency: [Int], capacity: [Int]) {
        self.latency = latency
        free = capacity
        healthy = [Bool](repeating: true, count: latency.count)
        let edgeCount = latency.count - 1
        while size < edgeCount { size *= 2 }
        tree = [Int](repeating: 0, count: 2 * size)
        for edge in 1...edgeCount { tree[size + edge - 1] = edge }
        for node in stride(from: size - 1, through: 1, by: -1) {
            tree[node] = better(tree[2 * node], tree[2 * node + 1])
        }
    }

    /// The edge the next request goes to, or 0 when none can take it.
    var best: Int { tree[1] }

    func available(_ e: Int) -> Bool { e != 0 && healthy[e] && free[e] > 0 }

    /// The better of two edges (0 = none) for the next stream.
    func better(_ a: Int, _ b: Int) -> Int {
        if !available(a) { return available(b) ? b : 0 }
        if !available(b) { return a }
        if latency[a] != latency[b] { return latency[a] < latency[b] ? a : b }
        if free[a] != free[b] { return free[a] > free[b] ? a : b }
        return min(a, b)
    }

    /// Recomputes the path above an edge whose state changed.
    mutating func refresh(_ edge: Int) {
        var node = (size + edge - 1) / 2
        while node >= 1 {
            tree[node] = better(tree[2 * node], tree[2 * node + 1])
            node /= 2
        }
    }
}

/// Min-heap of (end time, edge) for the streams in progress.
struct Endings {
    private var items: [(time: Int, edge: Int)] = []

    var firstTime: Int? { items.first?.time }

    mutating func push(_ time: Int, _ edge: Int) {
        items.append((time, edge))
        var i = items.count - 1
        while i > 0 && items[(i - 1) / 2].time > items[i].time {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func popEdge() -> Int {
        let edge = items[0].edge
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let left = 2 * i + 1
                let right = left + 1
                var smallest = i
                if left < items.count && items[left].time < items[smallest].time { smallest = left }
                if right < items.count && items[right].time < items[smallest].time { smallest = right }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return edge
    }
}

func solve() {
    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let edgeCount = header[0]
    let lineCount = header[1]
    var latency = [Int](repeating: 0, count: edgeCount + 1)
    var capacity = [Int](repeating: 0, count: edgeCount + 1)
    for edge in 1...edgeCount {
        let parts = readLine()!.split(separator: " ")
        latency[edge] = Int(parts[0])!
        capacity[edge] = Int(parts[1])!
    }
    var edges = EdgeTree(latency: latency, capacity: capacity)
    var endings = Endings()
    var output: [String] = []
    for _ in 0..<lineCount {
        let parts = readLine()!.split(separator: " ")
        let time = Int(parts[1])!
        while let first = endings.firstTime, first <= time {
            let edge = endings.popEdge()
            edges.free[edge] += 1
            edges.refresh(edge)
        }
        switch parts[0] {
        case "R":
            let best = edges.best
            if best == 0 {
                output.append("REJECT")
            } else {
                edges.free[best] -= 1
                edges.refresh(best)
                endings.push(time + Int(parts[2])!, best)
                output.append(String(best))
            }
        case "D":
            let edge = Int(parts[2])!
            edges.healthy[edge] = false
            edges.refresh(edge)
        default:
            let edge = Int(parts[2])!
            edges.healthy[edge] = true
            edges.refresh(edge)
        }
    }
    print(output.joined(separator: "\n"))
}

solve()
