// Approach: a dictionary from key to node plus a doubly linked list ordered by recency.
// Complexity: O(1) per GET and PUT, O(capacity) memory.
// Edge cases: capacity 1; PUT on an existing key refreshes it and never evicts; a GET miss changes nothing.


final class Node {
    let key: Int
    var value: Int
    var prev: Node?
    var next: Node?

    init(key: Int, value: Int) {
        self.key = key
        self.value = value
    }
}

final class LRUCache {
    private let capacity: Int
    private var nodes: [Int: Node] = [:]
    private let head = Node(key: -1, value: -1)   // sentinel before the most recent node
    private let tail = Node(key: -1, value: -1)   // sentinel after the least recent node

    init(capacity: Int) {
        self.capacity = capacity
        head.next = tail
        tail.prev = head
        nodes.reserveCapacity(capacity)
    }

    private func unlink(_ node: Node) {
        node.prev?.next = node.next
        node.next?.prev = node.prev
    }

    private func insertAtFront(_ node: Node) {
        node.next = head.next
        node.prev = head
        head.next?.prev = node
        head.next = node
    }

    func get(_ key: Int) -> Int {
        guard let node = nodes[key] else { return -1 }
        unlink(node)
        insertAtFront(node)
        return node.value
    }

    func put(_ key: Int, _ value: Int) {
        if let node = nodes[key] {
            node.value = value
            unlink(node)
            insertAtFront(node)
            return
        }
        if nodes.count == capacity, let lru = tail.prev, lru !== head {
            unlink(lru)
            nodes[lru.key] = nil
        }
        let node = Node(key: key, value: value)
        nodes[key] = node
        insertAtFront(node)
    }
}

let firstLine = readLine()!.split(separator: " ")
let capacity = Int(firstLine[0])!
let queryCount = Int(firstLine[1])!
let cache = LRUCache(capacity: capacity)
var output: [String] = []

for _ in 0..<queryCount {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        output.append(String(cache.get(key)))
    } else {
        cache.put(key, Int(parts[2])!)
    }
}

print(output.joined(separator: "\n"))
