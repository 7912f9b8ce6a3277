// RUN TIME ERROR (index out of range): the dictionary-and-sort solution, but it prints exactly M
// entries, assuming there are at least M distinct titles. With duplicates across rows there can
// be fewer, and reading past the end of the array traps.

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
var output: [String] = []
for i in 0..<m {
    output.append("\(ranked[i].key) \(ranked[i].value)")
}
print(output.joined(separator: "\n"))
