// WRONG ANSWER (classic bug): the adjacency lists are Sets, so a repeated dependency line
// "a b" is stored once, but the in-degree of b is still incremented for every line. After
// a is watched, b keeps waiting for a prerequisite that will never come, so a valid watch
// order is reported as a CYCLE (with a "cycle" that does not exist in the input).
// Otherwise Kahn's algorithm with the same witness search as a correct solution.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [Set<Int>](repeating: [], count: n + 1)   // BUG: de-duplicates edges...
var waitingOn = [Int](repeating: 0, count: n + 1)
var edges: [(from: Int, to: Int)] = []
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].insert(b)
    waitingOn[b] += 1                                  // ...but counts every line
    edges.append((from: a, to: b))
}

var queue: [Int] = []
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
    while indexInPath[show] < 0 {            // (index 0 is a valid array slot, so no crash)
        indexInPath[show] = path.count
        path.append(show)
        show = prerequisite[show]
    }
    let cycle = path[indexInPath[show]...].reversed()
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
}
