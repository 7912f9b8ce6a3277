// Approach: a queue of (second, hits) pairs; expire from the front before each COUNT.
// Complexity: amortised O(1) per line, O(distinct seconds in the window) memory.
// Edge cases: COUNT before any hit; the hit exactly W seconds ago is outside the window; W up to 1e9.

// Hit counter: a FIFO queue of (timestamp, hits at that timestamp) pairs plus a running
// total. A COUNT first expires pairs that left the window (t_h <= t - W), then reports the
// total. Each pair is appended and removed at most once: amortised O(1) per line, memory
// proportional to the number of distinct timestamps in the window (independent of W).

struct HitCounter {
    let window: Int
    private var times: [Int] = []
    private var counts: [Int] = []
    private var head = 0          // index of the oldest pair still in the window
    private var total = 0

    init(window: Int) {
        self.window = window
    }

    mutating func hit(at t: Int) {
        if head < times.count, times[times.count - 1] == t {
            counts[counts.count - 1] += 1
        } else {
            times.append(t)
            counts.append(1)
        }
        total += 1
    }

    mutating func count(at t: Int) -> Int {
        while head < times.count, times[head] <= t - window {
            total -= counts[head]
            head += 1
        }
        return total
    }
}

let header = readLine()!.split(separator: " ").map { Int($0)! }
var counter = HitCounter(window: header[0])
var output: [String] = []

for _ in 0..<header[1] {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[1])!
    if parts[0] == "HIT" {
        counter.hit(at: t)
    } else {
        output.append(String(counter.count(at: t)))
    }
}

print(output.joined(separator: "\n"))
