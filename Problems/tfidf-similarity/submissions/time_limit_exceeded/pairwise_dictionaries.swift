// TIME LIMIT EXCEEDED (naive, the seed's find_similar): each document's tf-idf vector is a
// dictionary term -> weight; a query computes the cosine with every other document by looking
// up each of the smaller vector's terms in the larger one, then sorts all N - 1 scores.
// O(Q * (T + N log N)) dictionary operations for T tokens in total. Output is correct.

import Foundation

func cosine(_ a: [String: Double], _ b: [String: Double], _ normA: Double, _ normB: Double) -> Double {
    if normA == 0 || normB == 0 { return 0 }
    let (small, large) = a.count <= b.count ? (a, b) : (b, a)
    var dot = 0.0
    // Sorted keys keep the sum's order, and so the printed digits, the same on every run.
    for key in small.keys.sorted() {
        if let other = large[key] { dot += small[key]! * other }
    }
    return dot / (normA * normB)
}

func main() {
    let n = Int(readLine()!)!
    var counts: [[String: Int]] = []
    var documentFrequency: [String: Int] = [:]
    for _ in 0..<n {
        var tf: [String: Int] = [:]
        var token: [UInt8] = []
        for byte in (readLine() ?? "").utf8 + [UInt8(ascii: " ")] {
            if (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) {
                token.append(byte)
            } else if byte >= 65 && byte <= 90 {
                token.append(byte + 32)
            } else if !token.isEmpty {
                tf[String(decoding: token, as: UTF8.self), default: 0] += 1
                token.removeAll()
            }
        }
        for term in tf.keys { documentFrequency[term, default: 0] += 1 }
        counts.append(tf)
    }
    var vectors: [[String: Double]] = []
    var norms: [Double] = []
    for tf in counts {
        var vector: [String: Double] = [:]
        for (term, count) in tf where documentFrequency[term]! < n {
            vector[term] = Double(count) * log(Double(n) / Double(documentFrequency[term]!))
        }
        vectors.append(vector)
        norms.append(vector.keys.sorted().reduce(0.0) { $0 + vector[$1]! * vector[$1]! }.squareRoot())
    }

    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let (q, k) = (header[0], header[1])
    var lines: [String] = []
    for _ in 0..<q {
        let query = Int(readLine()!)! - 1
        var similar: [(document: Int, score: Double)] = []
        for other in 0..<n where other != query {
            let score = cosine(vectors[query], vectors[other], norms[query], norms[other])
            if score > 0 { similar.append((other, score)) }
        }
        similar.sort { $0.score != $1.score ? $0.score > $1.score : $0.document < $1.document }
        let top = similar.prefix(k).map { "\($0.document + 1):\(String(format: "%.6f", $0.score))" }
        lines.append(top.isEmpty ? "NONE" : top.joined(separator: " "))
    }
    print(lines.joined(separator: "\n"))
}

main()
