// WRONG ANSWER (not the best score): the dictionary-and-sort solution, but a title keeps the
// score from the first row it appears in, even when a later row scores it higher.

let k = Int(readLine()!)!
var best: [Int: Int] = [:]
for _ in 0..<k {
    let numbers = readLine()!.split(separator: " ").map { Int($0)! }
    var i = 1
    while i < numbers.count {
        let (id, score) = (numbers[i], numbers[i + 1])
        if best[id] == nil { best[id] = score }
        i += 2
    }
}
let m = Int(readLine()!)!

let ranked = best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
print(ranked.prefix(m).map { "\($0.key) \($0.value)" }.joined(separator: "\n"))
