// WRONG ANSWER (off by one at the end of a stream): a stream for [t, t + d) still holds its
// slot at time t + d, because streams are released only when their end time is strictly before
// the current line's time. A request at exactly t + d then sees the edge one slot fuller than
// it is: it may go to a worse edge or be rejected.

struct Candidate {
    var latency: Int
    var free: Int
    var edge: Int

    /// Lower latency first, then more free slots, then smaller id.
    func before(_ other: Candidate) -> Bool {
        if latency != other.latency { return latency < other.latency }
        if free != other.free { return free > other.free }
        return edge < other.edge
    }
}

struct Ending {
    var time: Int
    var edge: Int
    func before(_ other: Ending) -> Bool { time < other.time }
}

protocol Ordered { func before(_ other: Self) -> Bool }
extension Candidate: Ordered {}
extension Ending: Ordered {}

struct Heap<Element: Ordered> {
    private var items: [Element] = []

    var top: Element? { items.first }

    mutating func push(_ x: Element) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !items[i].before(items[parent]) { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    @discardableResult
    mutating func pop() -> Element? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let first = items[0]
        items[0] = last
        var i = 0
        while true {
            let left = 2 * i + 1
            let right = left + 1
            var best = i
            if left < items.count && items[left].before(items[best]) { best = left }
            if right < items.count && items[right].before(items[best]) { best = right }
            if best == i { break }
            items.swapAt(i, best)
            i = best
        }
        return first
    }
}

func solve() {
    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let edgeCount = header[0]
    let lineCount = header[1]

    var latency = [Int](repeating: 0, count: edgeCount + 1)
    var free = [Int](repeating: 0, count: edgeCount + 1)
    var healthy = [Bool](repeating: true, count: edgeCount + 1)
    var candidates = Heap<Candidate>()
    for edge in 1...edgeCount {
        let parts = readLine()!.split(separator: " ")
        latency[edge] = Int(parts[0])!
        free[edge] = Int(parts[1])!
        candidates.push(Candidate(latency: latency[edge], free: free[edge], edge: edge))
    }

    /// Offers the edge's current state to the candidate heap, if it can take a stream.
    func offer(_ edge: Int) {
        if healthy[edge] && free[edge] > 0 {
            candidates.push(Candidate(latency: latency[edge], free: free[edge], edge: edge))
        }
    }

    var endings = Heap<Ending>()
    var output: [String] = []
    for _ in 0..<lineCount {
        let parts = readLine()!.split(separator: " ")
        let time = Int(parts[1])!
        while let ending = endings.top, ending.time < time {   // BUG: ends at `time` are free too
            endings.pop()
            free[ending.edge] += 1
            offer(ending.edge)
        }
        switch parts[0] {
        case "R":
            while let best = candidates.top,
                !(healthy[best.edge] && free[best.edge] == best.free && best.free > 0)
            {
                candidates.pop()   // stale: the edge is down, full, or its free count changed
            }
            guard let best = candidates.pop() else {
                output.append("REJECT")
                continue
            }
            free[best.edge] -= 1
            offer(best.edge)
            endings.push(Ending(time: time + Int(parts[2])!, edge: best.edge))
            output.append(String(best.edge))
        case "D":
            healthy[Int(parts[2])!] = false
        default:
            let edge = Int(parts[2])!
            if !healthy[edge] {
                healthy[edge] = true
                offer(edge)
            }
        }
    }
    print(output.joined(separator: "\n"))
}

solve()
