import Foundation

/// A problem's statement as `panel show` prints it: found in the package, rendered to plain text for a terminal,
/// with constants substituted and the samples placed where the statement asks (or appended, as judges do).
public struct ProblemStatement: Sendable {
    /// A statement file's format.
    public enum Format: String, Sendable {
        case markdown = "md"
        case latex = "tex"
        case pdf
    }

    /// The statement file.
    public var file: URL
    /// Its language code (`en`), or nil for a legacy `problem.tex`.
    public var language: String?
    /// Markdown, LaTeX or PDF.
    public var format: Format

    /// Every statement of the package: `statement/problem.<lang>.{md,tex,pdf}` (2023-07, 2025-09), else legacy
    /// `problem_statement/problem[.<lang>].{md,tex,pdf}`, else DOMjudge's `problem.pdf` at the root; text formats
    /// before PDF, English first.
    public static func all(in directory: URL) -> [ProblemStatement] {
        var found: [ProblemStatement] = []
        for folder in ["statement", "problem_statement"] {
            let path = directory.appendingPathComponent(folder)
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []).sorted()
            for name in names where name.hasPrefix("problem.") {
                let parts = name.split(separator: ".").map(String.init)
                guard let format = parts.last.flatMap(Format.init(rawValue:)), parts.count == 2 || parts.count == 3
                else { continue }
                found.append(
                    ProblemStatement(
                        file: path.appendingPathComponent(name), language: parts.count == 3 ? parts[1] : nil,
                        format: format))
            }
            if !found.isEmpty { break }
        }
        // DOMjudge's own layout: problem.pdf at the package root (its `hello` example).
        let rootPDF = directory.appendingPathComponent("problem.pdf")
        if found.isEmpty, FileManager.default.fileExists(atPath: rootPDF.path) {
            found.append(ProblemStatement(file: rootPDF, language: nil, format: .pdf))
        }
        func rank(_ statement: ProblemStatement) -> (Int, Int, String) {
            (
                statement.format == .pdf ? 1 : 0, statement.language == "en" || statement.language == nil ? 0 : 1,
                statement.file.lastPathComponent
            )
        }
        return found.sorted { rank($0) < rank($1) }
    }

    /// The statement in `language` (any format, text first), or the first one when `language` is nil.
    public static func find(in directory: URL, language: String?) -> ProblemStatement? {
        let statements = all(in: directory)
        guard let language else { return statements.first }
        return statements.first { $0.language == language || ($0.language == nil && language == "en") }
    }

    // MARK: - Rendering

    /// One sample as the statement shows it: its input and answer text (`.in.statement`, `.ans.statement` and
    /// `.out` take precedence, as the spec's display rules say), or an interaction log.
    public struct Sample: Sendable {
        public var name: String
        public var input: String
        public var output: String
        public var interaction: String?
    }

    /// The samples of `problem` in judging order, with the spec's display overrides, and the interaction logs
    /// of `data/sample` that are shown only (a `<name>.interaction` with `.in.download` and no `.in`, as
    /// problemtools' and BAPCtools' `guess` ship them) in their place by name.
    public static func samples(of problem: ProblemPackage) -> [Sample] {
        let judged = judgedSamples(of: problem)
        let names = Set(judged.map(\.name))
        let shownOnly = interactionLogs(in: problem.directory.appendingPathComponent("data/sample"), prefix: "")
            .filter { !names.contains($0.name) }
        var merged: [Sample] = []
        var pending = shownOnly.sorted { $0.name < $1.name }[...]
        for sample in judged {
            while let first = pending.first, first.name < sample.name {
                merged.append(first)
                pending.removeFirst()
            }
            merged.append(sample)
        }
        return merged + pending
    }

    /// The `.interaction` files below `folder` (in subfolders too), named by their path without the suffix.
    private static func interactionLogs(in folder: URL, prefix: String) -> [Sample] {
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return entries.filter { !$0.hasPrefix(".") }.flatMap { entry -> [Sample] in
            let url = folder.appendingPathComponent(entry)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [] }
            if isFolder.boolValue { return interactionLogs(in: url, prefix: prefix + entry + "/") }
            guard entry.hasSuffix(".interaction"), let text = try? String(contentsOf: url, encoding: .utf8) else {
                return []
            }
            let name = prefix + String(entry.dropLast(".interaction".count))
            return [Sample(name: name, input: "", output: "", interaction: text)]
        }
    }

    /// The samples that are test cases (an `.in` and its answer).
    private static func judgedSamples(of problem: ProblemPackage) -> [Sample] {
        problem.testCases.filter(\.isSample).map { testCase in
            let base = testCase.input.deletingPathExtension()
            func read(_ suffixes: [String], fallback: URL?) -> String {
                for suffix in suffixes {
                    let file = URL(fileURLWithPath: base.path + suffix)
                    if let text = try? String(contentsOf: file, encoding: .utf8) { return text }
                }
                return fallback.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
            }
            let interaction = try? String(contentsOf: URL(fileURLWithPath: base.path + ".interaction"), encoding: .utf8)
            return Sample(
                name: testCase.name.hasPrefix("sample/") ? String(testCase.name.dropFirst(7)) : testCase.name,
                input: read([".in.statement"], fallback: testCase.input),
                output: read([".ans.statement", ".out"], fallback: testCase.answer), interaction: interaction)
        }
    }

    /// The body text for a terminal: LaTeX through `pandoc` when given, else `LaTeXText`; Markdown as written.
    /// Constants are substituted, and `{{nextsample}}`/`{{remainingsamples}}` (`\nextsample`,
    /// `\remainingsamples`) expand to samples; samples not shown by then are appended.
    public func render(
        _ problem: ProblemPackage, pandoc: URL?
    ) throws(SpecError) -> String {
        guard format != .pdf else { return "" }
        guard let source = try? String(contentsOf: file, encoding: .utf8) else {
            throw .missingFile(path: file.path, expected: "a readable UTF-8 statement")
        }
        let constants = problem.metadata.constants
        let next = "PANELNEXTSAMPLE"
        let remaining = "PANELREMAININGSAMPLES"
        var text: String
        if format == .latex {
            // `\constant{name}` is LaTeX's form; the format's own examples also write `{{name}}` in LaTeX.
            var latex = constants.substitute(constants.substituteLaTeX(source))
            latex = latex.replacingOccurrences(of: "\\nextsample", with: "\n\n\(next)\n\n")
                .replacingOccurrences(of: "\\remainingsamples", with: "\n\n\(remaining)\n\n")
            text = pandoc.flatMap { LaTeXText.throughPandoc(latex, pandoc: $0) } ?? LaTeXText.render(latex)
        } else {
            text = constants.substitute(source).replacingOccurrences(of: "{{nextsample}}", with: next)
                .replacingOccurrences(of: "{{remainingsamples}}", with: remaining)
        }
        var pending = Self.samples(of: problem)[...]
        var output = ""
        var rest = Substring(text)
        while true {
            let nextRange = rest.range(of: next)
            let remainingRange = rest.range(of: remaining)
            let isNext: Bool
            let marker: Range<Substring.Index>
            if let nextRange, remainingRange.map({ nextRange.lowerBound < $0.lowerBound }) ?? true {
                (isNext, marker) = (true, nextRange)
            } else if let remainingRange {
                (isNext, marker) = (false, remainingRange)
            } else {
                break
            }
            output += rest[..<marker.lowerBound]
            if isNext {
                guard let sample = pending.popFirst() else {
                    throw .invalidField(
                        file: file.path, line: nil, field: "nextsample", expected: "a sample left to show",
                        found: "no more samples in data/sample")
                }
                output += Self.show(sample).dropLast()
            } else {
                output += pending.map(Self.show).joined(separator: "\n").dropLast()
                pending = []
            }
            rest = rest[marker.upperBound...]
        }
        output += rest
        output = output.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        if !pending.isEmpty { output += "\n" + pending.map(Self.show).joined(separator: "\n") }
        return output
    }

    /// One sample as a Markdown block, as the shipped statements write them.
    public static func show(_ sample: Sample) -> String {
        if let interaction = sample.interaction {
            return "Sample \(sample.name) (interaction: `<` from the validator, `>` from the solution)\n\n```\n"
                + interaction + (interaction.hasSuffix("\n") ? "" : "\n") + "```\n"
        }
        func block(_ text: String) -> String {
            "```\n" + text + (text.hasSuffix("\n") || text.isEmpty ? "" : "\n") + "```\n"
        }
        return "Sample \(sample.name)\n\nInput\n\n" + block(sample.input) + "\nOutput\n\n" + block(sample.output)
    }

    /// `text` made safe to print on a terminal: control characters other than line breaks and tabs (escape
    /// sequences among them) are shown as `^X` or `\u{…}`, so a statement or sample cannot drive the terminal.
    public static func terminalSafe(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == "\n" || scalar == "\t" {
                result.append(scalar)
            } else if value < 0x20 || value == 0x7F {
                result.append(contentsOf: "^".unicodeScalars)
                result.append(Unicode.Scalar(UInt8(value ^ 0x40)))
            } else if (0x80..<0xA0).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value)
            {
                result.append(contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
