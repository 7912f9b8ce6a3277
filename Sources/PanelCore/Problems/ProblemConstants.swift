import Foundation

/// The `constants:` of a 2025-09 `problem.yaml`, and their substitution into the files the spec names.
///
/// A constant is a scalar (`n_max: 100000`) or a map with a required `value` and variants
/// (`k: {value: 5000000, tex: "5 \cdot 10^6"}`). `{{k}}` is `{{k.value}}`; `{{k.tex}}` names a variant. The spec
/// substitutes them in Markdown statements, validators, included files, example submissions and
/// `test_group.yaml`, never in test data or `problem.yaml`; LaTeX statements write `\constant{k}`.
/// A sequence that names no constant is left as written (the spec: "not replaced"), so `{{nextsample}}` and
/// text that only looks like a constant survive.
public struct ProblemConstants: Sendable, Equatable {
    /// Text of each reference: `"k"` and `"k.value"` for the value, `"k.tex"` for a variant.
    public private(set) var values: [String: String]

    /// No constants: every substitution returns its input unchanged.
    public static let none = ProblemConstants(values: [:])

    /// Constants from a map of references (`"k"`, `"k.tex"`) to their text.
    public init(values: [String: String]) {
        self.values = values
    }

    /// True when the package defines no constants.
    public var isEmpty: Bool { values.isEmpty }

    /// Reads the `constants` field of `problem.yaml` (nil or absent: none).
    ///
    /// Names and variant keys must match `[a-zA-Z_][a-zA-Z0-9_]*`; values and variants are scalars. An integer
    /// is written in decimal (`5_000` becomes `5000`, as the reference tools print it); other scalars stay as
    /// written. A map without `value` is an error.
    public static func read(_ yaml: YAMLFields) throws(SpecError) -> ProblemConstants {
        guard let constants = try yaml.fields("constants") else { return .none }
        var values: [String: String] = [:]
        for entry in constants.entries {
            let name = constants.fieldName(entry.key)
            guard isName(entry.key) else {
                throw .invalidField(
                    file: yaml.file, line: entry.line, field: name,
                    expected: "a constant name matching [a-zA-Z_][a-zA-Z0-9_]*", found: "'\(entry.key)'")
            }
            switch entry.value.kind {
            case .mapping:
                let variants = try YAMLFields(entry.value, file: yaml.file, path: name)
                guard variants.node("value") != nil else {
                    throw variants.missing("value", expected: "the constant's value (an integer, float or string)")
                }
                for variant in variants.entries {
                    guard isName(variant.key) else {
                        throw .invalidField(
                            file: yaml.file, line: variant.line, field: variants.fieldName(variant.key),
                            expected: "a variant name matching [a-zA-Z_][a-zA-Z0-9_]*", found: "'\(variant.key)'")
                    }
                    let text = try scalar(variant.value, field: variants.fieldName(variant.key), file: yaml.file)
                    values["\(entry.key).\(variant.key)"] = text
                    if variant.key == "value" { values[entry.key] = text }
                }
            default:
                let text = try scalar(entry.value, field: name, file: yaml.file)
                values[entry.key] = text
                values["\(entry.key).value"] = text
            }
        }
        return ProblemConstants(values: values)
    }

    /// `text` with every `{{name}}` and `{{name.variant}}` that names a constant replaced by its text.
    ///
    /// Unknown names, and braces that do not form a reference, stay as written.
    public func substitute(_ text: String) -> String {
        replacing(in: text, opening: Array("{{".utf8), closing: Array("}}".utf8))
    }

    /// `text` (a LaTeX statement) with every `\constant{name}` and `\constant{name.variant}` that names a
    /// constant replaced by its text; unknown names stay as written.
    public func substituteLaTeX(_ text: String) -> String {
        replacing(in: text, opening: Array("\\constant{".utf8), closing: Array("}".utf8))
    }

    /// The bytes of a file with constants substituted when it is text (valid UTF-8 without NUL bytes);
    /// any other file as it is.
    public func substitute(file data: Data) -> Data {
        guard !isEmpty, !data.contains(0), let text = String(data: data, encoding: .utf8) else { return data }
        return Data(substitute(text).utf8)
    }

    /// Copies the program at `source` (a file or a folder) to `destination`, substituting constants in every
    /// text file (valid UTF-8 without NUL bytes); other files are copied byte for byte. File modes are kept
    /// (not owners, so an ordinary user can copy a package root owns). A symlink to a regular file is copied as
    /// that file (BAPCtools links `validation.h` from its own folders by a relative path, which the copy would
    /// break); any other symlink is copied as a link. Special files are skipped, and `destination` must not
    /// exist yet.
    public func copyProgram(from source: URL, to destination: URL) throws(PanelError) {
        let manager = FileManager.default
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try manager.attributesOfItem(atPath: source.path)
        } catch {
            throw .io(path: source.path, reason: "cannot read: \(error.localizedDescription)")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o644
        do {
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                let resolved = source.resolvingSymlinksInPath()
                if (try? manager.attributesOfItem(atPath: resolved.path)[.type] as? FileAttributeType)
                    == .typeRegular
                {
                    return try copyProgram(from: resolved, to: destination)
                }
                let target = try manager.destinationOfSymbolicLink(atPath: source.path)
                try manager.createSymbolicLink(atPath: destination.path, withDestinationPath: target)
            case .typeDirectory?:
                // Writable while it is filled; its own mode once it is.
                try manager.createDirectory(
                    at: destination, withIntermediateDirectories: false, attributes: [.posixPermissions: mode | 0o700])
                for name in try manager.contentsOfDirectory(atPath: source.path).sorted() {
                    try copyProgram(
                        from: source.appendingPathComponent(name), to: destination.appendingPathComponent(name))
                }
                try manager.setAttributes([.posixPermissions: mode], ofItemAtPath: destination.path)
            case .typeRegular?:
                let data = substitute(file: try Data(contentsOf: source))
                guard
                    manager.createFile(atPath: destination.path, contents: data, attributes: [.posixPermissions: mode])
                else {
                    throw PanelError.io(path: destination.path, reason: "cannot create the file")
                }
            default:
                return
            }
        } catch let error as PanelError {
            throw error
        } catch {
            throw .io(path: destination.path, reason: "cannot copy \(source.path): \(error.localizedDescription)")
        }
    }

    // MARK: - Private

    private func replacing(in text: String, opening: [UInt8], closing: [UInt8]) -> String {
        guard !isEmpty else { return text }
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == opening[0], bytes[index...].starts(with: opening) {
                let nameStart = index + opening.count
                var end = nameStart
                while end < bytes.count, Self.isNameByte(bytes[end]) || bytes[end] == UInt8(ascii: ".") {
                    end += 1
                }
                if bytes[end...].starts(with: closing),
                    let value = values[String(decoding: bytes[nameStart..<end], as: UTF8.self)]
                {
                    result += Array(value.utf8)
                    index = end + closing.count
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func scalar(_ node: YAMLNode, field: String, file: String) throws(SpecError) -> String {
        guard case .scalar(let text, let quoted) = node.kind else {
            throw .invalidField(
                file: file, line: node.line, field: field, expected: "an integer, float or string",
                found: node.summary)
        }
        if !quoted, case .int(let number) = YAMLResolver.resolve(text) {
            return number.description
        }
        return text
    }

    static func isName(_ name: String) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy(isNameByte)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
}
