/// Text a candidate controls, made inert in Markdown (`scorecard.md`, which CI shows as a job summary): it can
/// start no heading, list, quote, table row, link, image, code span or raw HTML, and breaks no table cell.
///
/// Markdown punctuation is backslash-escaped (CommonMark lets any ASCII punctuation be escaped), `<`, `>` and
/// `&` become entities, line breaks become spaces, and control characters are shown as ``TerminalText`` shows
/// them.
public enum MarkdownText {
    /// ASCII punctuation that starts or ends Markdown syntax anywhere in a line.
    static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "#", "!", "|", "~", "{", "}"]
    /// Punctuation that is syntax only at the start of a line (lists, quotes, setext headings).
    static let escapedFirst: Set<Character> = ["-", "+", "="]

    /// `text` as plain inline text, safe in a paragraph, a list item or a table cell.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        var digitsAtStart = true
        for character in TerminalText.visible(flattened(text)) {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where escaped.contains(character): out += "\\" + String(character)
            case _ where atStart && escapedFirst.contains(character): out += "\\" + String(character)
            // "1. " or "1) " at the start of a value would begin an ordered list.
            case "." where digitsAtStart && !atStart: out += "\\."
            default: out.append(character)
            }
            digitsAtStart = digitsAtStart && character.isASCII && character.isNumber
            atStart = false
        }
        return out
    }

    /// `text` as a code span: shown literally, fenced by more backticks than it holds, and with `|` escaped
    /// (GFM splits table cells on `|` even inside code spans).
    public static func code(_ text: String) -> String {
        let content = TerminalText.visible(flattened(text)).replacingOccurrences(of: "|", with: "\\|")
        var longest = 0
        var run = 0
        for character in content {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = content.hasPrefix("`") || content.hasSuffix("`") || content.isEmpty ? " " : ""
        return fence + padding + content + padding + fence
    }

    /// Line breaks as spaces: a value never starts a new Markdown block.
    private static func flattened(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }
}
