// WRONG ANSWER: to avoid reallocating, DEL never shrinks the array; it keeps a separate
// `size` and leaves dead slots after it for later inserts to reuse. Insert and delete are
// right, but RND takes `r mod members.count` (the array's length, dead slots included)
// instead of `r mod size`: after a delete the modulus is off by one or more, so RND picks
// the wrong member or even a deleted value.

var members: [Int] = []
var size = 0
var indexOf: [Int: Int] = [:]

func insert(_ x: Int) -> Bool {
    guard indexOf[x] == nil else { return false }
    if size < members.count {
        members[size] = x
    } else {
        members.append(x)
    }
    indexOf[x] = size
    size += 1
    return true
}

func remove(_ x: Int) -> Bool {
    guard let i = indexOf.removeValue(forKey: x) else { return false }
    size -= 1
    if i != size {
        let last = members[size]
        members[i] = last
        indexOf[last] = i
    }
    return true
}

func pick(_ r: Int) -> Int {
    members[r % members.count]      // BUG: should be r % size
}

let q = Int(readLine()!)!
var out: [String] = []

for _ in 0..<q {
    let parts = readLine()!.split(separator: " ")
    let value = Int(parts[1])!
    switch parts[0] {
    case "INS": out.append(String(insert(value)))
    case "DEL": out.append(String(remove(value)))
    default: out.append(String(pick(value)))
    }
}

print(out.joined(separator: "\n"))
