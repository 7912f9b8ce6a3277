import Foundation

/// The languages Panel builds and runs programs in (submissions, validators, generators): data, read from
/// ``builtinYAML`` or the file `PANEL_LANGUAGES` names, never an `if` chain.
public struct LanguageTable: Sendable {
    /// The languages, highest priority first.
    public let languages: [Language]

    /// Reads a table from YAML text: a mapping from language id to its entry.
    /// - Throws: ``SpecError`` naming the file, the language and the field.
    public init(yaml text: String, file: String) throws(SpecError) {
        let top = try YAMLFields(YAMLReader.parse(text, file: file), file: file)
        var languages: [Language] = []
        for id in top.keys {
            guard let entry = try top.fields(id) else { continue }
            try entry.rejectUnknown(allowed: [
                "name", "priority", "files", "shebang", "shebang_files", "compile", "run", "mainclass",
                "address_space_limit",
            ])
            guard let files = try entry.string("files") else {
                throw entry.missing("files", expected: "glob patterns of the language's sources, such as \"*.cpp\"")
            }
            guard let run = try entry.string("run") else {
                throw entry.missing("run", expected: "the command that runs a program, such as \"python3 {main}\"")
            }
            let shebang = try entry.string("shebang")
            let shebangFiles = try entry.string("shebang_files")
            if shebangFiles != nil, shebang == nil {
                throw entry.missing("shebang", expected: "the word a #! line names, given with shebang_files")
            }
            languages.append(
                Language(
                    id: id, name: try entry.string("name") ?? id, patterns: Self.words(files), shebang: shebang,
                    shebangPatterns: shebangFiles.map(Self.words) ?? [], priority: try entry.int("priority") ?? 0,
                    compile: try entry.string("compile").map(Self.words), run: Self.words(run),
                    detectsMainClass: try Self.mainClassRule(entry),
                    limitsAddressSpace: try entry.bool("address_space_limit") ?? true))
        }
        self.languages = languages.sorted { $0.priority > $1.priority }
    }

    /// The table for this process: the file `PANEL_LANGUAGES` names, else the built-in one.
    public static func load(environment: [String: String]) throws(SpecError) -> LanguageTable {
        guard let path = environment["PANEL_LANGUAGES"], !path.isEmpty else { return builtin }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .missingFile(path: path, expected: "a language table (PANEL_LANGUAGES)")
        }
        return try LanguageTable(yaml: text, file: path)
    }

    /// The built-in table. Its text is Panel's own; failing to read it is a bug caught by the tests.
    public static let builtin: LanguageTable = {
        do {
            return try LanguageTable(yaml: builtinYAML, file: "(built-in language table)")
        } catch {
            preconditionFailure("the built-in language table does not parse: \(error)")
        }
    }()

    /// The language with `id`.
    public func language(_ id: String) -> Language? {
        languages.first { $0.id == id }
    }

    /// The language of a program made of `files` (one file, or a folder's files): the one with the most
    /// files counting for it (``Language/isEvidence(_:)``), ties going to the higher priority
    /// (problemtools' rule); nil when none matches. The sources are every file matching its patterns.
    public func detect(_ files: [URL]) -> (language: Language, sources: [URL])? {
        var best: (language: Language, evidence: Int)?
        for language in languages {
            let evidence = files.filter { language.isEvidence($0) }.count
            if evidence > 0, evidence > best?.evidence ?? 0 { best = (language, evidence) }
        }
        return best.map { ($0.language, files.filter($0.language.matches)) }
    }

    /// `mainclass: detect` (the only value): `{mainclass}` is the compiled class that declares `main`.
    private static func mainClassRule(_ entry: YAMLFields) throws(SpecError) -> Bool {
        guard let value = try entry.string("mainclass") else { return false }
        guard value == "detect" else {
            throw .invalidField(
                file: entry.file, line: entry.line("mainclass"), field: "mainclass",
                expected: "detect (the compiled class declaring main is the one run)", found: value)
        }
        return true
    }

    private static func words(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init)
    }
}
