// Traps on an out-of-range index after reading the input: RTE.
_ = readLine()
let numbers: [Int] = []
print(numbers[1])
