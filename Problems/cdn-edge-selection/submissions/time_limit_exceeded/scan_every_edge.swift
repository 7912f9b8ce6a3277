// TIME LIMIT EXCEEDED (naive): every request scans all E edges. For each edge it first drops
// the streams that have ended (a list of end times per edge), then compares it with the best
// so far. Correct, but O(E + streams in progress) per request: with E = 10^5 edges and
// 2*10^5 requests that is over 10^10 steps.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let edgeCount = header[0]
let lineCount = header[1]

var latency = [Int](repeating: 0, count: edgeCount + 1)
var capacity = [Int](repeating: 0, count: edgeCount + 1)
var healthy = [Bool](repeating: true, count: edgeCount + 1)
var streams = [[Int]](repeating: [], count: edgeCount + 1)   // end times per edge
for edge in 1...edgeCount {
    let parts = readLine()!.split(separator: " ")
    latency[edge] = Int(parts[0])!
    capacity[edge] = Int(parts[1])!
}

var output: [String] = []
for _ in 0..<lineCount {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    switch parts[0] {
    case "R":
        var best = 0
        var bestFree = 0
        for edge in 1...edgeCount {
            streams[edge].removeAll { $0 <= time }
            let free = capacity[edge] - streams[edge].count
            guard healthy[edge] && free > 0 else { continue }
            if best == 0 || latency[edge] < latency[best]
                || (latency[edge] == latency[best] && free > bestFree)
            {
                best = edge
                bestFree = free
            }
        }
        if best == 0 {
            output.append("REJECT")
        } else {
            streams[best].append(time + Int(parts[2])!)
            output.append(String(best))
        }
    case "D":
        healthy[Int(parts[2])!] = false
    default:
        healthy[Int(parts[2])!] = true
    }
}
print(output.joined(separator: "\n"))
