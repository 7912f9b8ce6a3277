// WRONG ANSWER: one sliding window shared by all clients: the limit L is applied to the
// total of allowed requests in the window, so one busy client gets every other client denied.
// The window itself (expiry at t - W, only allowed requests logged) is right.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (limit, window, n) = (header[0], header[1], header[2])
var allowedTimes: [Int] = []
var oldest = 0
var out: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[0])!                  // BUG: parts[1], the client, is never used
    while oldest < allowedTimes.count && allowedTimes[oldest] <= t - window {
        oldest += 1
    }
    if allowedTimes.count - oldest < limit {
        allowedTimes.append(t)
        out.append("ALLOW")
    } else {
        out.append("DENY")
    }
}

print(out.joined(separator: "\n"))
