// Sliding-window log with binary search: every client gets a dense id, and its allowed
// request times are kept in one append-only, sorted array. The requests inside the window
// (t - W, t] are the suffix after the last time <= t - W, found by binary search; the
// request is allowed (and appended) iff that suffix is shorter than L. O(N log N) time,
// O(N) memory.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (limit, window, n) = (header[0], header[1], header[2])

var idOf: [String: Int] = [:]
var allowedTimes: [[Int]] = []
var out = ""
out.reserveCapacity(n * 6)

/// The number of elements of the sorted array `a` that are <= x.
func countAtMost(_ x: Int, in a: [Int]) -> Int {
    var lo = 0
    var hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] <= x { lo = mid + 1 } else { hi = mid }
    }
    return lo
}

for _ in 0..<n {
    let line = readLine()!
    let space = line.firstIndex(of: " ")!
    let t = Int(line[..<space])!
    let client = String(line[line.index(after: space)...])
    let id: Int
    if let known = idOf[client] {
        id = known
    } else {
        id = allowedTimes.count
        idOf[client] = id
        allowedTimes.append([])
    }
    let inWindow = allowedTimes[id].count - countAtMost(t - window, in: allowedTimes[id])
    if inWindow < limit {
        allowedTimes[id].append(t)
        out += "ALLOW\n"
    } else {
        out += "DENY\n"
    }
}

print(out, terminator: "")
