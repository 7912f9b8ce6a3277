/// A linked hash map: every entry knows its older and newer neighbour by key, so the recency list lives
/// inside the dictionary and no separate node objects are needed.
struct LinkedHashMap {
    private struct Entry {
        var value: Int
        var older: Int?
        var newer: Int?
    }

    let capacity: Int
    private var entries: [Int: Entry] = [:]
    private var newest: Int?
    private var oldest: Int?

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity + 1)
    }

    private mutating func unlink(_ key: Int, _ entry: Entry) {
        if let older = entry.older { entries[older]?.newer = entry.newer } else { oldest = entry.newer }
        if let newer = entry.newer { entries[newer]?.older = entry.older } else { newest = entry.older }
    }

    private mutating func append(_ key: Int, value: Int) {
        entries[key] = Entry(value: value, older: newest, newer: nil)
        if let previous = newest { entries[previous]?.newer = key } else { oldest = key }
        newest = key
    }

    mutating func get(_ key: Int) -> Int? {
        guard let entry = entries[key] else { return nil }
        if newest != key {
            unlink(key, entry)
            append(key, value: entry.value)
        }
        return entry.value
    }

    mutating func put(_ key: Int, _ value: Int) {
        if let entry = entries[key] {
            unlink(key, entry)
        } else if entries.count == capacity, let evicted = oldest, let entry = entries[evicted] {
            unlink(evicted, entry)
            entries[evicted] = nil
        }
        append(key, value: value)
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
var cache = LinkedHashMap(capacity: header[0])
var lines: [String] = []
for _ in 0..<header[1] {
    let words = readLine()!.split(separator: " ")
    if words[0] == "GET" {
        lines.append(String(cache.get(Int(words[1])!) ?? -1))
    } else {
        cache.put(Int(words[1])!, Int(words[2])!)
    }
}
print(lines.joined(separator: "\n"))
