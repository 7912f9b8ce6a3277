// WRONG ANSWER (LeetCode 362 trick carried over): 300 circular buckets indexed by t % 300,
// each remembering the timestamp it holds. That is exactly right for a 300-second window,
// but this problem's window W comes from the input and the code ignores it. (Sizing the
// ring to W instead would allocate 10^9 buckets on the W = 10^9 test.)

var bucketTime = [Int](repeating: -1, count: 300)
var bucketHits = [Int](repeating: 0, count: 300)

let header = readLine()!.split(separator: " ")
let lineCount = Int(header[1])!
var output: [String] = []

for _ in 0..<lineCount {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[1])!
    if parts[0] == "HIT" {
        let slot = t % 300
        if bucketTime[slot] != t {
            bucketTime[slot] = t
            bucketHits[slot] = 1
        } else {
            bucketHits[slot] += 1
        }
    } else {
        var total = 0
        for slot in 0..<300 where bucketTime[slot] >= 0 && t - bucketTime[slot] < 300 {
            total += bucketHits[slot]
        }
        output.append(String(total))
    }
}

print(output.joined(separator: "\n"))
