// TIME LIMIT EXCEEDED (naive, tightest form): keeps every hit timestamp and, for each
// COUNT, scans all of them in a plain loop. Correct, but O(hits) per COUNT: 10^5 hits in the
// window and 10^5 COUNTs is 10^10 comparisons (about 6 s of CPU with swiftc -O, 6x the limit).

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
        var total = 0
        for h in hits where h > t - window && h <= t {
            total += 1
        }
        output.append(String(total))
    }
}

print(output.joined(separator: "\n"))
