// Approach: tokenise byte by byte (runs of ASCII letters and digits, lower-cased), turn each document
// into a sparse TF-IDF vector with its norm, and build an inverted index from term to postings. A
// query only visits documents that share a term with it, accumulating dot products, and keeps the K
// best by (score desc, id asc). At catalogue scale the index would be sharded by term, or replaced
// by approximate nearest neighbours.
// Complexity: O(T log T + sum over queries of the postings they touch) time, O(T + N) memory.
// Edge cases: empty documents and zero norms (never divide by them); terms in every document have
// idf 0 and add nothing; N = 1; the query document itself is never listed.

import Foundation

func main() {
    let n = Int(readLine()!)!
    var termId: [String: Int] = [:]
    var documentTerms: [[Int]] = []  // term ids of each document, sorted, with repeats
    var token: [UInt8] = []
    for _ in 0..<n {
        let text = readLine() ?? ""
        var terms: [Int] = []
        for byte in text.utf8 + [UInt8(ascii: " ")] {
            if (byte >= 48 && byte <= 57) || (byte >= 97 && byte <= 122) {
                token.append(byte)
            } else if byte >= 65 && byte <= 90 {
                token.append(byte + 32)  // ASCII upper case only
            } else if !token.isEmpty {
                let word = String(decoding: token, as: UTF8.self)
                if let id = termId[word] {
                    terms.append(id)
                } else {
                    terms.append(termId.count)
                    termId[word] = termId.count
                }
                token.removeAll(keepingCapacity: true)
            }
        }
        terms.sort()
        documentTerms.append(terms)
    }
    let termCount = termId.count

    // Document frequencies (each term once per document), then idf.
    var df = [Int](repeating: 0, count: termCount)
    for terms in documentTerms {
        for (i, t) in terms.enumerated() where i == 0 || terms[i - 1] != t { df[t] += 1 }
    }
    let idf = df.map { log(Double(n) / Double($0)) }

    // Sparse vectors as (term, weight) runs per document; norms; postings counts.
    var vectorStart = [Int](repeating: 0, count: n + 1)
    var vectorTerm: [Int] = []
    var vectorWeight: [Double] = []
    var norm = [Double](repeating: 0, count: n)
    var postingStart = [Int](repeating: 0, count: termCount + 1)
    for (d, terms) in documentTerms.enumerated() {
        var i = 0
        while i < terms.count {
            var j = i
            while j < terms.count && terms[j] == terms[i] { j += 1 }
            let t = terms[i]
            if df[t] < n {
                let w = Double(j - i) * idf[t]
                vectorTerm.append(t)
                vectorWeight.append(w)
                norm[d] += w * w
                postingStart[t + 1] += 1
            }
            i = j
        }
        norm[d] = norm[d].squareRoot()
        vectorStart[d + 1] = vectorTerm.count
    }
    for t in 0..<termCount { postingStart[t + 1] += postingStart[t] }
    var fill = postingStart
    var postingDoc = [Int](repeating: 0, count: vectorTerm.count)
    var postingWeight = [Double](repeating: 0, count: vectorTerm.count)
    for d in 0..<n {
        for e in vectorStart[d]..<vectorStart[d + 1] {
            let t = vectorTerm[e]
            postingDoc[fill[t]] = d
            postingWeight[fill[t]] = vectorWeight[e]
            fill[t] += 1
        }
    }

    let header = readLine()!.split(separator: " ").map { Int($0)! }
    let (q, k) = (header[0], header[1])
    var dot = [Double](repeating: 0, count: n)
    var touched: [Int] = []
    var best: [(score: Double, doc: Int)] = []  // the K best so far, best first
    var lines: [String] = []
    lines.reserveCapacity(q)
    for _ in 0..<q {
        let query = Int(readLine()!)! - 1
        for e in vectorStart[query]..<vectorStart[query + 1] {
            let t = vectorTerm[e]
            let wq = vectorWeight[e]
            for p in postingStart[t]..<postingStart[t + 1] {
                let d = postingDoc[p]
                if dot[d] == 0 { touched.append(d) }
                dot[d] += wq * postingWeight[p]
            }
        }
        best.removeAll(keepingCapacity: true)
        for d in touched where d != query {
            let score = dot[d] / (norm[query] * norm[d])
            if best.count == k {
                let last = best[k - 1]
                if score < last.score || (score == last.score && d > last.doc) { continue }
                best.removeLast()
            }
            var at = best.count
            while at > 0 && (best[at - 1].score < score || (best[at - 1].score == score && best[at - 1].doc > d)) {
                at -= 1
            }
            best.insert((score, d), at: at)
        }
        for d in touched { dot[d] = 0 }
        touched.removeAll(keepingCapacity: true)
        lines.append(
            best.isEmpty
                ? "NONE" : best.map { "\($0.doc + 1):\(String(format: "%.6f", $0.score))" }.joined(separator: " "))
    }
    print(lines.joined(separator: "\n"))
}

main()
