// One pass with a dictionary from value to its first index: look for the partner before storing a value.
let header = readLine()!.split(separator: " ").map { Int($0)! }
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
var firstIndex: [Int: Int] = [:]
var found: (Int, Int)?
for (index, value) in numbers.enumerated() {
    if let partner = firstIndex[header[1] - value] {
        found = (partner + 1, index + 1)
        break
    }
    if firstIndex[value] == nil { firstIndex[value] = index }
}
if let (i, j) = found { print(i, j) } else { print("none") }
