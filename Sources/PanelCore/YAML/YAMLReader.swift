import Foundation

/// Reads the YAML subset Panel's human-written specs use, and rejects everything else with file, line and reason.
///
/// Understood: block mappings and sequences nested by space indentation (a sequence may sit at its key's own
/// indentation), `- key: value` items, flat flow sequences `[a, "b c"]`, the empty flow mapping `{}`, plain,
/// single-quoted and double-quoted scalars, plain scalars continued on more-indented lines, `|` and `>` block
/// scalars (with `+`/`-` chomping and an indentation digit), comments, empty values, a leading `---` and a
/// trailing `...`. Rejected as `SpecError.syntax`: anchors, aliases, tags, directives, complex keys, nested or
/// multi-line flow collections, multi-line quoted scalars, multiple documents, duplicate keys, tabs in
/// indentation and inconsistent indentation.
public enum YAMLReader {
    /// Parses one YAML document. `file` is used in error messages only.
    ///
    /// An empty document, or one holding only comments, parses to a `.null` node on line 1. Scalars stay text;
    /// only plain `null`, `~` and absent values become `.null`.
    public static func parse(_ text: String, file: String) throws(SpecError) -> YAMLNode {
        var parser = YAMLParser(text: text, file: file)
        return try parser.parseDocument()
    }

    /// Reads and parses the YAML file at `url`; error messages name the file by `url.path`.
    ///
    /// Throws `SpecError.missingFile` when the file cannot be read, and `SpecError.syntax` when it is not UTF-8
    /// or not in the supported subset.
    public static func parse(contentsOf url: URL) throws(SpecError) -> YAMLNode {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .missingFile(path: url.path, expected: "a readable YAML file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .syntax(file: url.path, line: firstInvalidUTF8Line(data), reason: "the file is not valid UTF-8")
        }
        return try parse(text, file: url.path)
    }

    /// The 1-based number of the first line of `data` that is not valid UTF-8 (1 if none is found).
    private static func firstInvalidUTF8Line(_ data: Data) -> Int {
        let bytes = [UInt8](data)
        var number = 1
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if String(bytes: line, encoding: .utf8) == nil {
                return number
            }
            number += 1
        }
        return 1
    }
}
