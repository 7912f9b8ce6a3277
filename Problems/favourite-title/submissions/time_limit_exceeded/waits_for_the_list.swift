// TIME LIMIT EXCEEDED: misreads the protocol and expects the N titles on a second line before
// asking anything. The interactor sends nothing until it gets a question, so the program
// waits forever (until the wall-clock limit).

import Foundation

let n = Int(readLine()!)!
let titles = readLine()!.split(separator: " ").map { Int($0)! }
var best = titles[0]
for challenger in titles.dropFirst() {
    print("? \(best) \(challenger)")
    fflush(stdout)
    best = Int(readLine()!)!
}
print("! \(best)")
fflush(stdout)
_ = n
