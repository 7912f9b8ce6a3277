// The 0/1 knapsack table best[i][c] (first i items, capacity c), then the chosen items read back from it.
let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, capacity) = (header[0], header[1])
var weight: [Int] = []
var value: [Int] = []
for _ in 0..<n {
    let item = readLine()!.split(separator: " ").map { Int($0)! }
    weight.append(item[0])
    value.append(item[1])
}
var best = [[Int]](repeating: [Int](repeating: 0, count: capacity + 1), count: n + 1)
for i in 0..<n {
    for c in 0...capacity {
        best[i + 1][c] = best[i][c]
        if c >= weight[i] { best[i + 1][c] = max(best[i + 1][c], best[i][c - weight[i]] + value[i]) }
    }
}
var chosen: [Int] = []
var c = capacity
for i in stride(from: n, to: 0, by: -1) where best[i][c] != best[i - 1][c] {
    chosen.append(i)
    c -= weight[i - 1]
}
print(chosen.count)
print(chosen.reversed().map(String.init).joined(separator: " "))
