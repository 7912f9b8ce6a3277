// RUN TIME ERROR: after its (correct) answer it waits for a confirmation line that the protocol
// never sends. The interactor closes the pipe, readLine() returns nil, and the force unwrap
// traps.

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
let verdict = readLine()!
FileHandle.standardError.write(Data("judge says \(verdict)\n".utf8))
