// WRONG ANSWER: ignores negative numbers; a test with a negative number catches it.
_ = readLine()
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
print(numbers.filter { $0 >= 0 }.reduce(0, +))
