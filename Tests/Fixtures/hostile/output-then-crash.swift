import Glibc

// Writes twice the output limit (1 MiB on sum) to stdout, then crashes: a crash ranks before the output limit,
// as in DOMjudge (a non-zero exit before a truncated stdout), so RTE.
let block = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
for _ in 0..<32 { _ = write(1, block, block.count) }
raise(SIGSEGV)
