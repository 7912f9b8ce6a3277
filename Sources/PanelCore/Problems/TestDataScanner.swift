import Foundation

/// Finds the test cases under a package's `data/` folder and the per-group settings that apply to them.
enum TestDataScanner {
    /// Files that hold group settings: `test_group.yaml` (2023-07) or `testdata.yaml` (legacy).
    static let groupFiles = ["test_group.yaml", "testdata.yaml"]
    static let groupKeys = [
        "output_validator_args", "output_validator_flags", "input_validator_args", "input_validator_flags",
        "max_score", "score_aggregation", "require_pass", "static_validation_score", "args", "full_feedback",
        "on_reject", "grading", "grader_flags", "accept_score", "reject_score", "range", "static_validator_args",
        "input_visualizer_args", "output_visualizer_args", "scoring", "static_validation", "hint", "description",
    ]

    /// Scans `data/sample` then `data/secret`; cases are ordered lexicographically, folders recursed in place.
    /// Generated cases take their place among the files as if they were in their folder.
    static func scan(
        _ data: URL,
        problemArguments: TestCase.ArgumentSource?,
        generated: [String: GeneratedInput] = [:],
        dataCache: URL? = nil
    ) throws(SpecError) -> [TestCase] {
        guard FileManager.default.fileExists(atPath: data.path) || !generated.isEmpty else {
            throw .missingFile(path: data.path, expected: "test data in data/sample and data/secret")
        }
        var cases: [TestCase] = []
        let scan = Scan(problemArguments: problemArguments, generated: generated, dataCache: dataCache)
        // data/ is the root group: its settings file applies to every case below it, as in problemtools.
        let rootArguments = try groupArguments(data, name: nil, inherited: GroupArguments())
        for top in ["sample", "secret"] {
            let folder = data.appendingPathComponent(top)
            guard FileManager.default.fileExists(atPath: folder.path) || scan.hasGenerated(below: top) else { continue }
            try scanGroup(folder, name: top, scan: scan, inherited: rootArguments, into: &cases)
        }
        if !cases.contains(where: { !$0.isSample }) {
            throw .missingFile(path: data.appendingPathComponent("secret").path, expected: "at least one .in/.ans pair")
        }
        return cases
    }

    /// What every group of one scan shares.
    private struct Scan {
        var problemArguments: TestCase.ArgumentSource?
        var generated: [String: GeneratedInput]
        var dataCache: URL?

        func hasGenerated(below group: String) -> Bool {
            generated.keys.contains { $0.hasPrefix(group + "/") }
        }

        /// Entries the manifest adds to a group folder: `<case>.in` files and subgroup folders.
        func virtualEntries(of group: String) -> (files: Set<String>, folders: Set<String>) {
            var files: Set<String> = []
            var folders: Set<String> = []
            for name in generated.keys where name.hasPrefix(group + "/") {
                let rest = name.dropFirst(group.count + 1).split(separator: "/")
                if rest.count == 1 {
                    files.insert(rest[0] + ".in")
                } else if let first = rest.first {
                    folders.insert(String(first))
                }
            }
            return (files, folders)
        }
    }

    private static func scanGroup(
        _ folder: URL,
        name: String,
        scan: Scan,
        inherited: GroupArguments,
        into cases: inout [TestCase]
    ) throws(SpecError) {
        let groupArguments = try groupArguments(folder, name: name, inherited: inherited)
        // The problem's flags come first, then the nearest group's (problemtools passes both).
        let arguments = [scan.problemArguments, groupArguments.output].compactMap { $0 }
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let virtual = scan.virtualEntries(of: name)
        let names = Set(onDisk)
        for entry in Set(onDisk).union(virtual.files).union(virtual.folders).sorted() where !entry.hasPrefix(".") {
            let url = folder.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue || virtual.folders.contains(entry) {
                try scanGroup(url, name: name + "/" + entry, scan: scan, inherited: groupArguments, into: &cases)
                continue
            }
            guard entry.hasSuffix(".in") else { continue }
            let base = String(entry.dropLast(3))
            if let recipe = scan.generated[name + "/" + base] {
                if names.contains(entry) {
                    throw .invalidField(
                        file: recipe.manifest.path, line: nil, field: "cases.\(name)/\(base)",
                        expected: "a case that is not also a file in data/",
                        found: "data/\(name)/\(entry) as well")
                }
                let files = GeneratedData.files(for: recipe, in: scan.dataCache ?? GeneratedData.defaultDirectory())
                cases.append(
                    TestCase(
                        name: name + "/" + base, group: name, input: files.input, answer: files.answer,
                        hint: text(folder.appendingPathComponent(base + ".hint")),
                        description: text(folder.appendingPathComponent(base + ".desc")),
                        validatorArgumentSources: arguments, inputValidatorArguments: groupArguments.input,
                        generated: recipe))
                continue
            }
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
                    validatorArgumentSources: arguments, inputValidatorArguments: groupArguments.input,
                    generated: nil))
        }
    }

    /// The validator arguments a group folder passes down to the cases and groups below it.
    struct GroupArguments {
        var output: TestCase.ArgumentSource?
        var input: TestCase.InputValidatorArguments = .all([])
    }

    /// A group's `output_validator_args` (2023-07) or `output_validator_flags` (legacy) replace those its parent
    /// group passes down, and so do its `input_validator_args` or `input_validator_flags`: each key is
    /// inherited on its own, as problemtools inherits legacy `testdata.yaml` keys.
    private static func groupArguments(
        _ folder: URL, name: String?, inherited: GroupArguments
    ) throws(SpecError) -> GroupArguments {
        var arguments = inherited
        for fileName in groupFiles {
            let file = folder.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let relative = "data/" + (name.map { $0 + "/" } ?? "") + fileName
            let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
            try yaml.rejectUnknown(allowed: groupKeys)
            func words(_ list: [String]) -> [String] {
                list.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
            }
            if let list = try yaml.strings("output_validator_args") {
                arguments.output = .init(file: relative, field: "output_validator_args", arguments: words(list))
            } else if let flags = try yaml.string("output_validator_flags") {
                arguments.output = .init(file: relative, field: "output_validator_flags", arguments: words([flags]))
            }
            if let node = yaml.node("input_validator_args"), case .mapping = node.kind,
                let table = try yaml.fields("input_validator_args")
            {
                var byValidator: [String: [String]] = [:]
                for key in table.keys { byValidator[key] = words(try table.strings(key) ?? []) }
                arguments.input = .byValidator(byValidator)
            } else if let list = try yaml.strings("input_validator_args") {
                arguments.input = .all(words(list))
            } else if let flags = try yaml.string("input_validator_flags") {
                arguments.input = .all(words([flags]))
            }
            break
        }
        return arguments
    }

    private static func text(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
