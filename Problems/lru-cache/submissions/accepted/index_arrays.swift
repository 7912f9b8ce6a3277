// LRU cache with the linked list stored in parallel arrays (slot indices instead of
// object references), which avoids reference counting. Slot 0 is a sentinel: next[0]
// is the most recently used slot, prev[0] the least recently used one.

struct LRUCache {
    private let capacity: Int
    private var slotOf: [Int: Int] = [:]
    private var keys = [0]
    private var values = [0]
    private var prev = [0]
    private var next = [0]

    init(capacity: Int) {
        self.capacity = capacity
        slotOf.reserveCapacity(capacity)
    }

    private mutating func unlink(_ slot: Int) {
        next[prev[slot]] = next[slot]
        prev[next[slot]] = prev[slot]
    }

    private mutating func pushFront(_ slot: Int) {
        next[slot] = next[0]
        prev[slot] = 0
        prev[next[0]] = slot
        next[0] = slot
    }

    mutating func get(_ key: Int) -> Int {
        guard let slot = slotOf[key] else { return -1 }
        unlink(slot)
        pushFront(slot)
        return values[slot]
    }

    mutating func put(_ key: Int, _ value: Int) {
        if let slot = slotOf[key] {
            values[slot] = value
            unlink(slot)
            pushFront(slot)
            return
        }
        let slot: Int
        if slotOf.count == capacity {
            slot = prev[0]              // reuse the least recently used slot
            unlink(slot)
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
var out = ""

for _ in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        out += "\(cache.get(key))\n"
    } else {
        cache.put(key, Int(parts[2])!)
    }
}

print(out, terminator: "")
