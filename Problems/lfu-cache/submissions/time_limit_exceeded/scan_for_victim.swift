// TIME LIMIT EXCEEDED (naive): each cached key stores its value, use count and time of last
// use in a dictionary; GET and PUT on a cached key are O(1), but every eviction scans all
// cached keys for the smallest (use count, last use). The answers are right, but with
// C = 10^5 and 10^5 evictions that is ~10^10 steps.

struct CachedValue {
    var value: Int
    var uses: Int
    var lastUse: Int
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let capacity = header[0]
var cached: [Int: CachedValue] = [:]
var out: [String] = []

for time in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        if var entry = cached[key] {
            entry.uses += 1
            entry.lastUse = time
            cached[key] = entry
            out.append(String(entry.value))
        } else {
            out.append("-1")
        }
        continue
    }
    let value = Int(parts[2])!
    if var entry = cached[key] {
        entry.value = value
        entry.uses += 1
        entry.lastUse = time
        cached[key] = entry
        continue
    }
    if capacity == 0 { continue }
    if cached.count == capacity {
        let victim = cached.min { ($0.value.uses, $0.value.lastUse) < ($1.value.uses, $1.value.lastUse) }!
        cached[victim.key] = nil
    }
    cached[key] = CachedValue(value: value, uses: 1, lastUse: time)
}

print(out.joined(separator: "\n"))
