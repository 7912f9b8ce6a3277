// TIME LIMIT EXCEEDED: spins forever when a number is 1000 or more in size; a test with one catches it.
_ = readLine()
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
var spins = 0
while numbers.contains(where: { abs($0) >= 1000 }) { spins &+= 1 }
print(numbers.reduce(0, +))
