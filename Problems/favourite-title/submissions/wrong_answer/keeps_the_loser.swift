// WRONG ANSWER: reads the reply as "the title that lost" and keeps the other one, so it ends
// with the least favourite title instead of the favourite.

import Foundation

let n = Int(readLine()!)!
var best = 1
for challenger in stride(from: 2, through: n, by: 1) {
    print("? \(best) \(challenger)")
    fflush(stdout)
    let reply = Int(readLine()!)!
    best = reply == best ? challenger : best
}
print("! \(best)")
fflush(stdout)
