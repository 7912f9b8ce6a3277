// Biased matrix factorization trained by alternating least squares: prediction =
// mu + b_u + b_i + p_u . q_i with k = 10 factors. With the item side fixed, each user's
// (b_u, p_u) is a ridge regression on the residuals r - mu - b_i against (1, q_i), solved
// exactly from its (k+1) x (k+1) normal equations by Cholesky; then the same for items with the
// users fixed. The ridge weight grows with the number of ratings (lambda * n), which keeps
// sparse users near zero. 12 sweeps. Cold users or titles have no equations, so their
// biases and factors stay 0 and the prediction falls back to the known parts.
// Predictions are clamped to [1, 5].
// Time O(sweeps * (R k^2 + (U + I) k^3)), memory O((U + I) k + R).

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

/// Solves (A + lambda I) x = b in place for a symmetric positive definite `a` of size n x n
/// (row-major); `a` is overwritten by its Cholesky factor.
func solveRidge(_ a: inout [Double], _ b: inout [Double], n: Int) {
    for j in 0..<n {
        var diagonal = a[j * n + j]
        for m in 0..<j { diagonal -= a[j * n + m] * a[j * n + m] }
        let l = max(diagonal, 1e-12).squareRoot()
        a[j * n + j] = l
        for i in (j + 1)..<max(n, j + 1) {
            var value = a[i * n + j]
            for m in 0..<j { value -= a[i * n + m] * a[j * n + m] }
            a[i * n + j] = value / l
        }
    }
    for i in 0..<n {  // L y = b
        var value = b[i]
        for m in 0..<i { value -= a[i * n + m] * b[m] }
        b[i] = value / a[i * n + i]
    }
    for i in stride(from: n - 1, through: 0, by: -1) {  // L^T x = y
        var value = b[i]
        for m in (i + 1)..<max(n, i + 1) { value -= a[m * n + i] * b[m] }
        b[i] = value / a[i * n + i]
    }
}

/// One half-sweep: refits (bias, factors) of every row entity (users or items) against the
/// fixed column entities. `rowStart`/`column`/`target` hold each row's ratings (CSR) with the
/// residual target r - mu - (the column's bias).
func refit(
    rows: Int, rowStart: [Int], column: [Int], residual: [Double], columnFactors: [Double],
    bias: inout [Double], factors: inout [Double], k: Int, lambda: Double
) {
    let n = k + 1
    var a = [Double](repeating: 0, count: n * n)
    var b = [Double](repeating: 0, count: n)
    var z = [Double](repeating: 0, count: n)
    for row in 0..<rows {
        let count = rowStart[row + 1] - rowStart[row]
        if count == 0 { continue }
        for i in 0..<(n * n) { a[i] = 0 }
        for i in 0..<n { b[i] = 0 }
        for e in rowStart[row]..<rowStart[row + 1] {
            let c = column[e]
            z[0] = 1
            for f in 0..<k { z[f + 1] = columnFactors[c * k + f] }
            for i in 0..<n {
                b[i] += z[i] * residual[e]
                for j in 0...i { a[i * n + j] += z[i] * z[j] }
            }
        }
        for i in 0..<n {
            for j in 0..<i { a[j * n + i] = a[i * n + j] }
            a[i * n + i] += lambda * Double(count)
        }
        solveRidge(&a, &b, n: n)
        bias[row] = b[0]
        for f in 0..<k { factors[row * k + f] = b[f + 1] }
    }
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
    let mu = count > 0 ? rating.reduce(0, +) / Double(count) : 3.0

    // Ratings grouped by user and by item (CSR), remembering each one's index.
    func grouped(_ key: [Int], _ size: Int) -> (start: [Int], index: [Int]) {
        var start = [Int](repeating: 0, count: size + 1)
        for r in 0..<count { start[key[r] + 1] += 1 }
        for s in 0..<size { start[s + 1] += start[s] }
        var fill = start
        var index = [Int](repeating: 0, count: count)
        for r in 0..<count {
            index[fill[key[r]]] = r
            fill[key[r]] += 1
        }
        return (start, index)
    }
    let byUser = grouped(userOf, users)
    let byItem = grouped(itemOf, items)
    let userColumn = byUser.index.map { itemOf[$0] }
    let itemColumn = byItem.index.map { userOf[$0] }

    let k = 10
    let lambda = 0.08
    var rng = SplitMix64(state: 7)
    var userBias = [Double](repeating: 0, count: users)
    var itemBias = [Double](repeating: 0, count: items)
    var p = [Double](repeating: 0, count: users * k)
    var q = (0..<items * k).map { _ in (rng.unit() - 0.5) * 0.2 }
    var residual = [Double](repeating: 0, count: count)
    for _ in 0..<12 {
        for e in 0..<count { residual[e] = rating[byUser.index[e]] - mu - itemBias[userColumn[e]] }
        refit(
            rows: users, rowStart: byUser.start, column: userColumn, residual: residual, columnFactors: q,
            bias: &userBias, factors: &p, k: k, lambda: lambda)
        for e in 0..<count { residual[e] = rating[byItem.index[e]] - mu - userBias[itemColumn[e]] }
        refit(
            rows: items, rowStart: byItem.start, column: itemColumn, residual: residual, columnFactors: p,
            bias: &itemBias, factors: &q, k: k, lambda: lambda)
    }

    let queries = Int(readLine()!)!
    var lines: [String] = []
    lines.reserveCapacity(queries)
    for _ in 0..<queries {
        let parts = readLine()!.split(separator: " ")
        let u = Int(parts[0])! - 1
        let i = Int(parts[1])! - 1
        var prediction = mu + userBias[u] + itemBias[i]
        for f in 0..<k { prediction += p[u * k + f] * q[i * k + f] }
        lines.append(String(format: "%.4f", min(5, max(1, prediction))))
    }
    print(lines.joined(separator: "\n"))
}

main()
