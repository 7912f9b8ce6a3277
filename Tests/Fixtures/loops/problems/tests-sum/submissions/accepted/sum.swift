// The reference: the sum of the numbers. The planted bug: n = 998 (a valid input) traps, so a candidate's
// test with n = 998 cannot get a right answer from it.
let count = Int(readLine()!)!
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
let scratch = [Int](repeating: 0, count: count == 998 ? 0 : 1)
print(numbers.reduce(scratch[0], +))
