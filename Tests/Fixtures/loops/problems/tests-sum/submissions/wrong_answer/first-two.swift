// WRONG ANSWER: sums only the first two numbers; any test with three or more numbers catches it.
_ = readLine()
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
print(numbers.prefix(2).reduce(0, +))
