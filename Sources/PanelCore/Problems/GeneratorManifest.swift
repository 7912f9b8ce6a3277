import Foundation

/// A test case whose input a seeded generator writes and whose answer a reference solution writes.
///
/// The files live in Panel's data cache, named by a key of everything that determines them, so a changed
/// generator, argument or solution makes a new file rather than reusing a stale one.
public struct GeneratedInput: Sendable, Equatable {
    /// The generator: one Swift file in `generators/`.
    public var generator: URL
    /// Its command-line arguments.
    public var arguments: [String]
    /// The committed SHA-256 of the input, if the manifest has one yet.
    public var inputSHA256: String?
    /// The committed SHA-256 of the answer, if the manifest has one yet.
    public var answerSHA256: String?
    /// The reference solution that writes the answer.
    public var solution: URL
    /// `include/swift` files compiled with the solution.
    public var includes: [URL]
    /// The manifest the case comes from, for error messages.
    public var manifest: URL
}

/// `generators/panel.yaml`: Panel's recipe for large test inputs, a folder ICPC tools ignore.
///
/// ```yaml
/// generator: gen.swift
/// solution: submissions/accepted/heap.swift
/// cases:
///   secret/perf/01-max:
///     args: [--n, "200000", --seed, "1"]
///     sha256: 3b1f…
///     answer_sha256: 9c0e…
/// ```
public enum GeneratorManifest {
    /// The manifest's path inside a package.
    public static let path = "generators/panel.yaml"

    /// The generated cases of the package at `directory`, keyed by case name below `data/`; empty when the
    /// package has no manifest.
    static func read(
        _ directory: URL,
        submissions: [ReferenceSubmission],
        includes: [URL]
    ) throws(SpecError) -> [String: GeneratedInput] {
        let file = directory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: file.path) else { return [:] }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
        try yaml.rejectUnknown(allowed: ["generator", "solution", "cases"])
        let folder = directory.appendingPathComponent("generators")

        func existing(_ relative: String, base: URL, field: String, line: Int?) throws(SpecError) -> URL {
            let url = base.appendingPathComponent(relative).standardizedFileURL
            guard url.path.hasPrefix(directory.path + "/"), FileManager.default.fileExists(atPath: url.path) else {
                throw .invalidField(
                    file: file.path, line: line, field: field,
                    expected: "a file inside the package (relative to \(base.lastPathComponent)/)",
                    found: "'\(relative)'")
            }
            return url
        }

        let defaultGenerator = try yaml.string("generator").map { name throws(SpecError) in
            try existing(name, base: folder, field: "generator", line: yaml.line("generator"))
        }
        let solution: URL
        if let named = try yaml.string("solution") {
            solution = try existing(named, base: directory, field: "solution", line: yaml.line("solution"))
        } else if let first = submissions.first(where: {
            $0.category == "accepted" && $0.source.pathExtension == "swift"
        }) {
            solution = first.source
        } else {
            throw .missingField(
                file: file.path, field: "solution",
                expected: "the reference solution that writes the answers (there is no submissions/accepted/)")
        }
        guard let cases = try yaml.fields("cases") else {
            throw yaml.missing("cases", expected: "a map from case name (such as secret/perf/01-max) to its recipe")
        }
        var generated: [String: GeneratedInput] = [:]
        for name in cases.keys {
            let field = "cases.\(name)"
            guard name.hasPrefix("secret/") || name.hasPrefix("sample/"),
                !name.split(separator: "/").contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
            else {
                throw .invalidField(
                    file: file.path, line: cases.line(name), field: field,
                    expected: "a case name below data/, such as secret/perf/01-max", found: "'\(name)'")
            }
            guard let recipe = try cases.fields(name) else {
                throw .invalidField(
                    file: file.path, line: cases.line(name), field: field, expected: "a map with args and sha256",
                    found: "a scalar")
            }
            try recipe.rejectUnknown(allowed: ["generator", "args", "sha256", "answer_sha256"])
            let generator: URL
            if let own = try recipe.string("generator") {
                generator = try existing(own, base: folder, field: "\(field).generator", line: recipe.line("generator"))
            } else if let defaultGenerator {
                generator = defaultGenerator
            } else {
                throw recipe.missing("generator", expected: "a Swift file in generators/ (or a top-level generator)")
            }
            for key in ["sha256", "answer_sha256"] {
                if let hash = try recipe.string(key), !isSHA256(hash) {
                    throw .invalidField(
                        file: file.path, line: recipe.line(key), field: "\(field).\(key)",
                        expected: "64 lowercase hex digits", found: "'\(hash)'")
                }
            }
            generated[name] = GeneratedInput(
                generator: generator, arguments: try recipe.strings("args") ?? [],
                inputSHA256: try recipe.string("sha256"), answerSHA256: try recipe.string("answer_sha256"),
                solution: solution, includes: includes, manifest: file)
        }
        return generated
    }

    static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// The manifest's text with the given hashes filled in, in Panel's canonical layout.
    public static func render(
        _ cases: [(name: String, input: GeneratedInput)],
        packageDirectory: URL,
        hashes: [String: (input: String, answer: String)]
    ) -> String {
        func relative(_ url: URL, to base: URL) -> String {
            let path = url.standardizedFileURL.path
            let prefix = base.standardizedFileURL.path + "/"
            return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        }
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        }
        let generators = packageDirectory.appendingPathComponent("generators")
        let counts = Dictionary(cases.map { (relative($0.input.generator, to: generators), 1) }, uniquingKeysWith: +)
        let common = counts.max { $0.value < $1.value }?.key
        var lines = [
            "# Panel generates these cases into its cache (panel generate); ICPC tools ignore this folder.",
            "# Hashes are written by `panel generate --update-hashes`.",
        ]
        if let common { lines.append("generator: \(common)") }
        if let solution = cases.first?.input.solution {
            lines.append("solution: \(relative(solution, to: packageDirectory))")
        }
        lines.append("cases:")
        for (name, input) in cases {
            lines.append("  \(name):")
            let generator = relative(input.generator, to: generators)
            if generator != common { lines.append("    generator: \(generator)") }
            lines.append("    args: [\(input.arguments.map(quoted).joined(separator: ", "))]")
            let hash = hashes[name]
            if let sha = hash?.input ?? input.inputSHA256 { lines.append("    sha256: \(sha)") }
            if let sha = hash?.answer ?? input.answerSHA256 { lines.append("    answer_sha256: \(sha)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
