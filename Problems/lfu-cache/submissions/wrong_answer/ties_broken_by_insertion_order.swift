// WRONG ANSWER: among keys with the same use count, this evicts the one that was *inserted*
// first instead of the one *used* least recently. Each key remembers when it entered the
// cache, and that stamp is never refreshed by GET or PUT. (Lazy min-heap of
// (use count, insertion time, key); stale heap entries are skipped at eviction.)

struct Entry: Comparable {
    var uses: Int
    var since: Int
    var key: Int

    static func < (a: Entry, b: Entry) -> Bool {
        (a.uses, a.since) < (b.uses, b.since)
    }
}

struct MinHeap<Element: Comparable> {
    private var items: [Element] = []

    mutating func push(_ x: Element) {
        items.append(x)
        var i = items.count - 1
        while i > 0 && items[i] < items[(i - 1) / 2] {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func pop() -> Element {
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                var smallest = i
                for child in [2 * i + 1, 2 * i + 2] where child < items.count && items[child] < items[smallest] {
                    smallest = child
                }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let capacity = header[0]
var values: [Int: Int] = [:]
var uses: [Int: Int] = [:]
var since: [Int: Int] = [:]
var heap = MinHeap<Entry>()
var out: [String] = []

func use(_ key: Int) {
    uses[key]! += 1
    heap.push(Entry(uses: uses[key]!, since: since[key]!, key: key))
}

for time in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        if let value = values[key] {
            use(key)
            out.append(String(value))
        } else {
            out.append("-1")
        }
        continue
    }
    let value = Int(parts[2])!
    if values[key] != nil {
        values[key] = value
        use(key)
        continue
    }
    if capacity == 0 { continue }
    if values.count == capacity {
        while true {
            let top = heap.pop()
            if values[top.key] != nil && uses[top.key] == top.uses && since[top.key] == top.since {
                values[top.key] = nil
                uses[top.key] = nil
                since[top.key] = nil
                break
            }
        }
    }
    values[key] = value
    uses[key] = 1
    since[key] = time
    heap.push(Entry(uses: 1, since: time, key: key))
}

print(out.joined(separator: "\n"))
