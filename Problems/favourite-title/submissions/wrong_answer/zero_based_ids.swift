// WRONG ANSWER: numbers the titles from 0 in its questions ("? 0 1"), which the protocol does
// not allow (titles are 1..N), so its first question is rejected.

import Foundation

let n = Int(readLine()!)!
var best = 0
for challenger in 1..<n {
    print("? \(best) \(challenger)")
    fflush(stdout)
    guard let reply = readLine(), let winner = Int(reply) else { exit(0) }
    best = winner
}
print("! \(best + 1)")
fflush(stdout)
