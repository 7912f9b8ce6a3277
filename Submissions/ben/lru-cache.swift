// LRU cache, thinking out loud:
//
// Approach: keep the entries in an array ordered from least to most recently used. A GET
// finds the key, moves its entry to the end and prints the value; a PUT updates in place and
// moves the entry to the end, or evicts the first entry when the cache is full and appends.
// It is short and obviously right, which I prefer for a first version.
// Complexity: O(C) per operation for the linear search and the shift, O(C) memory.
// Edge cases: capacity 1; a PUT on an existing key at full capacity must not evict anything;
// a GET miss changes nothing; keys and values up to 1e9.

struct Entry {
    let key: Int
    var value: Int
}

struct RecencyList {
    let capacity: Int
    private var entries: [Entry] = []  // least recently used first

    init(capacity: Int) {
        self.capacity = capacity
    }

    mutating func get(_ key: Int) -> Int? {
        guard let index = entries.firstIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: index)
        entries.append(entry)
        return entry.value
    }

    mutating func put(_ key: Int, _ value: Int) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            var entry = entries.remove(at: index)
            entry.value = value
            entries.append(entry)
            return
        }
        if entries.count == capacity {
            entries.removeFirst()
        }
        entries.append(Entry(key: key, value: value))
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
var cache = RecencyList(capacity: header[0])
var printed: [String] = []

for _ in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        printed.append(String(cache.get(key) ?? -1))
    } else {
        cache.put(key, Int(parts[2])!)
    }
}

print(printed.joined(separator: "\n"))
