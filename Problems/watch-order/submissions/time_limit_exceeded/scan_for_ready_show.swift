// TIME LIMIT EXCEEDED (naive): each step scans all shows from 1 upwards for one that is not
// yet watched and has no unwatched prerequisites. O(N) per step, O(N^2 + M) in total:
// about 2*10^10 steps for N = 2*10^5. Output is correct (it is even the lexicographically
// smallest order); on a cycle it finds a witness the same way as the accepted solutions.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [[Int]](repeating: [], count: n + 1)
var waitingOn = [Int](repeating: 0, count: n + 1)
var edges: [(from: Int, to: Int)] = []
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].append(b)
    waitingOn[b] += 1
    edges.append((from: a, to: b))
}

var watched = [Bool](repeating: false, count: n + 1)
var order: [Int] = []
while order.count < n {
    var found = 0
    for show in 1...n where !watched[show] && waitingOn[show] == 0 {
        found = show
        break
    }
    if found == 0 {
        break
    }
    watched[found] = true
    order.append(found)
    for later in next[found] {
        waitingOn[later] -= 1
    }
}

if order.count == n {
    print(order.map(String.init).joined(separator: " "))
} else {
    var prerequisite = [Int](repeating: 0, count: n + 1)
    for edge in edges where !watched[edge.from] && !watched[edge.to] {
        prerequisite[edge.to] = edge.from
    }
    var show = 1
    while watched[show] {
        show += 1
    }
    var indexInPath = [Int](repeating: -1, count: n + 1)
    var path: [Int] = []
    while indexInPath[show] < 0 {
        indexInPath[show] = path.count
        path.append(show)
        show = prerequisite[show]
    }
    let cycle = path[indexInPath[show]...].reversed()
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
}
