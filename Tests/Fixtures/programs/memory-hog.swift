// Touches far more memory than the 128 MiB limit, a page at a time: MLE.
var blocks: [[UInt8]] = []
while true { blocks.append([UInt8](repeating: 1, count: 1 << 20)) }
