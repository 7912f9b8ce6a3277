import Foundation

/// Reading what complexity a candidate states: the running-time term of a line and the growth it means.
extension ComplexityCheck {
    /// Whether a line holds a big-O term.
    static func hasBigO(_ line: String) -> Bool {
        line.range(of: #"(?<![A-Za-z])[OΘ]\("#, options: .regularExpression) != nil
    }

    /// Whether a line talks about another solution ("the naive scan is O(n^2)").
    static func isAboutAlternatives(_ line: String) -> Bool {
        let lower = line.lowercased()
        return ["naive", "brute", "instead of", "would be", "would take", "rather than", "versus", " vs"].contains {
            lower.contains($0)
        }
    }

    /// The running-time term of a complexity line: the first big-O term not about memory alone ("O(n) memory",
    /// "space O(n)"; "O(n) time and memory" counts),
    /// with the words that follow it up to the next comma or semicolon ("O(1) per GET and PUT").
    static func statedTerm(_ line: String) -> String? {
        var rest = Substring(line)
        while let start = rest.range(of: #"(?<![A-Za-z])[OΘ]\("#, options: .regularExpression) {
            var depth = 0
            var end = start.upperBound
            var index = rest.index(before: start.upperBound)
            while index < rest.endIndex {
                if rest[index] == "(" { depth += 1 }
                if rest[index] == ")" {
                    depth -= 1
                    if depth == 0 {
                        end = rest.index(after: index)
                        break
                    }
                }
                index = rest.index(after: index)
            }
            guard depth == 0 else { return nil }
            let after = rest[end...].prefix { $0 != "," && $0 != ";" && $0 != "." && $0 != "(" }
            let context = after.lowercased()
            let before = rest[..<start.lowerBound].suffix(12).lowercased()
            let aboutMemory = { (text: String) in
                (text.contains("memory") || text.contains("space")) && !text.contains("time")
            }
            if aboutMemory(context) || aboutMemory(String(before)) {
                rest = rest[end...]
                continue
            }
            let term = String(rest[start.lowerBound..<end])
            // "O(1) per GET and O(log n) per..." keeps "per GET": words up to the next term, at most four.
            var kept = after.split(separator: " ").prefix { $0 != "O" && $0 != "Θ" }.prefix(4)
            let connectives = ["and", "or", "in", "with", "the", "for", "to", "of", "on", "at", "when", "a"]
            while let last = kept.last, connectives.contains(last.lowercased()) {
                kept = kept.dropLast()
            }
            let words = kept.joined(separator: " ")
            let perWords = kept.contains { $0.lowercased() == "per" || $0.lowercased().hasPrefix("amorti") }
            return perWords ? term + " " + words : term
        }
        return nil
    }

    /// The total growth in input size of a stated term: its polynomial degree, plus one when it is per
    /// operation ("O(capacity) per GET" over a stream of GETs is quadratic; "O(1) per GET" is linear).
    static func growth(ofStated term: String) -> Growth {
        let lower = term.lowercased()
        guard let open = lower.firstIndex(of: "("), let close = lower.lastIndex(of: ")"), open < close else {
            return .nearLinear
        }
        let inner = String(lower[lower.index(after: open)..<close])
        let after = lower[lower.index(after: close)...]
        let perOperation = after.contains("per") || after.contains("amorti") || after.contains("each")
        let degree = polynomialDegree(inner)
        // A constant total cannot read the input: "O(1)" alone means per operation.
        return Growth(degree: perOperation || degree == 0 ? degree + 1 : degree)
    }

    /// The degree of a big-O body in its size variables: "n + m" 1, "n log n" 1, "n^2" 2, "n*m" 2, "nk" 2,
    /// "1" 0. Logarithms add nothing; a word or phrase ("capacity", "distinct keys") is one variable.
    static func polynomialDegree(_ body: String) -> Int {
        var text = body.replacingOccurrences(of: "²", with: "^2").replacingOccurrences(of: "³", with: "^3")
        for mark in ["·", "×", "⋅"] { text = text.replacingOccurrences(of: mark, with: "*") }
        text = text.replacingOccurrences(of: #"log\s*\(?[^)+*]*\)?|\blg\b"#, with: "", options: .regularExpression)
        var best = 0
        for term in text.split(separator: "+") {
            var degree = 0
            for factor in term.split(separator: "*") {
                var word = factor.trimmingCharacters(in: .whitespaces)
                var power = 1
                if let caret = word.firstIndex(of: "^") {
                    power = Int(word[word.index(after: caret)...].prefix { $0.isNumber }) ?? 1
                    word = String(word[..<caret])
                }
                let letters = word.filter(\.isLetter)
                guard !letters.isEmpty else { continue }
                // "nm", "qk": juxtaposed single-letter variables; longer words are one variable.
                let variables = letters.count == 2 && word.count == 2 ? 2 : 1
                degree += variables * power
            }
            best = max(best, degree)
        }
        return best
    }
}
