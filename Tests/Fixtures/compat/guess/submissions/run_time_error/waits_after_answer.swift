// Binary search, then it waits for a confirmation the protocol never sends. The validator closes its
// output after the answer, so readLine() sees the end of input and the force unwrap traps: RTE, even
// though the answer was right and the validator accepts it.
import Glibc

let n = Int(readLine()!)!
var low = 1
var high = n
while low < high {
    let middle = (low + high) / 2
    print("? \(middle)")
    fflush(stdout)
    switch readLine()! {
    case "<": low = middle + 1
    case ">": high = middle - 1
    default:
        low = middle
        high = middle
    }
}
print("! \(low)")
fflush(stdout)
let confirmation = readLine()!
print(confirmation)
