/// Text a candidate controls (file names, compiler diagnostics, program output, validator feedback, NOTES.md),
/// made safe to print on a grader's terminal: every control character is shown visibly instead of acting, so
/// no escape sequence can move the cursor, recolour, retitle the window or forge a `verdict: AC` line.
///
/// C0 controls are shown in caret notation (`ESC` as `^[`, carriage return as `^M`), DEL as `^?`, C1 controls
/// and the Unicode bidirectional overrides as `<U+009B>`. Newlines are kept only where the caller asks.
public enum TerminalText {
    /// `text` with its control characters made visible; `\n` is kept when `keepingNewlines`, and tabs are kept.
    public static func visible(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingNewlines: keepingNewlines) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            out += shown(scalar)
        }
        return out
    }

    /// How one control character is shown.
    static func shown(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00..<0x20: return "^" + String(Unicode.Scalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        default: return "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4, with: "0") + ">"
        }
    }

    /// Whether `scalar` would act on a terminal (or reorder what it shows) rather than print.
    static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
        switch scalar.value {
        case 0x0A: return !keepingNewlines
        case 0x09: return false
        case 0x00..<0x20, 0x7F..<0xA0: return true
        // Bidirectional embeddings, overrides and isolates reorder the line ("Trojan Source").
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}

extension String {
    /// The string with `pad` before it, up to `width` characters.
    fileprivate func leftPadded(to width: Int, with pad: Character) -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
