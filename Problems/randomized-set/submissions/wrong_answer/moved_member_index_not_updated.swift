// WRONG ANSWER: DEL moves the last member into the freed slot but forgets to record the
// moved member's new index in the dictionary. The dictionary then points that member at a
// slot it no longer occupies, so a later DEL of it overwrites or drops a different member,
// and RND starts returning wrong values.
// (The `i < members.count` guard keeps it from crashing: it only ever answers wrongly.)

var members: [Int] = []
var indexOf: [Int: Int] = [:]

func insert(_ x: Int) -> Bool {
    guard indexOf[x] == nil else { return false }
    indexOf[x] = members.count
    members.append(x)
    return true
}

func remove(_ x: Int) -> Bool {
    guard let i = indexOf.removeValue(forKey: x) else { return false }
    let last = members.removeLast()
    if i < members.count {
        members[i] = last       // BUG: indexOf[last] still holds its old index
    }
    return true
}

let q = Int(readLine()!)!
var out: [String] = []

for _ in 0..<q {
    let parts = readLine()!.split(separator: " ")
    let value = Int(parts[1])!
    switch parts[0] {
    case "INS": out.append(String(insert(value)))
    case "DEL": out.append(String(remove(value)))
    default: out.append(String(members[value % members.count]))
    }
}

print(out.joined(separator: "\n"))
