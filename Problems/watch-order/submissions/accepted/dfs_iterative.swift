// Watch order with a depth-first search (explicit stack, so a 2*10^5-long chain is fine
// under any stack limit). Colours: 0 = unvisited, 1 = on the current path, 2 = finished.
// Reaching a show that is on the current path closes a cycle: the path from that show to
// the top of the stack. Otherwise the reversed finishing order is a valid watch order.

import Foundation

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [[Int]](repeating: [], count: n + 1)
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    next[Int(parts[0])!].append(Int(parts[1])!)
}

var colour = [UInt8](repeating: 0, count: n + 1)
var positionOnPath = [Int](repeating: -1, count: n + 1)
var pathShows: [Int] = []       // the current DFS path
var pathEdgeIndex: [Int] = []   // next outgoing edge to try, per path entry
var finished: [Int] = []
finished.reserveCapacity(n)

func report(cycle: ArraySlice<Int>) -> Never {
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
    exit(0)
}

for root in 1...n where colour[root] == 0 {
    colour[root] = 1
    positionOnPath[root] = 0
    pathShows.append(root)
    pathEdgeIndex.append(0)
    while let show = pathShows.last {
        let top = pathShows.count - 1
        let i = pathEdgeIndex[top]
        if i < next[show].count {
            pathEdgeIndex[top] = i + 1
            let later = next[show][i]
            if colour[later] == 0 {
                colour[later] = 1
                positionOnPath[later] = pathShows.count
                pathShows.append(later)
                pathEdgeIndex.append(0)
            } else if colour[later] == 1 {
                report(cycle: pathShows[positionOnPath[later]...])
            }
        } else {
            colour[show] = 2
            finished.append(show)
            pathShows.removeLast()
            pathEdgeIndex.removeLast()
        }
    }
}

print(finished.reversed().map(String.init).joined(separator: " "))
