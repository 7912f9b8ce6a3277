// WRONG ANSWER (classic bug): Kahn's algorithm with a first-in first-out queue. The order is
// valid and cycles are detected, but a show freed later is watched after every show that was
// ready before it, even when its id is smaller, so the order is not the smallest one
// (sample 1: prints 2 5 1 3 4 instead of 2 1 3 4 5). Sorting the initial queue does not help.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let n = header[0]
let m = header[1]

var next = [[Int]](repeating: [], count: n + 1)
var waitingOn = [Int](repeating: 0, count: n + 1)
for _ in 0..<m {
    let parts = readLine()!.split(separator: " ")
    let a = Int(parts[0])!
    let b = Int(parts[1])!
    next[a].append(b)
    waitingOn[b] += 1
}

var queue: [Int] = []
queue.reserveCapacity(n)
for show in 1...n where waitingOn[show] == 0 {
    queue.append(show)
}
var head = 0
while head < queue.count {
    let show = queue[head]   // BUG: the oldest ready show, not the smallest
    head += 1
    for later in next[show].sorted() {
        waitingOn[later] -= 1
        if waitingOn[later] == 0 {
            queue.append(later)
        }
    }
}

print(queue.count == n ? queue.map(String.init).joined(separator: " ") : "CYCLE")
