// RUN TIME ERROR: reads the second number unconditionally; a test with n = 1 catches it.
_ = readLine()
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
print(numbers[0] + numbers[1] + numbers.dropFirst(2).reduce(0, +))
