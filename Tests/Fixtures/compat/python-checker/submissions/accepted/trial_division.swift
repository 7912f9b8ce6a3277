// Trial division up to the square root: at most 10^6 steps.
let n = Int(readLine()!)!
var divisor = 2
while divisor * divisor <= n && n % divisor != 0 { divisor += 1 }
if divisor * divisor <= n { print(divisor, n / divisor) } else { print("prime") }
