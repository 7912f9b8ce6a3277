enum Line {
    case event(time: Int, title: Int)
    case refresh(time: Int)
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (lineCount, k, window) = (header[0], header[1], header[2])

var input: [Line] = []
input.reserveCapacity(lineCount)
var titles: [Int] = []
for _ in 0..<lineCount {
    let words = readLine()!.split(separator: " ")
    if words[0] == "E" {
        let title = Int(words[2])!
        input.append(.event(time: Int(words[1])!, title: title))
        titles.append(title)
    } else {
        input.append(.refresh(time: Int(words[1])!))
    }
}
titles = Array(Set(titles)).sorted()
var rank: [Int: Int] = [:]
for (index, title) in titles.enumerated() {
    rank[title] = index
}

// An iterative segment tree over title ranks: each node holds the best rank below it (most
// events, then smallest rank, which is the smallest id), or -1.
struct TrendingTree {
    private let width: Int
    private var count: [Int]
    private var best: [Int]

    init(titles: Int) {
        var width = 1
        while width < max(1, titles) {
            width <<= 1
        }
        self.width = width
        count = [Int](repeating: 0, count: width)
        best = [Int](repeating: -1, count: 2 * width)
    }

    private func beats(_ a: Int, _ b: Int) -> Bool {
        if b < 0 { return a >= 0 }
        if a < 0 { return false }
        return count[a] > count[b] || (count[a] == count[b] && a < b)
    }

    mutating func add(_ title: Int, _ delta: Int) {
        count[title] += delta
        var node = title + width
        best[node] = count[title] > 0 ? title : -1
        node >>= 1
        while node > 0 {
            let left = best[2 * node]
            let right = best[2 * node + 1]
            best[node] = beats(right, left) ? right : left
            node >>= 1
        }
    }

    /// Best-first walk: a heap of tree nodes keyed by their best title; leaves come out in rank order.
    mutating func top(_ limit: Int) -> [Int] {
        heap.removeAll(keepingCapacity: true)
        if best[1] >= 0 { heap.append(1) }
        var result: [Int] = []
        while result.count < limit, let node = heap.first {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            siftDown()
            if node >= width {
                result.append(node - width)
                continue
            }
            for child in 2 * node...2 * node + 1 where best[child] >= 0 {
                heap.append(child)
                siftUp()
            }
        }
        return result
    }

    private var heap: [Int] = []

    private func higher(_ i: Int, _ j: Int) -> Bool { beats(best[heap[i]], best[heap[j]]) }

    private mutating func siftUp() {
        var j = heap.count - 1
        while j > 0 && higher(j, (j - 1) / 2) {
            heap.swapAt(j, (j - 1) / 2)
            j = (j - 1) / 2
        }
    }

    private mutating func siftDown() {
        var i = 0
        while true {
            let left = 2 * i + 1
            var top = i
            if left < heap.count && higher(left, top) { top = left }
            if left + 1 < heap.count && higher(left + 1, top) { top = left + 1 }
            if top == i { return }
            heap.swapAt(i, top)
            i = top
        }
    }
}

var tree = TrendingTree(titles: titles.count)
var live: [(time: Int, title: Int)] = []
var expired = 0
var out: [String] = []
for line in input {
    switch line {
    case .event(let time, let title):
        let r = rank[title]!
        live.append((time, r))
        tree.add(r, 1)
    case .refresh(let time):
        while expired < live.count && live[expired].time <= time - window {
            tree.add(live[expired].title, -1)
            expired += 1
        }
        let row = tree.top(k)
        out.append(row.isEmpty ? "EMPTY" : row.map { String(titles[$0]) }.joined(separator: " "))
    }
}
print(out.joined(separator: "\n"))
