// TIME LIMIT EXCEEDED (naive): the members live in a plain array and nothing else. INS
// checks membership with a linear scan, DEL finds the member with a linear scan and then
// swaps in the last member as the statement describes, so the answers are right, but INS
// and DEL cost O(n): with 10^5 members and 2*10^5 operations that is ~10^10 comparisons.

var members: [Int] = []

let q = Int(readLine()!)!
var out: [String] = []

for _ in 0..<q {
    let parts = readLine()!.split(separator: " ")
    let value = Int(parts[1])!
    switch parts[0] {
    case "INS":
        if members.contains(value) {
            out.append("false")
        } else {
            members.append(value)
            out.append("true")
        }
    case "DEL":
        if let i = members.firstIndex(of: value) {
            members.swapAt(i, members.count - 1)
            members.removeLast()
            out.append("true")
        } else {
            out.append("false")
        }
    default:
        out.append(String(members[value % members.count]))
    }
}

print(out.joined(separator: "\n"))
