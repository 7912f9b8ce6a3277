// WRONG ANSWER (over the question budget): sorts all titles with the user's answers as the
// comparator and takes the first. Correct, but a comparison sort needs about N log2 N
// questions, far more than the N - 1 allowed.

import Foundation

let n = Int(readLine()!)!
let ranking = (1...n).sorted { a, b in
    print("? \(a) \(b)")
    fflush(stdout)
    // The judge stops answering once the budget is spent: then give up quietly.
    guard let reply = readLine(), let winner = Int(reply) else { exit(0) }
    return winner == a
}
print("! \(ranking[0])")
fflush(stdout)
