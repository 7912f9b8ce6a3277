// TIME LIMIT EXCEEDED (naive): keeps the views of the window in a queue and, on each refresh,
// recounts the whole window into a regional and a global dictionary, sorts both and builds the
// row. O(window + M log M) per refresh: about 10^5 live views times 5 * 10^4 refreshes on the
// largest tests. The output is correct.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, window) = (header[0], header[1])

var viewTimes: [Int] = []
var viewRegions: [Substring] = []
var viewTitles: [Int] = []
var head = 0
var output: [String] = []

func ranked(_ counts: [Int: Int]) -> [Int] {
    counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
}

for _ in 0..<n {
    let parts = readLine()!.split(separator: " ")
    let time = Int(parts[1])!
    let region = parts[2]
    if parts[0] == "V" {
        viewTimes.append(time)
        viewRegions.append(region)
        viewTitles.append(Int(parts[3])!)
        continue
    }
    while head < viewTimes.count && viewTimes[head] <= time - window {
        head += 1
    }
    var regional: [Int: Int] = [:]
    var global: [Int: Int] = [:]
    for i in head..<viewTimes.count {
        global[viewTitles[i], default: 0] += 1
        if viewRegions[i] == region {
            regional[viewTitles[i], default: 0] += 1
        }
    }
    var row = Array(ranked(regional).prefix(10))
    for title in ranked(global) where row.count < 10 && !row.contains(title) {
        row.append(title)
    }
    output.append(row.isEmpty ? "EMPTY" : row.map(String.init).joined(separator: " "))
}
print(output.joined(separator: "\n"))
