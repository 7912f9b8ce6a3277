// Asks about every number in turn: runs out of questions on large n.
import Glibc

let n = Int(readLine()!)!
for guess in 1...n {
    print("? \(guess)")
    fflush(stdout)
    if readLine() == "=" {
        print("! \(guess)")
        fflush(stdout)
        break
    }
}
