// TIME LIMIT EXCEEDED (naive): entries live in an array ordered from least to most
// recently used. Every GET/PUT searches the array linearly and moves the entry to the
// end, so each operation is O(C); with C = 10^5 and 2·10^5 operations that is ~10^10 steps.
// The answers are correct.

var entries: [(key: Int, value: Int)] = []

let firstLine = readLine()!.split(separator: " ")
let capacity = Int(firstLine[0])!
let queryCount = Int(firstLine[1])!
var output: [String] = []

for _ in 0..<queryCount {
    let parts = readLine()!.split(separator: " ")
    let key = Int(parts[1])!
    if parts[0] == "GET" {
        if let i = entries.firstIndex(where: { $0.key == key }) {
            let entry = entries.remove(at: i)
            entries.append(entry)
            output.append(String(entry.value))
        } else {
            output.append("-1")
        }
    } else {
        let value = Int(parts[2])!
        if let i = entries.firstIndex(where: { $0.key == key }) {
            entries.remove(at: i)
        } else if entries.count == capacity {
            entries.removeFirst()
        }
        entries.append((key: key, value: value))
    }
}

print(output.joined(separator: "\n"))
