// Sliding-window log per client: each client keeps the times of its allowed requests in a
// queue (an array plus the index of its oldest live entry). A request at time t first drops
// the entries at or before t - W, then is allowed iff fewer than L remain, and only an
// allowed request is logged. Every entry is appended and dropped once: O(N) amortised, plus
// one dictionary lookup per request.

struct RequestLog {
    private var times: [Int] = []
    private var oldest = 0

    /// Drops the entries that are no longer inside the window (t - W, t].
    mutating func expire(before windowStart: Int) {
        while oldest < times.count && times[oldest] <= windowStart {
            oldest += 1
        }
        if oldest > 1024 && oldest * 2 > times.count {      // reclaim the dropped prefix
            times.removeFirst(oldest)
            oldest = 0
        }
    }

    var count: Int { times.count - oldest }

    mutating func append(_ t: Int) { times.append(t) }

    /// Whether a request at `t` is allowed; logs it if so.
    mutating func admit(at t: Int, limit: Int, window: Int) -> Bool {
        expire(before: t - window)
        guard count < limit else { return false }
        append(t)
        return true
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
let limit = header[0]
let window = header[1]
var logs: [String: RequestLog] = [:]
var out: [String] = []
out.reserveCapacity(header[2])

for _ in 0..<header[2] {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[0])!
    let allowed = logs[String(parts[1]), default: RequestLog()].admit(at: t, limit: limit, window: window)
    out.append(allowed ? "ALLOW" : "DENY")
}

print(out.joined(separator: "\n"))
