// TIME LIMIT EXCEEDED (naive): counts in the window are kept up to date with a queue and a
// dictionary, but each refresh sorts every live title by (count desc, id asc) and takes the
// first K. O(M log M) per refresh, about 10^5 * 10^5 * 17 steps on the largest tests.
// The output is correct.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, k, window) = (header[0], header[1], header[2])

var counts: [Int: Int] = [:]
var windowTimes: [Int] = []
var windowTitles: [Int] = []
var head = 0
var output: [String] = []

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    if parts[0] == "E" {
        let title = Int(parts[2])!
        windowTimes.append(time)
        windowTitles.append(title)
        counts[title, default: 0] += 1
        continue
    }
    while head < windowTimes.count && windowTimes[head] <= time - window {
        let title = windowTitles[head]
        counts[title]! -= 1
        if counts[title] == 0 { counts[title] = nil }
        head += 1
    }
    let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    let row = ranked.prefix(k).map { String($0.key) }
    output.append(row.isEmpty ? "EMPTY" : row.joined(separator: " "))
}
print(output.joined(separator: "\n"))
