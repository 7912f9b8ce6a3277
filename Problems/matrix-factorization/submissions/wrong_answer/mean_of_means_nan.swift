// WRONG ANSWER: predicts user mean + title mean - global mean, computing each mean as
// sum / count in floating point. A cold-start user or title has count 0, so 0 / 0 gives nan,
// which is printed as "nan" and rejected. (Without cold starts the unregularised means also
// overfit users and titles with one or two ratings.)

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (users, items, count) = (header[0], header[1], header[2])
var userSum = [Double](repeating: 0, count: users + 1)
var userCount = [Double](repeating: 0, count: users + 1)
var itemSum = [Double](repeating: 0, count: items + 1)
var itemCount = [Double](repeating: 0, count: items + 1)
var total = 0.0
for _ in 0..<count {
    let parts = readLine()!.split(separator: " ").map { Int($0)! }
    let r = Double(parts[2])
    userSum[parts[0]] += r
    userCount[parts[0]] += 1
    itemSum[parts[1]] += r
    itemCount[parts[1]] += 1
    total += r
}
let mean = total / Double(count)
let queries = Int(readLine()!)!
var lines: [String] = []
for _ in 0..<queries {
    let parts = readLine()!.split(separator: " ").map { Int($0)! }
    let prediction = userSum[parts[0]] / userCount[parts[0]] + itemSum[parts[1]] / itemCount[parts[1]] - mean
    lines.append("\(prediction)")
}
print(lines.joined(separator: "\n"))
