// Prints without end: OLE.
let line = String(repeating: "x", count: 1023)
while true { print(line) }
