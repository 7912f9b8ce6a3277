// Approach: a queue of the events in the window, a dictionary of counts, and a max-heap of
// (count, title) snapshots pushed whenever a count changes; a snapshot is stale once its title's
// count has moved on. A refresh expires old events, pops until it has K fresh distinct titles and
// pushes them back.
// Complexity: O((N + Q * K) log N) in total, since every snapshot is popped at most once.
// Edge cases: an event exactly W seconds old no longer counts; a refresh before an event of the same
// second does not see it; ties by id as numbers; fewer than K live titles; none at all prints EMPTY.

struct Snapshot {
    let count: Int
    let title: Int

    /// Ranks first: more events, then the smaller id.
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

    mutating func pop() -> Snapshot {
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
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
        return top
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, k, window) = (header[0], header[1], header[2])

var counts: [Int: Int] = [:]
var heap = SnapshotHeap()
var windowTimes: [Int] = []
var windowTitles: [Int] = []
var head = 0
var output: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    if parts[0] == "E" {
        let title = Int(parts[2])!
        windowTimes.append(time)
        windowTitles.append(title)
        let count = counts[title, default: 0] + 1
        counts[title] = count
        heap.push(Snapshot(count: count, title: title))
        continue
    }
    while head < windowTimes.count && windowTimes[head] <= time - window {
        let title = windowTitles[head]
        let count = counts[title]! - 1
        if count == 0 {
            counts[title] = nil
        } else {
            counts[title] = count
            heap.push(Snapshot(count: count, title: title))
        }
        head += 1
    }
    var row: [Snapshot] = []
    while row.count < k, let top = heap.first {
        _ = heap.pop()
        // Stale (the count moved on) or a second fresh copy of a title already taken.
        if counts[top.title] != top.count || row.contains(where: { $0.title == top.title }) { continue }
        row.append(top)
    }
    for snapshot in row {
        heap.push(snapshot)
    }
    output.append(row.isEmpty ? "EMPTY" : row.map { String($0.title) }.joined(separator: " "))
}
print(output.joined(separator: "\n"))
