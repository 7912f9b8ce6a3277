// Writes "n" then n integers in [-1000, 1000], from a seeded SplitMix64: gen <n> <seed>.
var state = UInt64(CommandLine.arguments[2])!
func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
let n = Int(CommandLine.arguments[1])!
let numbers = (0..<n).map { _ in String(Int(next() % 2001) - 1000) }
print(n)
print(numbers.joined(separator: " "))
