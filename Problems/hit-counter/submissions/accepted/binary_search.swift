// Hit counter by binary search: hit timestamps arrive in non-decreasing order, so the
// array of hits stays sorted. COUNT t = (hits so far) - (hits with t_h <= t - W), and the
// second term is a lower-bound search for the first t_h > t - W. O(log n) per COUNT.

var hits: [Int] = []

/// Index of the first element of `hits` that is greater than `x`.
func firstGreater(than x: Int) -> Int {
    var lo = 0
    var hi = hits.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if hits[mid] <= x {
            lo = mid + 1
        } else {
            hi = mid
        }
    }
    return lo
}

let header = readLine()!.split(separator: " ")
let window = Int(header[0])!
let lineCount = Int(header[1])!
var out = ""

for _ in 0..<lineCount {
    let parts = readLine()!.split(separator: " ")
    let t = Int(parts[1])!
    if parts[0] == "HIT" {
        hits.append(t)
    } else {
        out += "\(hits.count - firstGreater(than: t - window))\n"
    }
}

print(out, terminator: "")
