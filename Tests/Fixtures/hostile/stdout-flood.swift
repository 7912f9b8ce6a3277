import Glibc

// Writes to stdout without end, in large blocks: the output limit must stop it.
let block = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
while true { _ = write(1, block, block.count) }
