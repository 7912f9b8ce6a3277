// PARTIAL SCORE: a bias-only model, no factors: prediction = mu + b_u + b_i. The biases start
// from the regularised averages of the statement's baseline and get 3 epochs of stochastic
// gradient descent. It never falls below the baseline, but it cannot see taste (which users
// like which kinds of titles), so it earns only the lowest band on most tests.
// Time O(R), memory O(U + I + R).

import Foundation

func main() {
    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let (users, items, count) = (header[0], header[1], header[2])
    var userOf = [Int](repeating: 0, count: count)
    var itemOf = [Int](repeating: 0, count: count)
    var rating = [Double](repeating: 0, count: count)
    for r in 0..<count {
        let parts = readLine()!.split(separator: " ")
        userOf[r] = Int(parts[0])! - 1
        itemOf[r] = Int(parts[1])! - 1
        rating[r] = Double(parts[2])!
    }
    let mu = rating.reduce(0, +) / Double(count)

    var itemBias = [Double](repeating: 0, count: items)
    var itemCount = [Double](repeating: 0, count: items)
    for r in 0..<count {
        itemBias[itemOf[r]] += rating[r] - mu
        itemCount[itemOf[r]] += 1
    }
    for i in 0..<items { itemBias[i] /= 25 + itemCount[i] }
    var userBias = [Double](repeating: 0, count: users)
    var userCount = [Double](repeating: 0, count: users)
    for r in 0..<count {
        userBias[userOf[r]] += rating[r] - mu - itemBias[itemOf[r]]
        userCount[userOf[r]] += 1
    }
    for u in 0..<users { userBias[u] /= 10 + userCount[u] }

    for _ in 0..<3 {
        for r in 0..<count {
            let (u, i) = (userOf[r], itemOf[r])
            let error = rating[r] - (mu + userBias[u] + itemBias[i])
            userBias[u] += 0.005 * (error - 0.1 * userBias[u])
            itemBias[i] += 0.005 * (error - 0.1 * itemBias[i])
        }
    }

    let queries = Int(readLine()!)!
    var lines: [String] = []
    for _ in 0..<queries {
        let parts = readLine()!.split(separator: " ")
        let prediction = mu + userBias[Int(parts[0])! - 1] + itemBias[Int(parts[1])! - 1]
        lines.append(String(format: "%.4f", min(5, max(1, prediction))))
    }
    print(lines.joined(separator: "\n"))
}

main()
