struct LRUCache {
    private let capacity: Int
    private var slotOf: [Int: Int] = [:]
    private var keys: [Int] = []
    private var values: [Int] = []
    private var prev: [Int] = []
    private var next: [Int] = []
    // Slot 0 is a sentinel: next[0] is the most recent entry, prev[0] the least recent.

    init(capacity: Int) {
        self.capacity = capacity
        slotOf.reserveCapacity(capacity)
        keys = [0]
        values = [0]
        prev = [0]
        next = [0]
    }

    private mutating func detach(_ slot: Int) {
        next[prev[slot]] = next[slot]
        prev[next[slot]] = prev[slot]
    }

    private mutating func pushFront(_ slot: Int) {
        prev[slot] = 0
        next[slot] = next[0]
        prev[next[0]] = slot
        next[0] = slot
    }

    mutating func get(_ key: Int) -> Int {
        guard let slot = slotOf[key] else { return -1 }
        detach(slot)
        pushFront(slot)
        return values[slot]
    }

    mutating func put(_ key: Int, _ value: Int) {
        if let slot = slotOf[key] {
            values[slot] = value
            detach(slot)
            pushFront(slot)
            return
        }
        let slot: Int
        if slotOf.count == capacity {
            slot = prev[0]
            detach(slot)
            slotOf[keys[slot]] = nil
            keys[slot] = key
            values[slot] = value
        } else {
            slot = keys.count
            keys.append(key)
            values.append(value)
            prev.append(0)
            next.append(0)
        }
        slotOf[key] = slot
        pushFront(slot)
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
var cache = LRUCache(capacity: header[0])
var lines: [String] = []
for _ in 0..<header[1] {
    let words = readLine()!.split(separator: " ")
    if words[0] == "GET" {
        lines.append(String(cache.get(Int(words[1])!)))
    } else {
        cache.put(Int(words[1])!, Int(words[2])!)
    }
}
print(lines.joined(separator: "\n"))
