// Watch order — my plan before coding:
//
// Approach: depth-first search with three colours (unvisited, on the current path, finished).
// The reverse of the finishing order is a valid watch order. Meeting a show that is still on
// the current path means a back edge, and the path from that show to here is a cycle. The DFS
// keeps its own stack of (show, next edge) so a 200000-long chain needs no deep recursion.
// Complexity: O(N + M) time and memory, every show and edge handled a constant number of times.
// Edge cases: a self-loop a -> a is a cycle of length 1; duplicate edges are harmless; shows
// without any dependency still appear; N = 1 with M = 0.

let firstLine = readLine()!.split(separator: " ").map { Int($0)! }
let showCount = firstLine[0]
let edgeCount = firstLine[1]

var successors = [[Int]](repeating: [], count: showCount + 1)
for _ in 0..<edgeCount {
    let pair = readLine()!.split(separator: " ").map { Int($0)! }
    successors[pair[0]].append(pair[1])
}

enum Colour { case unvisited, onPath, finished }

var colour = [Colour](repeating: .unvisited, count: showCount + 1)
var finishedOrder: [Int] = []
finishedOrder.reserveCapacity(showCount)
var cycle: [Int]? = nil

search: for root in 1...showCount where colour[root] == .unvisited {
    var stack: [(show: Int, nextEdge: Int)] = [(root, 0)]
    colour[root] = .onPath
    while let top = stack.last {
        let edges = successors[top.show]
        if top.nextEdge == edges.count {
            colour[top.show] = .finished
            finishedOrder.append(top.show)
            stack.removeLast()
            continue
        }
        stack[stack.count - 1].nextEdge += 1
        let next = edges[top.nextEdge]
        switch colour[next] {
        case .unvisited:
            colour[next] = .onPath
            stack.append((next, 0))
        case .onPath:
            // The stack holds the path root -> ... -> top; the cycle starts where `next` sits on it.
            let start = stack.firstIndex { $0.show == next }!
            cycle = stack[start...].map(\.show)
            break search
        case .finished:
            break
        }
    }
}

if let cycle {
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
} else {
    print(finishedOrder.reversed().map(String.init).joined(separator: " "))
}
