// Reads n, then n integers, and prints their sum.
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
