// Top-K trending, offline: read the whole stream, compress the title ids (sorted, so a smaller
// index is a smaller id) and keep each title's count in the window in the leaves of a segment
// tree whose nodes hold the best leaf below them (most events, then smallest id). A queue of
// the events in the window expires those with t_e <= t - W at each refresh. A refresh takes the
// root K times, hiding each title it reports, then restores them.
// O(N log M + Q * K log M) time, O(N) memory, M = distinct titles.

enum Line {
    case event(time: Int, title: Int)
    case refresh(time: Int)
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, k, window) = (header[0], header[1], header[2])

var lines: [Line] = []
lines.reserveCapacity(n)
var titles: [Int] = []
for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    if parts[0] == "E" {
        let title = Int(parts[2])!
        lines.append(.event(time: time, title: title))
        titles.append(title)
    } else {
        lines.append(.refresh(time: time))
    }
}
titles.sort()
var distinct: [Int] = []
for title in titles where distinct.last != title {
    distinct.append(title)
}
var indexOf: [Int: Int] = [:]
indexOf.reserveCapacity(distinct.count)
for (index, title) in distinct.enumerated() {
    indexOf[title] = index
}

/// Counts per compressed title, and for every node the leaf that ranks first below it.
struct TopTree {
    var count: [Int]
    var best: [Int]
    let leaves: Int

    init(titles: Int) {
        var size = 1
        while size < titles { size *= 2 }
        leaves = size
        count = [Int](repeating: 0, count: size)
        // Padding leaves never win: their count stays at 0 and they are to the right of every title.
        best = [Int](repeating: 0, count: 2 * size)
        for leaf in 0..<size { best[size + leaf] = leaf }
        for node in stride(from: size - 1, through: 1, by: -1) {
            best[node] = better(best[2 * node], best[2 * node + 1])
        }
    }

    func better(_ a: Int, _ b: Int) -> Int {
        count[a] > count[b] || (count[a] == count[b] && a < b) ? a : b
    }

    mutating func set(_ leaf: Int, to value: Int) {
        count[leaf] = value
        var node = (leaves + leaf) / 2
        while node >= 1 {
            best[node] = better(best[2 * node], best[2 * node + 1])
            node /= 2
        }
    }

    var top: Int { best[1] }
}

var tree = TopTree(titles: max(distinct.count, 1))
var windowTimes: [Int] = []
var windowTitles: [Int] = []
var head = 0
var output: [String] = []

for line in lines {
    switch line {
    case let .event(time, title):
        let leaf = indexOf[title]!
        windowTimes.append(time)
        windowTitles.append(leaf)
        tree.set(leaf, to: tree.count[leaf] + 1)
    case let .refresh(time):
        while head < windowTimes.count && windowTimes[head] <= time - window {
            let leaf = windowTitles[head]
            tree.set(leaf, to: tree.count[leaf] - 1)
            head += 1
        }
        var row: [(leaf: Int, count: Int)] = []
        while row.count < k {
            let leaf = tree.top
            let count = tree.count[leaf]
            if count <= 0 { break }
            row.append((leaf, count))
            tree.set(leaf, to: -1)
        }
        for (leaf, count) in row {
            tree.set(leaf, to: count)
        }
        output.append(row.isEmpty ? "EMPTY" : row.map { String(distinct[$0.leaf]) }.joined(separator: " "))
    }
}
print(output.joined(separator: "\n"))
