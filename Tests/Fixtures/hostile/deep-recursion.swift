// Hashes a chain of a million values recursively, one frame per value, far past the usual 8 MiB stack.
// That is legal: Panel lets the stack use the whole memory limit. The hash is not an accumulation the
// optimizer could turn into a loop, and it is checked against a loop's, so the right answer is printed
// only if every frame ran.
var values = [Int32](repeating: 0, count: 1_000_000)
for index in values.indices { values[index] = Int32(index % 7) }

@inline(never)
func hash(from index: Int) -> UInt64 {
    if index == values.count { return 17 }
    return hash(from: index + 1) &* 31 &+ UInt64(values[index])
}

var expected: UInt64 = 17
for index in values.indices.reversed() { expected = expected &* 31 &+ UInt64(values[index]) }

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(hash(from: 0) == expected ? String(numbers.reduce(0, +)) : "MISMATCH")
