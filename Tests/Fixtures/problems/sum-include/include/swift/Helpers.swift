/// Provided by the problem: the sum of a line of integers.
func sumOfLine(_ line: String) -> Int {
    line.split(separator: " ").compactMap { Int($0) }.reduce(0, +)
}
