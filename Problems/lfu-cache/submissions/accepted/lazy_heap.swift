// LFU cache with a lazy min-heap: every use of a key pushes (use count, time of use, key);
// the entry that matches the key's current count and time is its live entry, older ones
// are stale. To evict, pop until the top is live: it has the smallest count and, among
// equal counts, the oldest last use. O(log Q) amortised per operation (at most one push per
// operation, each entry popped once).

struct Entry: Comparable {
    var uses: Int
    var lastUse: Int
    var key: Int

    static func < (a: Entry, b: Entry) -> Bool {
        (a.uses, a.lastUse) < (b.uses, b.lastUse)
    }
}

struct MinHeap<Element: Comparable> {
    private var items: [Element] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ x: Element) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !(items[i] < items[parent]) { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> Element {
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let left = 2 * i + 1
                let right = left + 1
                var smallest = i
                if left < items.count && items[left] < items[smallest] { smallest = left }
                if right < items.count && items[right] < items[smallest] { smallest = right }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}

struct CachedValue {
    var value: Int
    var uses: Int
    var lastUse: Int
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let capacity = header[0]
var cached: [Int: CachedValue] = [:]
var heap = MinHeap<Entry>()
var out: [String] = []

for time in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        if var entry = cached[key] {
            entry.uses += 1
            entry.lastUse = time
            cached[key] = entry
            heap.push(Entry(uses: entry.uses, lastUse: time, key: key))
            out.append(String(entry.value))
        } else {
            out.append("-1")
        }
        continue
    }
    let value = Int(parts[2])!
    if var entry = cached[key] {
        entry.value = value
        entry.uses += 1
        entry.lastUse = time
        cached[key] = entry
        heap.push(Entry(uses: entry.uses, lastUse: time, key: key))
        continue
    }
    if capacity == 0 { continue }
    if cached.count == capacity {
        while true {
            let top = heap.pop()
            if let live = cached[top.key], live.uses == top.uses, live.lastUse == top.lastUse {
                cached[top.key] = nil
                break
            }
        }
    }
    cached[key] = CachedValue(value: value, uses: 1, lastUse: time)
    heap.push(Entry(uses: 1, lastUse: time, key: key))
}

print(out.joined(separator: "\n"))
