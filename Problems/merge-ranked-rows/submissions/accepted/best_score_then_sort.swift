// Merge ranked rows, batch version: keep each title's best score in a dictionary, then sort the
// distinct titles by score (highest first) and id (smallest first) and print the first M.
// Ignores that the rows are sorted. O(S log S) time, O(S) memory.

let k = Int(readLine()!)!
var best: [Int: Int] = [:]
for _ in 0..<k {
    let numbers = readLine()!.split(separator: " ").map { Int($0)! }
    var i = 1
    while i < numbers.count {
        let (id, score) = (numbers[i], numbers[i + 1])
        best[id] = max(best[id] ?? score, score)
        i += 2
    }
}
let m = Int(readLine()!)!

let ranked = best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
print(ranked.prefix(m).map { "\($0.key) \($0.value)" }.joined(separator: "\n"))
