// Prints twice the output limit (1 MiB on sum), then ends cleanly: stdout is cut at the limit, and a clean
// end with stdout past the limit is OLE.
let line = String(repeating: "x", count: 1023)
for _ in 0..<2048 { print(line) }
