// TIME LIMIT EXCEEDED: the right algorithm, but it never flushes. Its stdout is a pipe, so
// "? 1 2" waits in the output buffer while the program waits for the reply: both sides wait
// for each other until the wall-clock limit ends the run (N = 1 needs no question and passes).

let n = Int(readLine()!)!
var best = 1
for challenger in stride(from: 2, through: n, by: 1) {
    print("? \(best) \(challenger)")
    best = Int(readLine()!)!
}
print("! \(best)")
