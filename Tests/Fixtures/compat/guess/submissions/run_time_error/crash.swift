// Reads the size and then divides by zero.
let n = Int(readLine()!)!
let zero = n - n
print(n / zero)
