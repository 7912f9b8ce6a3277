let sizes = readLine()!.split(separator: " ").map { Int($0)! }
let n = sizes[0]
let m = sizes[1]

var out = [[Int]](repeating: [], count: n + 1)
var indegree = [Int](repeating: 0, count: n + 1)
for _ in 0..<m {
    let edge = readLine()!.split(separator: " ").map { Int($0)! }
    out[edge[0]].append(edge[1])
    indegree[edge[1]] += 1
}

var order: [Int] = []
order.reserveCapacity(n)
for show in 1...n where indegree[show] == 0 {
    order.append(show)
}
var next = 0
while next < order.count {
    for later in out[order[next]] {
        indegree[later] -= 1
        if indegree[later] == 0 {
            order.append(later)
        }
    }
    next += 1
}

if order.count == n {
    print(order.map(String.init).joined(separator: " "))
} else {
    // Only shows Kahn never freed can be on a cycle; search them with a recursive DFS (the
    // statement allows recursion as deep as the memory limit).
    var state = [UInt8](repeating: 0, count: n + 1)  // 0 new, 1 on the path, 2 done
    for show in order {
        state[show] = 2
    }
    var path: [Int] = []
    var cycle: [Int] = []

    func visit(_ show: Int) -> Bool {
        state[show] = 1
        path.append(show)
        for later in out[show] {
            if state[later] == 1 {
                cycle = Array(path[path.lastIndex(of: later)!...])
                return true
            }
            if state[later] == 0 && visit(later) {
                return true
            }
        }
        path.removeLast()
        state[show] = 2
        return false
    }

    for show in 1...n where state[show] == 0 {
        if visit(show) {
            break
        }
    }
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
}
