import Foundation

/// LaTeX statement bodies as plain text for a terminal: through pandoc where it is installed, else a small
/// renderer for the commands problem statements use (sections, emphasis, lists, quotes and dashes). Math is
/// left as written (`$n \le 10^5$`), which is how a reader at a terminal reads it best.
public enum LaTeXText {
    /// The `pandoc` to use: `PANEL_PANDOC` (empty disables it), else `pandoc` on the `PATH`.
    public static func pandoc(environment: [String: String]) -> URL? {
        if let chosen = environment["PANEL_PANDOC"] {
            return chosen.isEmpty ? nil : URL(fileURLWithPath: chosen)
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pandoc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// `latex` converted by pandoc to Markdown (math kept as `$…$`), or nil when pandoc fails (then the own
    /// renderer is used). pandoc runs with `--sandbox`, so `\input` and `\include` read no files.
    static func throughPandoc(_ latex: String, pandoc: URL) -> String? {
        let process = Process()
        process.executableURL = pandoc
        process.arguments = [
            "--from=latex", "--to=markdown-raw_tex-raw_attribute-header_attributes", "--wrap=none",
            "--shift-heading-level-by=1",
            // A statement is package content: `\\input{/etc/…}` must not read the host's files.
            "--sandbox",
        ]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let writer = Thread {
            input.fileHandleForWriting.write(Data(prepare(latex).utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The problem-package macros pandoc does not know, turned into standard LaTeX first.
    static func prepare(_ latex: String) -> String {
        var text = latex
        text = replaceCommand("problemname", in: text) { _ in "" }
        for environment in ["Input", "Output", "Interaction"] {
            text = text.replacingOccurrences(of: "\\begin{\(environment)}", with: "\\section*{\(environment)}")
                .replacingOccurrences(of: "\\end{\(environment)}", with: "")
        }
        text = replaceCommand("illustration", in: text, arguments: 3) {
            $0.count == 3 ? "\\emph{(figure: \($0[2]))}" : ""
        }
        return text
    }

    /// A plain-text rendering without pandoc.
    public static func render(_ latex: String) -> String {
        var text = prepare(latex)
        // Comments: an unescaped % to the end of its line.
        text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var previous: Character = " "
            var kept = ""
            for character in line {
                if character == "%" && previous != "\\" { break }
                kept.append(character)
                previous = character
            }
            return kept
        }.joined(separator: "\n")
        text = replaceCommand("section*", in: text) { "\n## \($0[0])\n" }
        text = replaceCommand("section", in: text) { "\n## \($0[0])\n" }
        text = replaceCommand("subsection*", in: text) { "\n### \($0[0])\n" }
        text = replaceCommand("subsection", in: text) { "\n### \($0[0])\n" }
        for command in ["emph", "textit", "textsl"] { text = replaceCommand(command, in: text) { "*\($0[0])*" } }
        text = replaceCommand("textbf", in: text) { "**\($0[0])**" }
        text = replaceCommand("texttt", in: text) { "`\($0[0])`" }
        for command in ["underline", "textsc", "sout", "url", "mbox", "text"] {
            text = replaceCommand(command, in: text) { $0[0] }
        }
        text = replaceCommand("href", in: text, arguments: 2) { "\($0[1]) (\($0[0]))" }
        text = replaceCommand("includegraphics", in: text) { "[image: \($0[0])]" }
        var lines: [String] = []
        var lists: [(ordered: Bool, count: Int)] = []
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("\\begin{itemize}") || line.hasPrefix("\\begin{enumerate}") {
                lists.append((line.hasPrefix("\\begin{enumerate}"), 0))
                continue
            }
            if line.hasPrefix("\\end{itemize}") || line.hasPrefix("\\end{enumerate}") {
                _ = lists.popLast()
                continue
            }
            if line.hasPrefix("\\item") {
                let indent = String(repeating: "  ", count: max(lists.count - 1, 0))
                var marker = "-"
                if var list = lists.popLast() {
                    list.count += 1
                    if list.ordered { marker = "\(list.count)." }
                    lists.append(list)
                }
                line = indent + marker + " " + line.dropFirst(5).trimmingCharacters(in: .whitespaces)
            }
            for environment in ["center", "quote", "flushleft", "flushright", "figure", "wrapfigure"] {
                if line.hasPrefix("\\begin{\(environment)}") || line.hasPrefix("\\end{\(environment)}") { line = "" }
            }
            lines.append(line)
        }
        text = lines.joined(separator: "\n")
        let replacements: [(String, String)] = [
            ("\\\\", "\n"), ("---", "—"), ("--", "–"), ("``", "“"), ("''", "”"), ("\\ldots", "…"),
            ("\\dots", "…"), ("\\textellipsis", "…"), ("\\noindent", ""), ("\\%", "%"), ("\\&", "&"), ("\\_", "_"),
            ("\\#", "#"), ("\\{", "{"), ("\\}", "}"), ("\\bf ", ""), ("\\it ", ""), ("\\tt ", ""), ("\\medskip", ""),
            ("\\bigskip", ""), ("\\smallskip", ""),
        ]
        text = replacingOutsideMath(text, replacements)
        // Collapse runs of blank lines.
        while text.contains("\n\n\n") { text = text.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
    }

    /// Applies `replacements` (and `~` to a space) outside `$…$` math, which stays as written.
    private static func replacingOutsideMath(_ text: String, _ replacements: [(String, String)]) -> String {
        var result = ""
        var inMath = false
        var piece = ""
        var previous: Character = " "
        func flush() {
            if inMath {
                result += piece
            } else {
                var plain = piece.replacingOccurrences(of: "~", with: " ")
                for (from, to) in replacements { plain = plain.replacingOccurrences(of: from, with: to) }
                result += plain
            }
            piece = ""
        }
        for character in text {
            if character == "$" && previous != "\\" {
                if inMath { piece.append(character) }
                flush()
                if !inMath { piece.append(character) }
                inMath.toggle()
            } else {
                piece.append(character)
            }
            previous = character
        }
        flush()
        return result
    }

    /// Replaces every `\command{a}{b}…` (with `arguments` braced arguments, nested braces allowed).
    static func replaceCommand(
        _ command: String, in text: String, arguments count: Int = 1, with replacement: ([String]) -> String
    ) -> String {
        let opening = "\\" + command
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: opening) {
            let after = rest[range.upperBound...]
            // `\section` must not match `\sectionmark`, nor `\section` match the start of `\section*`.
            if let next = after.first, next.isLetter || (next == "*" && !command.hasSuffix("*")) {
                result += rest[..<range.upperBound]
                rest = after
                continue
            }
            var cursor = after.startIndex
            var arguments: [String] = []
            while arguments.count < count {
                while cursor < after.endIndex, after[cursor] == " " { cursor = after.index(after: cursor) }
                guard cursor < after.endIndex, after[cursor] == "{" else { break }
                var depth = 0
                var end = cursor
                var found = false
                while end < after.endIndex {
                    if after[end] == "{" { depth += 1 }
                    if after[end] == "}" {
                        depth -= 1
                        if depth == 0 {
                            found = true
                            break
                        }
                    }
                    end = after.index(after: end)
                }
                guard found else { break }
                arguments.append(String(after[after.index(after: cursor)..<end]))
                cursor = after.index(after: end)
            }
            result += rest[..<range.lowerBound]
            if arguments.count == count {
                result += replacement(arguments)
                rest = after[cursor...]
            } else {
                result += opening
                rest = after
            }
        }
        return result + rest
    }
}
