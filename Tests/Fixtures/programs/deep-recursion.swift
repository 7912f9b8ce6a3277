// Recurses a million frames deep (far past the usual 8 MiB stack): legal, because Panel lets the stack
// use the whole memory limit.
var visited = [Int32](repeating: 0, count: 1_000_001)
func visit(_ node: Int) {
    if node == 0 { return }
    visit(node - 1)
    visited[node] = Int32(node % 7)
}
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
visit(1_000_000)
print(numbers.reduce(0, +) + Int(visited[7]))
