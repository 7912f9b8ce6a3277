// Approach: sum the numbers with 32-bit arithmetic to save memory.
// Complexity: O(n).
_ = readLine()
var total: Int32 = 0
for word in (readLine() ?? "").split(separator: " ") {
    total += Int32(Int(word) ?? 0)
}
print(total)
