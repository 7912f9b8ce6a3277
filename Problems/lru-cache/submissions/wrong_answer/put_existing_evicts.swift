// WRONG ANSWER (classic bug): PUT checks "is the cache full?" before "is the key already
// present?", so updating an existing key while the cache is full evicts the least
// recently used entry even though nothing new is being added.

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
    private let head = Node(key: -1, value: -1)
    private let tail = Node(key: -1, value: -1)

    init(capacity: Int) {
        self.capacity = capacity
        head.next = tail
        tail.prev = head
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
        // BUG: evicts before checking whether the key is already cached.
        if nodes.count == capacity, let lru = tail.prev, lru !== head {
            unlink(lru)
            nodes[lru.key] = nil
        }
        if let node = nodes[key] {
            node.value = value
            unlink(node)
            insertAtFront(node)
            return
        }
        let node = Node(key: key, value: value)
        nodes[key] = node
        insertAtFront(node)
    }
}

let firstLine = readLine()!.split(separator: " ")
let cache = LRUCache(capacity: Int(firstLine[0])!)
var output: [String] = []

for _ in 0..<Int(firstLine[1])! {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        output.append(String(cache.get(key)))
    } else {
        cache.put(key, Int(parts[2])!)
    }
}

print(output.joined(separator: "\n"))
