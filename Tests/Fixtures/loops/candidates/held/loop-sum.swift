// Approach: read n, then add the numbers of the second line as they are parsed.
// Complexity: O(n) time, O(1) memory beyond the input line.
// Edge cases: n = 0 with an empty second line; negative numbers; values up to 10^12 (Int is 64-bit).
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
