// WRONG ANSWER: an off-by-one in the loop (2..<n instead of 2...n) never lets title N
// challenge, so it fails exactly when the favourite is the last title.

import Foundation

let n = Int(readLine()!)!
var best = 1
for challenger in 2..<max(n, 2) {
    print("? \(best) \(challenger)")
    fflush(stdout)
    best = Int(readLine()!)!
}
print("! \(best)")
fflush(stdout)
