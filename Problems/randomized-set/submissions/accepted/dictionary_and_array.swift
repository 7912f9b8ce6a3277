// Randomized set: the members live in an array, and a dictionary maps each member to its
// index there. INS appends; DEL moves the last member into the freed slot, fixes that
// member's index, and pops; RND indexes the array directly. O(1) average per operation,
// O(n) memory.

struct RandomizedSet {
    private var members: [Int] = []
    private var indexOf: [Int: Int] = [:]

    mutating func insert(_ x: Int) -> Bool {
        guard indexOf[x] == nil else { return false }
        indexOf[x] = members.count
        members.append(x)
        return true
    }

    mutating func remove(_ x: Int) -> Bool {
        guard let i = indexOf.removeValue(forKey: x) else { return false }
        let last = members.removeLast()
        if last != x {          // x was not the last member: the last one takes its slot
            members[i] = last
            indexOf[last] = i
        }
        return true
    }

    /// The member at index `r mod count`; the set must not be empty.
    func pick(_ r: Int) -> Int {
        members[r % members.count]
    }
}

let q = Int(readLine()!)!
var set = RandomizedSet()
var out: [String] = []
out.reserveCapacity(q)

for _ in 0..<q {
    let parts = readLine()!.split(separator: " ")
    let value = Int(parts[1])!
    switch parts[0] {
    case "INS": out.append(set.insert(value) ? "true" : "false")
    case "DEL": out.append(set.remove(value) ? "true" : "false")
    default: out.append(String(set.pick(value)))
    }
}

print(out.joined(separator: "\n"))
