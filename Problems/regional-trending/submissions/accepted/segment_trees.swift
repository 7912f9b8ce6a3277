// Regional Top 10, offline: read the whole stream and compress the title ids, globally and per
// region (sorted, so a smaller index is a smaller id). Counts in the window live in the leaves of
// segment trees whose nodes hold the best leaf below them (most views, then smallest id): one
// tree over all titles, and one per region over that region's titles. A queue of the views in
// the window expires those with t_v <= t - W from both trees. A refresh takes the best leaf up
// to 10 times from the region's tree, then from the global tree (skipping titles already in the
// row), hiding each leaf it takes, and restores them afterwards.
// O(N log N + 20 Q log N) time, O(N) memory.

/// Counts per leaf, and for every node the leaf that ranks first below it.
struct TopTree {
    var count: [Int]
    var best: [Int]
    let leaves: Int

    init(size: Int) {
        var leaves = 1
        while leaves < size { leaves *= 2 }
        self.leaves = leaves
        count = [Int](repeating: 0, count: leaves)
        // Padding leaves never win: their count stays at 0 and they are right of every title.
        best = [Int](repeating: 0, count: 2 * leaves)
        for leaf in 0..<leaves { best[leaves + leaf] = leaf }
        for node in stride(from: leaves - 1, through: 1, by: -1) {
            best[node] = better(best[2 * node], best[2 * node + 1])
        }
    }

    func better(_ a: Int, _ b: Int) -> Int {
        count[a] > count[b] || (count[a] == count[b] && a < b) ? a : b
    }

    mutating func add(_ leaf: Int, _ delta: Int) {
        count[leaf] += delta
        var node = (leaves + leaf) / 2
        while node >= 1 {
            best[node] = better(best[2 * node], best[2 * node + 1])
            node /= 2
        }
    }

    /// Leaves taken from the top, best first, hidden until `restore` is called.
    mutating func take(_ limit: Int, accept: (Int) -> Bool, hidden: inout [(leaf: Int, count: Int)]) -> [Int] {
        var taken: [Int] = []
        while taken.count < limit {
            let leaf = best[1]
            let count = self.count[leaf]
            if count <= 0 { break }
            hidden.append((leaf, count))
            add(leaf, -count - 1)
            if accept(leaf) { taken.append(leaf) }
        }
        return taken
    }

    mutating func restore(_ hidden: [(leaf: Int, count: Int)]) {
        for (leaf, count) in hidden {
            add(leaf, count + 1)
        }
    }
}

struct View {
    let time: Int
    let region: Int
    let title: Int  // global index
    let local: Int  // index among the region's titles
}

enum Line {
    case view(time: Int, region: Int, title: Int)
    case refresh(time: Int, region: Int)
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, window) = (header[0], header[1])

var regionIndex: [Substring: Int] = [:]
var lines: [Line] = []
lines.reserveCapacity(n)
var allTitles: [Int] = []
for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    let region = regionIndex[parts[2]] ?? regionIndex.count
    regionIndex[parts[2]] = region
    if parts[0] == "V" {
        let title = Int(parts[3])!
        lines.append(.view(time: time, region: region, title: title))
        allTitles.append(title)
    } else {
        lines.append(.refresh(time: time, region: region))
    }
}

func sortedDistinct(_ values: [Int]) -> [Int] {
    var result: [Int] = []
    for value in values.sorted() where result.last != value {
        result.append(value)
    }
    return result
}

let titles = sortedDistinct(allTitles)
var globalIndex: [Int: Int] = [:]
for (index, title) in titles.enumerated() {
    globalIndex[title] = index
}
// Each region's titles as global indices, sorted.
var regionTitles = [[Int]](repeating: [], count: regionIndex.count)
for case let .view(_, region, title) in lines {
    regionTitles[region].append(globalIndex[title]!)
}
regionTitles = regionTitles.map(sortedDistinct)

func localIndex(_ global: Int, in sorted: [Int]) -> Int {
    var (low, high) = (0, sorted.count - 1)
    while low < high {
        let middle = (low + high) / 2
        if sorted[middle] < global { low = middle + 1 } else { high = middle }
    }
    return low
}

var globalTree = TopTree(size: max(titles.count, 1))
var regionTrees = regionTitles.map { TopTree(size: max($0.count, 1)) }
var queue: [View] = []
var head = 0
var output: [String] = []

for line in lines {
    switch line {
    case let .view(time, region, title):
        let global = globalIndex[title]!
        let view = View(time: time, region: region, title: global, local: localIndex(global, in: regionTitles[region]))
        queue.append(view)
        globalTree.add(view.title, 1)
        regionTrees[region].add(view.local, 1)
    case let .refresh(time, region):
        while head < queue.count && queue[head].time <= time - window {
            let view = queue[head]
            globalTree.add(view.title, -1)
            regionTrees[view.region].add(view.local, -1)
            head += 1
        }
        var hiddenLocal: [(leaf: Int, count: Int)] = []
        var row = regionTrees[region].take(10, accept: { _ in true }, hidden: &hiddenLocal)
            .map { regionTitles[region][$0] }
        regionTrees[region].restore(hiddenLocal)
        if row.count < 10 {
            var hiddenGlobal: [(leaf: Int, count: Int)] = []
            let inRow = row
            row += globalTree.take(10 - row.count, accept: { !inRow.contains($0) }, hidden: &hiddenGlobal)
            globalTree.restore(hiddenGlobal)
        }
        output.append(row.isEmpty ? "EMPTY" : row.map { String(titles[$0]) }.joined(separator: " "))
    }
}
print(output.joined(separator: "\n"))
