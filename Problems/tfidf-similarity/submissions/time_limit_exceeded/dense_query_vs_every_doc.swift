// TIME LIMIT EXCEEDED (naive): the vectors are computed correctly, but every query is
// compared with every document. The query is spread into a dense array over the whole
// vocabulary, and each document's sparse vector is dotted against it.
// O(Q * (V + T)) for vocabulary size V and T tokens in total: about 4 * 10^9 steps at the
// largest sizes. Output is correct.

import Foundation

func main() {
    let n = Int(readLine()!)!
    var termId: [String: Int] = [:]
    var documentTerms: [[Int]] = []
    for _ in 0..<n {
        let text = readLine() ?? ""
        var terms: [Int] = []
        var token: [UInt8] = []
        for byte in text.utf8 + [UInt8(ascii: " ")] {
            if (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) {
                token.append(byte)
            } else if byte >= 65 && byte <= 90 {
                token.append(byte + 32)
            } else if !token.isEmpty {
                let word = String(decoding: token, as: UTF8.self)
                if let id = termId[word] {
                    terms.append(id)
                } else {
                    terms.append(termId.count)
                    termId[word] = termId.count
                }
                token.removeAll()
            }
        }
        documentTerms.append(terms)
    }

    var df = [Int](repeating: 0, count: termId.count)
    var counts: [[Int: Int]] = []
    for terms in documentTerms {
        var tf: [Int: Int] = [:]
        for t in terms { tf[t, default: 0] += 1 }
        for t in tf.keys { df[t] += 1 }
        counts.append(tf)
    }
    var vectors: [[(term: Int, weight: Double)]] = []
    var norms: [Double] = []
    for tf in counts {
        let vector = tf.keys.sorted().map { t in (term: t, weight: Double(tf[t]!) * log(Double(n) / Double(df[t]))) }
        vectors.append(vector)
        norms.append(vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot())
    }

    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let (q, k) = (header[0], header[1])
    var dense = [Double](repeating: 0, count: termId.count)
    var lines: [String] = []
    for _ in 0..<q {
        let query = Int(readLine()!)! - 1
        for (t, w) in vectors[query] { dense[t] = w }
        var scored: [(score: Double, doc: Int)] = []
        for d in 0..<n where d != query {
            var dot = 0.0
            for (t, w) in vectors[d] { dot += dense[t] * w }
            if dot > 0 { scored.append((dot / (norms[query] * norms[d]), d)) }
        }
        for (t, _) in vectors[query] { dense[t] = 0 }
        scored.sort { $0.score != $1.score ? $0.score > $1.score : $0.doc < $1.doc }
        let top = scored.prefix(k).map { "\($0.doc + 1):\(String(format: "%.6f", $0.score))" }
        lines.append(top.isEmpty ? "NONE" : top.joined(separator: " "))
    }
    print(lines.joined(separator: "\n"))
}

main()
