// Approach: Kahn's algorithm, with the ready shows in a min-heap so the smallest ready id is always
// watched next; that gives the lexicographically smallest order. If the heap runs dry before all N
// shows are out, the rest wait on each other and the answer is CYCLE.
// Complexity: O((N + M) log N) for N shows and M dependency lines.
// Edge cases: duplicate dependency lines (in-degrees count every line, so they release together);
// a show depending on itself; shows with no dependencies at all; a cycle far down a long chain.

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

var next = [[Int]](repeating: [], count: n + 1)    // next[a]: shows that need a first
var waitingOn = [Int](repeating: 0, count: n + 1)   // unwatched prerequisites, duplicates included
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].append(b)
    waitingOn[b] += 1
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

print(order.count == n ? order.map(String.init).joined(separator: " ") : "CYCLE")
