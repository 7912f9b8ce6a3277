// LFU cache in O(1) per operation: every cached key is a node in the doubly linked list of
// its use count ("frequency bucket"), ordered from least to most recently used. A key that
// is used moves from the tail of bucket f to the tail of bucket f + 1; the victim is the head
// of the lowest non-empty bucket, `minFrequency`, which only grows by one when its bucket
// empties and drops back to 1 when a new key arrives. Nodes are slots in parallel arrays
// (no class instances, no reference counting); freed slots are reused.

struct LFUCache {
    private let capacity: Int
    private var slotOf: [Int: Int] = [:]
    // Per slot.
    private var keys: [Int] = []
    private var values: [Int] = []
    private var uses: [Int] = []
    private var prev: [Int] = []
    private var next: [Int] = []
    // Per use count: first and last slot of its bucket, -1 when empty.
    private var head: [Int: Int] = [:]
    private var tail: [Int: Int] = [:]
    private var minFrequency = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    private mutating func unlink(_ slot: Int) {
        let f = uses[slot]
        let p = prev[slot]
        let n = next[slot]
        if p >= 0 { next[p] = n } else { head[f] = n }
        if n >= 0 { prev[n] = p } else { tail[f] = p }
    }

    private mutating func append(_ slot: Int) {
        let f = uses[slot]
        let last = tail[f, default: -1]
        prev[slot] = last
        next[slot] = -1
        if last >= 0 { next[last] = slot } else { head[f] = slot }
        tail[f] = slot
    }

    /// One more use of `slot`: it moves to the next bucket, as its most recent entry.
    private mutating func touch(_ slot: Int) {
        unlink(slot)
        if minFrequency == uses[slot] && head[uses[slot], default: -1] < 0 {
            minFrequency += 1
        }
        uses[slot] += 1
        append(slot)
    }

    mutating func get(_ key: Int) -> Int {
        guard let slot = slotOf[key] else { return -1 }
        touch(slot)
        return values[slot]
    }

    mutating func put(_ key: Int, _ value: Int) {
        if let slot = slotOf[key] {
            values[slot] = value
            touch(slot)
            return
        }
        guard capacity > 0 else { return }
        let slot: Int
        if slotOf.count == capacity {
            slot = head[minFrequency]!          // least recently used among the least used
            unlink(slot)
            slotOf[keys[slot]] = nil
        } else {
            slot = keys.count
            keys.append(0)
            values.append(0)
            uses.append(0)
            prev.append(-1)
            next.append(-1)
        }
        keys[slot] = key
        values[slot] = value
        uses[slot] = 1
        slotOf[key] = slot
        append(slot)
        minFrequency = 1
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
var cache = LFUCache(capacity: header[0])
var out: [String] = []

for _ in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        out.append(String(cache.get(key)))
    } else {
        cache.put(key, Int(parts[2])!)
    }
}

print(out.joined(separator: "\n"))
