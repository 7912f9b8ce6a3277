// TIME LIMIT EXCEEDED (naive): each step scans the shows from 1 upwards for the first one that
// is not yet watched and has no unwatched prerequisites. The answer is right (the first hit is
// the smallest ready show), but a step costs O(N): O(N^2 + M) in total, about 2*10^10 steps
// when N = 2*10^5 and the ready show is usually far from id 1 (a chain N -> N-1 -> ... -> 1).

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

print(order.count == n ? order.map(String.init).joined(separator: " ") : "CYCLE")
