// Approach: a biased matrix factorization, prediction = mu + b_u + b_i + p_u . q_i with 10 factors,
// trained by stochastic gradient descent over the ratings in a shuffled order (30 epochs, learning
// rate 0.02, L2 weight 0.02 on biases and 0.04 on factors) from a fixed seed, so runs repeat.
// Complexity: O(epochs * R * k) time for R ratings, O((U + I) * k + R) memory.
// Edge cases: cold-start members or titles fall back to mu plus the bias that is known; a member with
// one rating is pulled towards the mean by the regularisation; predictions are clamped to [1, 5] and
// never NaN.

import Foundation

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

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

    let k = 10
    let epochs = 30
    let learningRate = 0.02
    let biasRegularisation = 0.02
    let factorRegularisation = 0.04
    var rng = SplitMix64(state: 2024)
    let mu = count > 0 ? rating.reduce(0, +) / Double(count) : 3.0
    var userBias = [Double](repeating: 0, count: users)
    var itemBias = [Double](repeating: 0, count: items)
    var p = (0..<users * k).map { _ in (rng.unit() - 0.5) * 0.2 }
    var q = (0..<items * k).map { _ in (rng.unit() - 0.5) * 0.2 }

    var userSeen = [Bool](repeating: false, count: users)
    var itemSeen = [Bool](repeating: false, count: items)
    for r in 0..<count {
        userSeen[userOf[r]] = true
        itemSeen[itemOf[r]] = true
    }

    var order = Array(0..<count)
    for _ in 0..<epochs {
        for i in stride(from: count - 1, to: 0, by: -1) {
            order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
        }
        for r in order {
            let u = userOf[r]
            let i = itemOf[r]
            var dot = 0.0
            for f in 0..<k { dot += p[u * k + f] * q[i * k + f] }
            let error = rating[r] - (mu + userBias[u] + itemBias[i] + dot)
            userBias[u] += learningRate * (error - biasRegularisation * userBias[u])
            itemBias[i] += learningRate * (error - biasRegularisation * itemBias[i])
            for f in 0..<k {
                let pu = p[u * k + f]
                let qi = q[i * k + f]
                p[u * k + f] += learningRate * (error * qi - factorRegularisation * pu)
                q[i * k + f] += learningRate * (error * pu - factorRegularisation * qi)
            }
        }
    }

    let queries = Int(readLine()!)!
    var lines: [String] = []
    lines.reserveCapacity(queries)
    for _ in 0..<queries {
        let parts = readLine()!.split(separator: " ")
        let u = Int(parts[0])! - 1
        let i = Int(parts[1])! - 1
        var prediction = mu + userBias[u] + itemBias[i]
        if userSeen[u] && itemSeen[i] {
            for f in 0..<k { prediction += p[u * k + f] * q[i * k + f] }
        }
        lines.append(String(format: "%.4f", min(5, max(1, prediction))))
    }
    print(lines.joined(separator: "\n"))
}

main()
