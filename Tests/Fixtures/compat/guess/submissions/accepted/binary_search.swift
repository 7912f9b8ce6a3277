// Binary search: "<" means the number is larger than the guess. ⌈log2 10^6⌉ = 20 questions at most.
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
