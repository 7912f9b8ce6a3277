// Fewest coins for every amount up to t, remembering the last coin of each; then read the payment back.
let header = readLine()!.split(separator: " ").map { Int($0)! }
let coins = readLine()!.split(separator: " ").map { Int($0)! }
let amount = header[1]
var fewest = [0] + [Int](repeating: Int.max, count: amount)
var last = [Int](repeating: 0, count: amount + 1)
for value in stride(from: 1, through: amount, by: 1) {
    for coin in coins where coin <= value && fewest[value - coin] != Int.max {
        if fewest[value - coin] + 1 < fewest[value] {
            fewest[value] = fewest[value - coin] + 1
            last[value] = coin
        }
    }
}
if fewest[amount] == Int.max {
    print("impossible")
} else {
    var paid: [Int] = []
    var rest = amount
    while rest > 0 {
        paid.append(last[rest])
        rest -= last[rest]
    }
    print(paid.count)
    print(paid.map(String.init).joined(separator: " "))
}
