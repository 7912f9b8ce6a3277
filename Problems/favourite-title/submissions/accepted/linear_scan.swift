// Keep a running favourite and challenge it with every other title: N - 1 questions, each
// answered at once, so exactly the budget. The winner of the last question is preferred to
// every title, since preference is a strict order. Every line is flushed, because stdout is a
// pipe here and would otherwise sit in a buffer while we wait for the reply.
// O(N) time and questions, O(1) memory.

import Foundation

let n = Int(readLine()!)!
var best = 1
for challenger in stride(from: 2, through: n, by: 1) {
    print("? \(best) \(challenger)")
    fflush(stdout)
    best = Int(readLine()!)!
}
print("! \(best)")
fflush(stdout)
