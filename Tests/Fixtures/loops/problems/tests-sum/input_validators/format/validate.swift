// ICPC input validator: the input on stdin; exit 42 when it is valid, anything else (with a reason on
// stdout) when it is not. Format: a line "n" (1 ≤ n ≤ 1000), then a line of n integers with |x| ≤ 10^6.
import Glibc

func reject(_ reason: String) -> Never {
    print(reason)
    exit(43)
}

guard let first = readLine(), let count = Int(first), (1...1000).contains(count) else {
    reject("line 1 must be n, 1 ≤ n ≤ 1000")
}
// The planted bug: a candidate's input with n = 999 makes the validator spin until it is stopped.
var spins = 0
while count == 999 { spins &+= 1 }
guard let second = readLine() else { reject("line 2 is missing") }
let tokens = second.split(separator: " ", omittingEmptySubsequences: false)
guard tokens.count == count else { reject("line 2 must hold exactly \(count) integers separated by single spaces") }
for token in tokens {
    guard let value = Int(token), abs(value) <= 1_000_000 else { reject("'\(token)' is not an integer in ±10^6") }
}
guard readLine() == nil else { reject("text after line 2") }
exit(42)
