// A knockout tournament: titles play in pairs, winners go on to the next round, and a title
// without an opponent gets a bye. Every question knocks out exactly one title, so N - 1
// questions find the favourite. (The same bracket is the start of the classic follow-up: the
// runner-up is among the log2(N) titles the favourite beat.)
// O(N) time and questions, O(N) memory.

import Foundation

/// Asks which of two titles the user prefers.
func preferred(_ a: Int, _ b: Int) -> Int {
    print("? \(a) \(b)")
    fflush(stdout)
    guard let line = readLine(), let winner = Int(line) else { exit(1) }
    return winner
}

let n = Int(readLine()!)!
var round = Array(1...n)
while round.count > 1 {
    var next: [Int] = []
    next.reserveCapacity((round.count + 1) / 2)
    for i in stride(from: 0, to: round.count - 1, by: 2) {
        next.append(preferred(round[i], round[i + 1]))
    }
    if round.count % 2 == 1 { next.append(round[round.count - 1]) }
    round = next
}
print("! \(round[0])")
fflush(stdout)
