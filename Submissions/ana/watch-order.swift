// Approach: Kahn's algorithm with a FIFO queue; if shows remain, walk blocked predecessors to find a cycle.
// Complexity: O(N + M) time and memory.
// Edge cases: self-loops, duplicate edges, isolated shows, a 200000-long chain (no recursion).

// Watch order with Kahn's algorithm and a plain FIFO queue: repeatedly take a show whose
// prerequisites have all been watched. O(N + M).
//
// If some shows are never freed there is a cycle. Every leftover show still waits for a
// leftover prerequisite, so following "some leftover prerequisite" backwards from any
// leftover show must revisit a show; the revisited stretch, reversed, is a cycle.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [[Int]](repeating: [], count: n + 1)    // next[a]: shows that need a first
var waitingOn = [Int](repeating: 0, count: n + 1)   // unwatched prerequisites (with duplicates)
var edges: [(from: Int, to: Int)] = []
edges.reserveCapacity(m)

for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].append(b)
    waitingOn[b] += 1
    edges.append((from: a, to: b))
}

var queue: [Int] = []
queue.reserveCapacity(n)
for show in 1...n where waitingOn[show] == 0 {
    queue.append(show)
}
var head = 0
while head < queue.count {
    let show = queue[head]
    head += 1
    for later in next[show] {
        waitingOn[later] -= 1
        if waitingOn[later] == 0 {
            queue.append(later)
        }
    }
}

if queue.count == n {
    print(queue.map(String.init).joined(separator: " "))
} else {
    var watched = [Bool](repeating: false, count: n + 1)
    for show in queue {
        watched[show] = true
    }
    var prerequisite = [Int](repeating: 0, count: n + 1)
    for edge in edges where !watched[edge.from] && !watched[edge.to] {
        prerequisite[edge.to] = edge.from
    }
    var start = 1
    while watched[start] {
        start += 1
    }
    var indexInPath = [Int](repeating: -1, count: n + 1)
    var path: [Int] = []
    var show = start
    while indexInPath[show] < 0 {
        indexInPath[show] = path.count
        path.append(show)
        show = prerequisite[show]
    }
    let cycle = path[indexInPath[show]...].reversed()
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
}
