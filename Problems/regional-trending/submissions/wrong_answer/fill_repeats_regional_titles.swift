// WRONG ANSWER (fill-up repeats titles): the lazy-heap solution, but the row is filled with the
// first global titles without skipping those already in it, so a title can appear twice.

struct Snapshot {
    let count: Int
    let title: Int

    /// Ranks first: more views, then the smaller id.
    func ranksBefore(_ other: Snapshot) -> Bool {
        count != other.count ? count > other.count : title < other.title
    }
}

struct SnapshotHeap {
    private var items: [Snapshot] = []

    var first: Snapshot? { items.first }

    mutating func push(_ item: Snapshot) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !items[i].ranksBefore(items[parent]) { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() {
        let last = items.removeLast()
        guard !items.isEmpty else { return }
        items[0] = last
        var i = 0
        while true {
            let left = 2 * i + 1
            let right = left + 1
            var best = i
            if left < items.count && items[left].ranksBefore(items[best]) { best = left }
            if right < items.count && items[right].ranksBefore(items[best]) { best = right }
            if best == i { break }
            items.swapAt(i, best)
            i = best
        }
    }
}

/// View counts per title in the window, ranked.
struct Ranking {
    private var counts: [Int: Int] = [:]
    private var heap = SnapshotHeap()

    mutating func add(_ title: Int, _ delta: Int) {
        let count = counts[title, default: 0] + delta
        if count == 0 {
            counts[title] = nil
        } else {
            counts[title] = count
            heap.push(Snapshot(count: count, title: title))
        }
    }

    /// Up to `limit` titles, best first, leaving out those in `skipping`.
    mutating func first(_ limit: Int, skipping: [Int] = []) -> [Int] {
        var fresh: [Snapshot] = []
        var row: [Int] = []
        while row.count < limit, let top = heap.first {
            heap.pop()
            // Stale, or a second fresh copy of a title already seen.
            if counts[top.title] != top.count || fresh.contains(where: { $0.title == top.title }) { continue }
            fresh.append(top)
            if !skipping.contains(top.title) { row.append(top.title) }
        }
        for snapshot in fresh {
            heap.push(snapshot)
        }
        return row
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, window) = (header[0], header[1])

var regions: [Substring: Ranking] = [:]
var global = Ranking()
var viewTimes: [Int] = []
var viewRegions: [Substring] = []
var viewTitles: [Int] = []
var head = 0
var output: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    let region = parts[2]
    if parts[0] == "V" {
        let title = Int(parts[3])!
        viewTimes.append(time)
        viewRegions.append(region)
        viewTitles.append(title)
        regions[region, default: Ranking()].add(title, 1)
        global.add(title, 1)
        continue
    }
    while head < viewTimes.count && viewTimes[head] <= time - window {
        regions[viewRegions[head]]!.add(viewTitles[head], -1)
        global.add(viewTitles[head], -1)
        head += 1
    }
    var row = regions[region]?.first(10) ?? []
    if row.count < 10 {
        row += global.first(10 - row.count)
    }
    output.append(row.isEmpty ? "EMPTY" : row.map(String.init).joined(separator: " "))
}
print(output.joined(separator: "\n"))
