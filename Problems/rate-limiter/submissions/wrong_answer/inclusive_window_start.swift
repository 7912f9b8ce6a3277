// WRONG ANSWER: off by one at the window boundary. The window is (t - W, t]: a request
// exactly W time units ago no longer counts. This solution drops only entries strictly
// before t - W, so it still counts that request and denies where it should allow.

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
    while head < queue.count && queue[head] < t - window {      // BUG: should be <=
        head += 1
    }
    if queue.count - head < limit {
        queue.append(t)
        out.append("ALLOW")
    } else {
        out.append("DENY")
    }
    queues[client] = queue
    heads[client] = head
}

print(out.joined(separator: "\n"))
