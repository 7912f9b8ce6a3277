// WRONG ANSWER: predicts the global mean rating for every query. It ignores that some users
// rate everything high and some titles are loved by everyone, so it is worse than the
// bias-only baseline the statement requires to beat.

let header = readLine()!.split(separator: " ").map { Int($0)! }
var sum = 0
for _ in 0..<header[2] {
    sum += Int(readLine()!.split(separator: " ")[2])!
}
let mean = Double(sum) / Double(header[2])
let queries = Int(readLine()!)!
print(Array(repeating: "\(mean)", count: queries).joined(separator: "\n"))
