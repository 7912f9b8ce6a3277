// Watch order, lexicographically smallest: Kahn's algorithm where the ready shows are kept
// in a binary min-heap, so the smallest ready id is always watched next. O((N + M) log N).
// (Any valid order is accepted; this is the solution that wrote the .ans files.)
//
// On a cycle, the leftover shows each wait for a leftover prerequisite; walking those
// prerequisite links backwards must repeat a show, and the repeated stretch is a cycle
// (printed starting from its smallest id).

struct MinHeap {
    private var items: [Int] = []

    var isEmpty: Bool { items.isEmpty }

    mutating func push(_ x: Int) {
        items.append(x)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if items[parent] <= items[i] { break }
            items.swapAt(parent, i)
            i = parent
        }
    }

    mutating func pop() -> Int {
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let left = 2 * i + 1
                let right = left + 1
                var smallest = i
                if left < items.count && items[left] < items[smallest] { smallest = left }
                if right < items.count && items[right] < items[smallest] { smallest = right }
                if smallest == i { break }
                items.swapAt(i, smallest)
                i = smallest
            }
        }
        return top
    }
}

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

var ready = MinHeap()
for show in 1...n where waitingOn[show] == 0 {
    ready.push(show)
}
var order: [Int] = []
order.reserveCapacity(n)
while !ready.isEmpty {
    let show = ready.pop()
    order.append(show)
    for later in next[show] {
        waitingOn[later] -= 1
        if waitingOn[later] == 0 {
            ready.push(later)
        }
    }
}

if order.count == n {
    print(order.map(String.init).joined(separator: " "))
} else {
    var watched = [Bool](repeating: false, count: n + 1)
    for show in order { watched[show] = true }
    var prerequisite = [Int](repeating: 0, count: n + 1)
    for edge in edges where !watched[edge.from] && !watched[edge.to] {
        prerequisite[edge.to] = edge.from
    }
    // Walk back from the smallest leftover show.
    var show = 1
    while watched[show] { show += 1 }
    var indexInPath = [Int](repeating: -1, count: n + 1)
    var path: [Int] = []
    while indexInPath[show] < 0 {
        indexInPath[show] = path.count
        path.append(show)
        show = prerequisite[show]
    }
    var cycle = Array(path[indexInPath[show]...].reversed())
    let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
    cycle = Array(cycle[smallest...] + cycle[..<smallest])   // start at the smallest id
    print("CYCLE")
    print(([cycle.count] + cycle).map(String.init).joined(separator: " "))
}
