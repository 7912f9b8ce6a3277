import Foundation
import Testing

@testable import PanelCore

/// Panel's YAML reader against PyYAML's `yaml.safe_load` on the same files: both must read the same value, or
/// Panel must refuse the file with its line. Values are compared in a typed form (`["int", "31"]`,
/// `["map", [[key, value], …]]`) so `1` and `"1"` differ, as they do for a YAML 1.1 tool.
///
/// The corpus: `Tests/Fixtures/yaml` (written for this test; `invalid/` must fail on both sides), every YAML
/// file of the repository's own packages, and, when present, every YAML file (problem.yaml, testdata.yaml,
/// test_group.yaml, generators.yaml, submissions.yaml, …) of the git repositories under `PANEL_YAML_CORPUS`
/// (default `/work/.mirror`; bare clones `<owner+name>/repo` are read with `git show`), and PyYAML's own test
/// inputs (`tests/data/*.data`) when its repository is there, and every file under `PANEL_YAML_FILES`. A string PyYAML builds with a lone surrogate
/// has no UTF-8 form and counts as refused. Skipped where python3 has no `yaml` module.
@Suite struct YAMLDifferentialTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static let repository = fixtures.deletingLastPathComponent().deletingLastPathComponent()

    /// Reads each file with PyYAML; one typed JSON value (or `["error", message]`) per file.
    static let pythonScript = #"""
        import sys, json, math, datetime
        import yaml
        def canon(v):
            if v is None: return ["null"]
            if isinstance(v, bool): return ["bool", v]
            if isinstance(v, int): return ["int", str(v)]
            if isinstance(v, float):
                if math.isnan(v): return ["float", "nan"]
                if math.isinf(v): return ["float", "inf" if v > 0 else "-inf"]
                return ["float", "%.17g" % v]
            if isinstance(v, str):
                v.encode("utf-8")  # a lone surrogate (from "\\ud800") has no UTF-8 form: refused
                return ["str", v]
            if isinstance(v, (datetime.datetime, datetime.date)): return ["timestamp", v.isoformat()]
            if isinstance(v, list): return ["seq", [canon(x) for x in v]]
            if isinstance(v, dict): return ["map", [[canon(k), canon(x)] for k, x in v.items()]]
            return ["other", type(v).__name__]
        for path in sys.argv[1:]:
            try:
                with open(path, "rb") as f:
                    out = canon(yaml.safe_load(f))
            except Exception as e:
                out = ["error", " ".join(str(e).split())]
            print(json.dumps(out))
        """#

    static var pythonHasYAML: Bool {
        (try? run(["python3", "-c", "import yaml"]).status) == 0
    }

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, data)
    }

    /// The typed form of a node, as the Python script writes it.
    static func canonical(_ node: YAMLNode) -> Any {
        switch node.kind {
        case .null:
            return ["null"]
        case .sequence(let items):
            return ["seq", items.map(canonical)]
        case .mapping(let entries):
            return ["map", entries.map { [canonical($0.keyNode), canonical($0.value)] }]
        case .scalar(let text, let quoted):
            let core = YAMLNode.coreTagPrefix
            if quoted || node.tag == core + "str" { return ["str", text] }
            let resolved: YAMLResolver.Value
            switch node.tag {
            case core + "int": resolved = YAMLResolver.integer(text).map { .int($0) } ?? .string(text)
            case core + "float":
                let value = YAMLResolver.floatValue(text)
                resolved = .float(
                    text, value.isNaN ? Double(text.replacingOccurrences(of: "_", with: "")) ?? value : value)
            case core + "bool":
                resolved = .bool(["yes", "true", "on"].contains(text.lowercased()))
            case core + "timestamp": resolved = .timestamp(text)
            default: resolved = YAMLResolver.resolve(text)
            }
            switch resolved {
            case .null: return ["null"]
            case .bool(let value): return ["bool", value]
            case .int(let digits): return ["int", digits]
            case .float(_, let value):
                if value.isNaN { return ["float", "nan"] }
                if value.isInfinite { return ["float", value > 0 ? "inf" : "-inf"] }
                return ["float", String(format: "%.17g", value)]
            case .timestamp(let text): return ["timestamp", isoformat(text)]
            case .merge, .value, .string: return ["str", text]
            }
        }
    }

    /// Python's `isoformat()` of the date or datetime PyYAML builds from a timestamp.
    static func isoformat(_ text: String) -> String {
        let parts = text.split(whereSeparator: { "-Tt :.".contains($0) }).map(String.init)
        func two(_ value: String) -> String { value.count == 1 ? "0" + value : value }
        guard parts.count >= 3 else { return text }
        let date = "\(parts[0])-\(two(parts[1]))-\(two(parts[2]))"
        guard parts.count >= 6 else { return date }
        var result = "\(date)T\(two(parts[3])):\(parts[4]):\(parts[5])"
        // The fraction and zone come after the seconds.
        let afterSeconds =
            text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).last.map {
                String($0.dropFirst(2))
            } ?? ""
        var rest = Substring(afterSeconds)
        if rest.hasPrefix(".") {
            let digits = rest.dropFirst().prefix { $0.isNumber }
            rest = rest.dropFirst(1 + digits.count)
            let micro = String((digits + "000000").prefix(6))
            if Int(micro) != 0 { result += "." + micro }
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        if rest == "Z" {
            result += "+00:00"
        } else if let sign = rest.first, sign == "-" || sign == "+" {
            let zone = rest.dropFirst().split(separator: ":")
            let hours = Int(zone.first ?? "0") ?? 0
            let minutes = zone.count > 1 ? Int(zone[1]) ?? 0 : 0
            result +=
                (hours == 0 && minutes == 0 ? "+" : String(sign)) + two(String(hours)) + ":" + two(String(minutes))
        }
        return result
    }

    /// What Panel reads, in the typed form, or nil with the error.
    static func panelRead(_ file: URL) -> (value: String?, error: String?) {
        do {
            let node = try YAMLReader.parse(contentsOf: file)
            let data = try JSONSerialization.data(withJSONObject: canonical(node), options: [.sortedKeys])
            return (String(decoding: data, as: UTF8.self), nil)
        } catch {
            return (nil, "\(error)")
        }
    }

    /// Every file of the corpus; real repositories' files are copied out of their git objects first.
    static func corpus(scratch: URL) throws -> [URL] {
        var files: [URL] = []
        for root in [fixtures.appendingPathComponent("yaml"), fixtures, repository.appendingPathComponent("Problems")] {
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
            while let file = walker?.nextObject() as? URL {
                if ["yaml", "yml"].contains(file.pathExtension), !files.contains(file) { files.append(file) }
            }
        }
        // PANEL_YAML_FILES: a folder of loose YAML files (any name) to add, such as fuzzed documents.
        if let extra = ProcessInfo.processInfo.environment["PANEL_YAML_FILES"] {
            let walker = FileManager.default.enumerator(
                at: URL(fileURLWithPath: extra), includingPropertiesForKeys: nil)
            while let file = walker?.nextObject() as? URL {
                if !file.hasDirectoryPath { files.append(file) }
            }
        }
        let names: Set<String> = [
            "problem.yaml", "testdata.yaml", "test_group.yaml", "generators.yaml", "submissions.yaml",
        ]
        let mirrors = URL(
            fileURLWithPath: ProcessInfo.processInfo.environment["PANEL_YAML_CORPUS"] ?? "/work/.mirror")
        let repositories = (try? FileManager.default.contentsOfDirectory(atPath: mirrors.path)) ?? []
        for name in repositories.sorted() {
            let git = mirrors.appendingPathComponent(name).appendingPathComponent("repo")
            guard FileManager.default.fileExists(atPath: git.appendingPathComponent("HEAD").path) else { continue }
            let listing = try run(["git", "--git-dir", git.path, "ls-tree", "-r", "--name-only", "HEAD"])
            let paths = String(decoding: listing.output, as: UTF8.self).split(separator: "\n").map(String.init)
            // Package YAML by name, every other YAML file, and PyYAML's own test inputs (`tests/data/*.data`).
            let wanted = paths.filter { path in
                names.contains((path as NSString).lastPathComponent) || path.hasSuffix(".yaml")
                    || path.hasSuffix(".yml")
                    || (path.contains("tests/data/") && path.hasSuffix(".data"))
            }
            for path in wanted {
                let blob = try run(["git", "--git-dir", git.path, "show", "HEAD:\(path)"])
                let target = scratch.appendingPathComponent(name).appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try blob.output.write(to: target)
                files.append(target)
            }
        }
        return files
    }

    @Test(.enabled(if: pythonHasYAML, "python3 has no yaml module"))
    func panelReadsWhatPyYAMLReads() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let files = try Self.corpus(scratch: scratch)
        let python = try Self.run(["python3", "-c", Self.pythonScript] + files.map(\.path))
        let lines = String(decoding: python.output, as: UTF8.self).split(separator: "\n")
        try #require(lines.count == files.count, "PyYAML printed \(lines.count) results for \(files.count) files")

        var same = 0
        var bothRefuse = 0
        var differ: [String] = []
        var panelRefuses: [String] = []
        var pythonRefuses: [String] = []
        for (file, line) in zip(files, lines) {
            let expected = try JSONSerialization.jsonObject(with: Data(line.utf8))
            let expectedText = String(
                decoding: try JSONSerialization.data(withJSONObject: expected, options: [.sortedKeys]), as: UTF8.self)
            let pythonError = (expected as? [Any])?.first as? String == "error"
            let mustFail = file.path.contains("/Fixtures/yaml/invalid/")
            let (value, error) = Self.panelRead(file)
            let name = file.path.replacingOccurrences(of: scratch.path + "/", with: "")
            switch (value, pythonError) {
            case (let value?, false):
                if value == expectedText {
                    same += 1
                } else {
                    differ.append("\(name):\n  panel:  \(value)\n  pyyaml: \(expectedText)")
                }
            case (nil, true):
                bothRefuse += 1
                if !mustFail { print("  refused by both: \(name): \(error ?? "")") }
                // A refusal names the line (file:line: ...).
                #expect(error?.contains(file.path + ":") == true, "\(name): \(error ?? "")")
            case (nil, false):
                panelRefuses.append("\(name): \(error ?? "")")
            case (_?, true):
                pythonRefuses.append("\(name): PyYAML: \(expectedText)")
            }
            if mustFail { #expect(value == nil && pythonError, "\(name) must be refused by both") }
        }
        print(
            "YAML differential: \(files.count) files, \(same) same, \(differ.count) differ, \(bothRefuse) refused by "
                + "both, \(panelRefuses.count) refused by Panel only, \(pythonRefuses.count) refused by PyYAML only")
        for entry in differ + panelRefuses + pythonRefuses { print("  " + entry) }
        #expect(differ.isEmpty, "values differ:\n\(differ.joined(separator: "\n"))")
        #expect(pythonRefuses.isEmpty, "Panel read what PyYAML refuses:\n\(pythonRefuses.joined(separator: "\n"))")
        // Panel may refuse only with a reason it documents (duplicate keys, unsupported tags, complex keys).
        for refusal in panelRefuses {
            #expect(
                ["duplicate key", "unsupported tag", "as a mapping key"].contains { refusal.contains($0) }, "\(refusal)"
            )
        }
    }
}
