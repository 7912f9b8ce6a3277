/// "Did you mean" for names a user typed: fields, problem slugs, options, commands.
public enum Suggestion {
    /// " (did you mean 'x'?)" for the nearest candidate, or "" when nothing is close: the tail of an error.
    public static func didYouMean(_ word: String, among candidates: [String]) -> String {
        nearest(to: word, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The candidate closest to `word`: within two edits (one for words of up to four characters), else one that
    /// `word` is a prefix of or that is a prefix of `word`; nil when nothing is close.
    public static func nearest(to word: String, among candidates: [String]) -> String? {
        let limit = word.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        for name in candidates {
            let distance = editDistance(word, name)
            if distance <= limit, distance < word.count, distance < best?.distance ?? Int.max {
                best = (name, distance)
            }
        }
        if let best {
            return best.name
        }
        guard word.count >= 3 else {
            return nil
        }
        return candidates.first { $0.hasPrefix(word) || ($0.count >= 3 && word.hasPrefix($0)) }
    }

    /// Edit distance counting insertions, deletions, substitutions and swaps of adjacent characters.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty || b.isEmpty {
            return max(a.count, b.count)
        }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
