// Tries divisors up to 1000 only, so a product of two large primes looks prime.
let n = Int(readLine()!)!
if let divisor = (2...1000).first(where: { $0 < n && n % $0 == 0 }) {
    print(divisor, n / divisor)
} else {
    print("prime")
}
