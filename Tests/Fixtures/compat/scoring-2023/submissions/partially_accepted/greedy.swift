// Takes items by value per weight, best first, while they fit: feasible, but not always optimal.
// Expected score 77.625 (see ../README.md).
let header = readLine()!.split(separator: " ").map { Int($0)! }
let (n, capacity) = (header[0], header[1])
var items: [(weight: Int, value: Int, index: Int)] = []
for index in 1...n {
    let item = readLine()!.split(separator: " ").map { Int($0)! }
    items.append((item[0], item[1], index))
}
items.sort { a, b in
    a.value * b.weight != b.value * a.weight ? a.value * b.weight > b.value * a.weight : a.index < b.index
}
var load = 0
var chosen: [Int] = []
for item in items where load + item.weight <= capacity {
    load += item.weight
    chosen.append(item.index)
}
print(chosen.count)
print(chosen.sorted().map(String.init).joined(separator: " "))
