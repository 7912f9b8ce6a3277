// The largest coin that fits, again and again: optimal for coin systems like 1, 5, 10, 25, too many coins
// for others, and "impossible" when it gets stuck although a payment exists. Expected score 55
// (see ../README.md).
let header = readLine()!.split(separator: " ").map { Int($0)! }
let coins = readLine()!.split(separator: " ").map { Int($0)! }.sorted(by: >)
var rest = header[1]
var paid: [Int] = []
for coin in coins {
    while rest >= coin {
        paid.append(coin)
        rest -= coin
    }
}
if rest > 0 {
    print("impossible")
} else {
    print(paid.count)
    print(paid.map(String.init).joined(separator: " "))
}
