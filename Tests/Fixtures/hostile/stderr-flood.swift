import Glibc

// Floods stderr, which shares the output limit with stdout. It ignores SIGXFSZ, stops when a write is
// refused, then prints the right answer and exits cleanly: the flood must still be an OLE.
signal(SIGXFSZ, SIG_IGN)
let block = [UInt8](repeating: UInt8(ascii: "e"), count: 1 << 16)
var written = 0
while written < 1 << 30 {
    let count = write(2, block, block.count)
    if count <= 0 { break }
    written += count
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
