// TIME LIMIT EXCEEDED (naive, as usually written): keeps every hit timestamp and, for each
// COUNT, filters all of them. Correct, but O(hits) per COUNT plus an array allocation:
// 10^5 hits in the window and 10^5 COUNTs is 10^10 comparisons.

var hits: [Int] = []

let header = readLine()!.split(separator: " ")
let window = Int(header[0])!
let lineCount = Int(header[1])!
var output: [String] = []

for _ in 0..<lineCount {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[1])!
    if parts[0] == "HIT" {
        hits.append(t)
    } else {
        output.append(String(hits.filter { $0 > t - window && $0 <= t }.count))
    }
}

print(output.joined(separator: "\n"))
