// RUN TIME ERROR: the values fit in 32 bits, so this solution parses every number as an
// Int32. The RND argument r goes up to 2^63 - 1, so `Int32(...)!` finds nil and traps on
// the first large r. The data structure itself (dictionary + swap-with-last array) is right.

var members: [Int32] = []
var indexOf: [Int32: Int] = [:]

let q = Int(readLine()!)!
var out: [String] = []

for _ in 0..<q {
    let parts = readLine()!.split(separator: " ")
    let value = Int32(parts[1])!          // traps when r > Int32.max
    switch parts[0] {
    case "INS":
        if indexOf[value] == nil {
            indexOf[value] = members.count
            members.append(value)
            out.append("true")
        } else {
            out.append("false")
        }
    case "DEL":
        if let i = indexOf.removeValue(forKey: value) {
            let last = members.removeLast()
            if last != value {
                members[i] = last
                indexOf[last] = i
            }
            out.append("true")
        } else {
            out.append("false")
        }
    default:
        out.append(String(members[Int(value) % members.count]))
    }
}

print(out.joined(separator: "\n"))
