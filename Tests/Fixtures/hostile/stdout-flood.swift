import Glibc

// Writes to stdout without end, in large blocks, and goes on when a write past the output cap fails: it never
// ends, so it is a TLE, as DOMjudge ranks a flood (its runguard truncates the stream and the program runs on).
// The cap keeps the file it fills at the limit.
let block = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
while true { _ = write(1, block, block.count) }
