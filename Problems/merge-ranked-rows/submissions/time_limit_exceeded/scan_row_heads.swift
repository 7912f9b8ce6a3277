// TIME LIMIT EXCEEDED (naive): keeps a cursor per row and, for every pair it takes, scans the
// heads of all K rows for the best one (highest score, then smallest id). O(K) per pair,
// O(S * K) in total: about 10^10 steps with K = 10^5 rows. The output is correct.

let k = Int(readLine()!)!
var rows: [[Int]] = []
rows.reserveCapacity(k)
for _ in 0..<k {
    let numbers = readLine()!.split(separator: " ").map { Int($0)! }
    rows.append(Array(numbers.dropFirst()))
}
let m = Int(readLine()!)!

var cursor = [Int](repeating: 0, count: k)
var printed = Set<Int>()
var output: [String] = []
while output.count < m {
    var bestRow = -1
    for r in 0..<k where cursor[r] < rows[r].count {
        let (id, score) = (rows[r][cursor[r]], rows[r][cursor[r] + 1])
        if bestRow < 0 {
            bestRow = r
            continue
        }
        let (bestId, bestScore) = (rows[bestRow][cursor[bestRow]], rows[bestRow][cursor[bestRow] + 1])
        if score > bestScore || (score == bestScore && id < bestId) {
            bestRow = r
        }
    }
    if bestRow < 0 { break }
    let (id, score) = (rows[bestRow][cursor[bestRow]], rows[bestRow][cursor[bestRow] + 1])
    cursor[bestRow] += 2
    if printed.insert(id).inserted {
        output.append("\(id) \(score)")
    }
}
print(output.joined(separator: "\n"))
