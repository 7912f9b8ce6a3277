/*
 Hit counter, thinking out loud.

 Approach: hits arrive in time order, so the list of hit times is already sorted. A COUNT at
 second t is "hits so far" minus "hits at or before t - W", and that second number is one
 binary search. No deletion, no queue to maintain.
 Complexity: O(log Q) per COUNT and O(1) per HIT, so O(Q log Q) overall; O(Q) memory.
 Edge cases: COUNT before any hit prints 0; a hit exactly W seconds old is excluded (strictly
 greater than t - W); a COUNT followed by a HIT at the same second does not see it, which
 falls out of processing lines in order; W up to 1e9 makes t - W negative, which the search
 handles like any other bound.
*/

/// Index of the first element of `sorted` that is greater than `bound`.
func firstIndex(after bound: Int, in sorted: [Int]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
        let middle = (low + high) / 2
        if sorted[middle] <= bound {
            low = middle + 1
        } else {
            high = middle
        }
    }
    return low
}

let first = readLine()!.split(separator: " ")
let window = Int(first[0])!
let lineCount = Int(first[1])!

var hitTimes: [Int] = []
hitTimes.reserveCapacity(lineCount)
var answers: [String] = []

for _ in 0..<lineCount {
    let fields = readLine()!.split(separator: " ")
    let time = Int(fields[1])!
    if fields[0] == "HIT" {
        hitTimes.append(time)
    } else {
        let expired = firstIndex(after: time - window, in: hitTimes)
        answers.append(String(hitTimes.count - expired))
    }
}

print(answers.joined(separator: "\n"))
