// Approach: each row is already sorted by score, so this is a K-way merge. A binary heap holds the
// head of every row, ordered by score (highest first) and then id (smallest first); popping gives
// the merged order, so a title's first appearance carries its best score and later ones are skipped
// with a set. I stop after M distinct titles.
// Complexity: O(S log K) for S entries in K rows, O(S) memory to hold the rows.
// Edge cases: the same title in several rows (keep the best score once); equal scores across rows
// break by id, not by row order; empty rows; M larger than the number of distinct titles.

struct Head {
    let score: Int
    let id: Int
    let row: Int
    let position: Int

    func ranksBefore(_ other: Head) -> Bool {
        score != other.score ? score > other.score : id < other.id
    }
}

struct HeadHeap {
    private var items: [Head] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ item: Head) {
        items.append(item)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !items[i].ranksBefore(items[parent]) { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Head {
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

let k = Int(readLine()!)!
// rows[r] holds id, score, id, score, ...
var rows: [[Int]] = []
rows.reserveCapacity(k)
for _ in 0..<k {
    let numbers = readLine()!.split(separator: " ").map { Int($0)! }
    rows.append(Array(numbers.dropFirst()))
}
let m = Int(readLine()!)!

var heap = HeadHeap()
for (r, row) in rows.enumerated() where !row.isEmpty {
    heap.push(Head(score: row[1], id: row[0], row: r, position: 0))
}
var printed = Set<Int>()
var output: [String] = []
while output.count < m && !heap.isEmpty {
    let head = heap.pop()
    if printed.insert(head.id).inserted {
        output.append("\(head.id) \(head.score)")
    }
    let next = head.position + 2
    let row = rows[head.row]
    if next < row.count {
        heap.push(Head(score: row[next + 1], id: row[next], row: head.row, position: next))
    }
}
print(output.joined(separator: "\n"))
