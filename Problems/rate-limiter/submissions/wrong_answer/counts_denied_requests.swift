// WRONG ANSWER: logs every request, allowed or denied. A client that keeps retrying while
// it is over the limit keeps pushing its own window forward and stays locked out, although
// only allowed requests count towards the limit. (Otherwise the per-client queue solution.)

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (limit, window, n) = (header[0], header[1], header[2])
var queues: [String: [Int]] = [:]
var heads: [String: Int] = [:]
var out: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[0])!
    let client = String(parts[1])
    var queue = queues.removeValue(forKey: client) ?? []
    var head = heads[client] ?? 0
    while head < queue.count && queue[head] <= t - window {
        head += 1
    }
    out.append(queue.count - head < limit ? "ALLOW" : "DENY")
    queue.append(t)                   // BUG: a denied request is logged too
    queues[client] = queue
    heads[client] = head
}

print(out.joined(separator: "\n"))
