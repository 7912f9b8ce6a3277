import Foundation

/// The candidate's "think out loud" for one problem: whether the solution's header comment or the candidate's
/// `NOTES.md` states the approach, the complexity and the edge cases.
///
/// Panel reads labels first (`Approach:`, `Complexity:`, `Edge cases:` and their synonyms) and prose second:
/// the approach counts as stated when the text holds a labelled line or at least ``proseWords`` words of prose,
/// the complexity when it holds a big-O term, the edge cases when it names edge or corner cases.
public struct Explanation: Sendable, Codable, Equatable {
    /// Where the text came from: "header comment", "NOTES.md", both, or neither.
    public var sources: [String]
    /// The approach is stated.
    public var approach: Bool
    /// A complexity is stated.
    public var complexity: Bool
    /// Edge cases are named.
    public var edgeCases: Bool
    /// The line that states the approach, if one is labelled.
    public var approachLine: String?
    /// The line that states the complexity.
    public var complexityLine: String?
    /// The line that names the edge cases.
    public var edgeCasesLine: String?

    enum CodingKeys: String, CodingKey {
        case sources, approach, complexity
        case edgeCases = "edge_cases"
        case approachLine = "approach_line"
        case complexityLine = "complexity_line"
        case edgeCasesLine = "edge_cases_line"
    }

    /// Nothing stated.
    public static let none = Explanation(
        sources: [], approach: false, complexity: false, edgeCases: false, approachLine: nil, complexityLine: nil,
        edgeCasesLine: nil)

    /// Words of unlabelled prose that count as stating an approach.
    public static let proseWords = 15

    static let approachLabels = ["approach", "idea", "algorithm", "strategy", "plan", "solution", "how it works"]
    static let complexityLabels = ["complexity", "time", "running time", "cost"]
    static let edgeLabels = ["edge case", "edge-case", "corner case", "edge:", "edges:", "edge cases"]

    /// Reads the explanation of `source` for problem `slug` (titled `title`): its header comment, plus the
    /// section of `notes` (the candidate's NOTES.md text, if any) about the problem.
    public static func read(source: String?, notes: String?, slug: String, title: String) -> Explanation {
        var texts: [String] = []
        var sources: [String] = []
        if let source {
            let header = headerComment(of: source)
            if !header.isEmpty {
                texts.append(header)
                sources.append("header comment")
            }
        }
        if let notes, let section = section(of: notes, slug: slug, title: title), !section.isEmpty {
            texts.append(section)
            sources.append("NOTES.md")
        }
        return analyse(texts.joined(separator: "\n"), sources: sources)
    }

    /// Classifies a text's lines into approach, complexity and edge cases.
    static func analyse(_ text: String, sources: [String]) -> Explanation {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
        let label = { (line: String, labels: [String]) -> Bool in
            let lower = line.lowercased()
            guard let colon = lower.firstIndex(of: ":") else { return false }
            let head = lower[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " -*#"))
            return labels.contains { head == $0 || head.hasPrefix($0) || head.hasSuffix(" " + $0) }
        }
        let complexityLine =
            lines.first { label($0, complexityLabels) && ComplexityCheck.hasBigO($0) }
            ?? lines.first { ComplexityCheck.hasBigO($0) && !ComplexityCheck.isAboutAlternatives($0) }
            ?? lines.first { ComplexityCheck.hasBigO($0) }
        let edgeLine = lines.first { line in
            let lower = line.lowercased()
            return edgeLabels.contains { lower.contains($0) }
        }
        let approachLine = lines.first { label($0, approachLabels) }
        let prose = lines.filter { $0 != complexityLine && $0 != edgeLine && !ComplexityCheck.hasBigO($0) }
        let proseWordCount = prose.reduce(0) { $0 + $1.split(whereSeparator: \.isWhitespace).count }
        // A quoted line runs on to the end of its sentence: a comment wrapped at 100 columns would
        // otherwise be quoted up to its first line break, mid-sentence.
        let allLines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        // "Complexity:", "Edge cases:", "Why not a heap:" — a short head and a colon start a new point.
        let labelled = { (line: String) in
            line.range(of: #"^[-*#\s]*[A-Za-z][A-Za-z ,'-]{0,30}:(\s|$)"#, options: .regularExpression) != nil
        }
        let whole = { (line: String?) in line.map { sentence(from: $0, in: allLines, labelled: labelled) } }
        return Explanation(
            sources: sources, approach: approachLine != nil || proseWordCount >= proseWords,
            complexity: complexityLine != nil, edgeCases: edgeLine != nil, approachLine: whole(approachLine),
            complexityLine: whole(complexityLine), edgeCasesLine: whole(edgeLine))
    }

    /// `line` with the lines after it in `lines` until its last sentence ends: at most four lines, and
    /// never past a blank line or a line with a label of its own.
    static func sentence(from line: String, in lines: [String], labelled: (String) -> Bool) -> String {
        guard var index = lines.firstIndex(of: line) else { return line }
        var text = line
        var taken = 1
        while taken < 4, let last = text.last, !".!?:".contains(last) {
            index += 1
            guard index < lines.count, !lines[index].isEmpty, !labelled(lines[index]) else { break }
            text += " " + lines[index]
            taken += 1
        }
        return text
    }

    /// The comment lines at the top of a Swift file, before its first line of code, without comment markers.
    static func headerComment(of source: String) -> String {
        var lines: [String] = []
        var inBlock = false
        for raw in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if inBlock {
                if let end = line.range(of: "*/") {
                    line = String(line[..<end.lowerBound])
                    inBlock = false
                }
                lines.append(line.hasPrefix("*") ? String(line.dropFirst()) : line)
                continue
            }
            if line.isEmpty || line.hasPrefix("#!") || line.hasPrefix("import ") { continue }
            if line.hasPrefix("//") {
                lines.append(String(line.drop { $0 == "/" }))
            } else if line.hasPrefix("/*") {
                line = String(line.dropFirst(2).drop { $0 == "*" })
                if let end = line.range(of: "*/") {
                    line = String(line[..<end.lowerBound])
                } else {
                    inBlock = true
                }
                lines.append(line)
            } else {
                break
            }
        }
        return lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The part of a NOTES.md about one problem: the section whose heading names the slug or the title. A file
    /// without headings is about every problem.
    static func section(of notes: String, slug: String, title: String) -> String? {
        let lines = notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headings = lines.indices.filter { lines[$0].hasPrefix("#") }
        let names = [slug.lowercased(), title.lowercased()]
        let matches = { (line: String) in
            let lower = line.lowercased()
            return names.contains { lower.contains($0) }
        }
        guard let start = headings.first(where: { matches(lines[$0]) }) else {
            // Notes without headings are about every problem; notes with headings, none of them this problem's,
            // are about other problems.
            return headings.isEmpty ? notes : nil
        }
        let depth = lines[start].prefix { $0 == "#" }.count
        var end = lines.count
        for index in headings where index > start && lines[index].prefix(while: { $0 == "#" }).count <= depth {
            end = index
            break
        }
        return lines[(start + 1)..<end].joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
