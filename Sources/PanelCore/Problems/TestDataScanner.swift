import Foundation

/// Finds the test cases under a package's `data/` folder and the per-group settings that apply to them.
enum TestDataScanner {
    /// Files that hold group settings: `test_group.yaml` (2023-07) or `testdata.yaml` (legacy).
    static let groupFiles = ["test_group.yaml", "testdata.yaml"]
    static let groupKeys = [
        "output_validator_args", "output_validator_flags", "input_validator_args", "input_validator_flags",
        "max_score", "score_aggregation", "require_pass", "static_validation_score", "args", "full_feedback",
        "on_reject", "grading", "grader_flags", "accept_score", "reject_score", "range", "static_validator_args",
        "input_visualizer_args", "output_visualizer_args",
    ]

    /// Scans `data/sample` then `data/secret`; cases are ordered lexicographically, folders recursed in place.
    static func scan(_ data: URL, problemArguments: [String]) throws(SpecError) -> [TestCase] {
        guard FileManager.default.fileExists(atPath: data.path) else {
            throw .missingFile(path: data.path, expected: "test data in data/sample and data/secret")
        }
        var cases: [TestCase] = []
        // data/ is the root group: its settings file applies to every case below it, as in problemtools.
        let rootArguments = try groupArguments(data, inherited: [])
        for top in ["sample", "secret"] {
            let folder = data.appendingPathComponent(top)
            guard FileManager.default.fileExists(atPath: folder.path) else { continue }
            try scanGroup(folder, name: top, problemArguments: problemArguments, inherited: rootArguments, into: &cases)
        }
        if !cases.contains(where: { !$0.isSample }) {
            throw .missingFile(path: data.appendingPathComponent("secret").path, expected: "at least one .in/.ans pair")
        }
        return cases
    }

    private static func scanGroup(
        _ folder: URL,
        name: String,
        problemArguments: [String],
        inherited: [String],
        into cases: inout [TestCase]
    ) throws(SpecError) {
        let groupArguments = try groupArguments(folder, inherited: inherited)
        // The problem's flags come first, then the nearest group's (problemtools passes both).
        let arguments = problemArguments + groupArguments
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        let names = Set(entries)
        for entry in entries where !entry.hasPrefix(".") {
            let url = folder.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try scanGroup(
                    url, name: name + "/" + entry, problemArguments: problemArguments, inherited: groupArguments,
                    into: &cases)
                continue
            }
            guard entry.hasSuffix(".in") else { continue }
            let base = String(entry.dropLast(3))
            guard names.contains(base + ".ans") else {
                throw .missingFile(
                    path: folder.appendingPathComponent(base + ".ans").path, expected: "the answer for \(entry)")
            }
            cases.append(
                TestCase(
                    name: name + "/" + base,
                    group: name,
                    input: url,
                    answer: folder.appendingPathComponent(base + ".ans"),
                    hint: text(folder.appendingPathComponent(base + ".hint")),
                    description: text(folder.appendingPathComponent(base + ".desc")),
                    validatorArguments: arguments))
        }
    }

    /// A group's `output_validator_args` (2023-07) or `output_validator_flags` (legacy) replace those its parent
    /// group passes down.
    private static func groupArguments(_ folder: URL, inherited: [String]) throws(SpecError) -> [String] {
        for fileName in groupFiles {
            let file = folder.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
            try yaml.rejectUnknown(allowed: groupKeys)
            if let list = try yaml.strings("output_validator_args") {
                return list.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            }
            if let flags = try yaml.string("output_validator_flags") {
                return flags.split(whereSeparator: \.isWhitespace).map(String.init)
            }
        }
        return inherited
    }

    private static func text(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
