// WRONG ANSWER (classic bug): detects the cycle correctly with Kahn's algorithm, but then
// prints every show that is still blocked, in increasing id order, as "the cycle". That is
// only right when the blocked shows are exactly one cycle listed in order; shows that merely
// depend on a cycle are blocked too, and the listed order need not follow the edges.

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
    let blocked = (1...n).filter { waitingOn[$0] > 0 }   // BUG: not necessarily a cycle
    print("CYCLE")
    print(([blocked.count] + blocked).map(String.init).joined(separator: " "))
}
