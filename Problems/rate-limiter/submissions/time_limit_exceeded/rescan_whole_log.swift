// TIME LIMIT EXCEEDED (naive): keeps one log of every allowed request (time and client) and,
// for each new request, counts the log entries of the same client inside (t - W, t] by
// scanning the whole log. The answers are right, but the log grows to N entries, so this is
// O(N^2): ~10^10 string comparisons at the largest sizes.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (limit, window, n) = (header[0], header[1], header[2])
var log: [(time: Int, client: String)] = []
var out: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[0])!
    let client = String(parts[1])
    let recent = log.filter { $0.client == client && $0.time > t - window }.count
    if recent < limit {
        log.append((time: t, client: client))
        out.append("ALLOW")
    } else {
        out.append("DENY")
    }
}

print(out.joined(separator: "\n"))
