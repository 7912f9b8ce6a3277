// WRONG ANSWER: use counts live in their own dictionary, and eviction removes the value but
// forgets the count. When an evicted key is stored again it continues from its old count
// instead of starting at 1, so a once-popular key that comes back is protected from eviction
// and fresh keys are evicted in its place. (Lazy min-heap of (use count, last use, key).)

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
var lastUse: [Int: Int] = [:]
var heap = MinHeap<Entry>()
var out: [String] = []

func use(_ key: Int, at time: Int) {
    uses[key, default: 0] += 1
    lastUse[key] = time
    heap.push(Entry(uses: uses[key]!, lastUse: time, key: key))
}

for time in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        if let value = values[key] {
            use(key, at: time)
            out.append(String(value))
        } else {
            out.append("-1")
        }
        continue
    }
    let value = Int(parts[2])!
    if values[key] != nil {
        values[key] = value
        use(key, at: time)
        continue
    }
    if capacity == 0 { continue }
    if values.count == capacity {
        while true {
            let top = heap.pop()
            if values[top.key] != nil && uses[top.key] == top.uses && lastUse[top.key] == top.lastUse {
                values[top.key] = nil       // BUG: uses[top.key] stays
                break
            }
        }
    }
    values[key] = value
    use(key, at: time)
}

print(out.joined(separator: "\n"))
