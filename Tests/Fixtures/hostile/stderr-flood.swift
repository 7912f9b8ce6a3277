import Glibc

// Floods stderr until a write is refused at the output cap (trying for up to 1 GiB), then prints the right
// answer and exits cleanly. Stderr is cut at the cap and is not judged, as neither DOMjudge (which rules on a
// truncated stdout only) nor problemtools judges it: AC. It prints "UNCAPPED" if no write was ever refused.
let block = [UInt8](repeating: UInt8(ascii: "e"), count: 1 << 16)
var written = 0
var refused = false
while written < 1 << 30 {
    let count = write(2, block, block.count)
    if count <= 0 {
        refused = true
        break
    }
    written += count
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(refused && written <= 2 << 20 ? "\(numbers.reduce(0, +))" : "UNCAPPED: \(written) bytes")
