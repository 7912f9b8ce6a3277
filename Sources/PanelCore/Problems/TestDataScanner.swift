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
        dataCache: URL? = nil,
        constants: ProblemConstants = .none
    ) throws(SpecError) -> [TestCase] {
        guard FileManager.default.fileExists(atPath: data.path) || !generated.isEmpty else {
            try refuseUncommittedBAPCtoolsData(data)
            throw .missingFile(path: data.path, expected: "test data in data/sample and data/secret")
        }
        var cases: [TestCase] = []
        let scan = Scan(
            problemArguments: problemArguments, generated: generated, dataCache: dataCache, constants: constants)
        // data/ is the root group: its settings file applies to every case below it, as in problemtools.
        let rootArguments = try groupArguments(data, name: nil, inherited: GroupArguments(), constants: constants)
        for top in ["sample", "secret"] {
            let folder = data.appendingPathComponent(top)
            guard FileManager.default.fileExists(atPath: folder.path) || scan.hasGenerated(below: top) else { continue }
            try scanGroup(folder, name: top, scan: scan, inherited: rootArguments, into: &cases)
        }
        if !cases.contains(where: { !$0.isSample }) {
            try refuseUncommittedBAPCtoolsData(data)
            // A samples-only package (DOMjudge's hello) is judged on its samples.
            if cases.isEmpty {
                throw .missingFile(
                    path: data.appendingPathComponent("secret").path, expected: "at least one .in/.ans pair")
            }
        }
        return cases
    }

    /// BAPCtools makes data/ from its own `generators/generators.yaml`; a judge needs the data committed.
    static func refuseUncommittedBAPCtoolsData(_ data: URL) throws(SpecError) {
        let recipe = data.deletingLastPathComponent().appendingPathComponent("generators/generators.yaml")
        guard FileManager.default.fileExists(atPath: recipe.path) else { return }
        throw .unsupported(
            file: recipe.path,
            feature: "test data that BAPCtools generates and that is not committed (run `bt generate`, "
                + "then Panel judges the data/ it writes)")
    }

    /// What every group of one scan shares.
    private struct Scan {
        var problemArguments: TestCase.ArgumentSource?
        var generated: [String: GeneratedInput]
        var dataCache: URL?
        /// Substituted into group settings files (2025-09: `test_group.yaml` may use constants).
        var constants: ProblemConstants

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
        let groupArguments = try groupArguments(
            folder, name: name, inherited: inherited, constants: scan.constants)
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let virtual = scan.virtualEntries(of: name)
        let names = Set(onDisk)
        for entry in Set(onDisk).union(virtual.files).union(virtual.folders).sorted() where !entry.hasPrefix(".") {
            let url = folder.appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if isDirectory.boolValue && entry.hasSuffix(".files") {
                // 2025-09: files a case puts in the submission's working directory.
                throw .unsupported(
                    file: url.path, feature: "test case files (<case>.files/, copied into the working directory)")
            }
            if isDirectory.boolValue || virtual.folders.contains(entry) {
                try scanGroup(url, name: name + "/" + entry, scan: scan, inherited: groupArguments, into: &cases)
                continue
            }
            guard entry.hasSuffix(".in") else { continue }
            let base = String(entry.dropLast(3))
            // A case's own .yaml (2023-07) overrides what its group passes down. A hint or a description comes
            // from that .yaml, else the case's .hint or .desc file, else its group's test_group.yaml.
            var passedDown = groupArguments
            (passedDown.hint, passedDown.description) = (nil, nil)
            let own = try caseSettings(folder, name: name, base: base, inherited: passedDown)
            // The problem's flags come first, then the case's or the nearest group's (problemtools passes both).
            let arguments = [scan.problemArguments, own.output].compactMap { $0 }
            let hint = own.hint ?? text(folder.appendingPathComponent(base + ".hint")) ?? groupArguments.hint
            let description =
                own.description ?? text(folder.appendingPathComponent(base + ".desc")) ?? groupArguments.description
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
                        name: name + "/" + base, group: name, input: files.input, answer: files.answer, hint: hint,
                        description: description, validatorArgumentSources: arguments,
                        inputValidatorArguments: own.input, arguments: own.submission, generated: recipe))
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
                    hint: hint,
                    description: description,
                    validatorArgumentSources: arguments, inputValidatorArguments: own.input, arguments: own.submission,
                    generated: nil))
        }
    }

    /// What a group folder passes down to the cases and groups below it: validator and submission arguments,
    /// and (2023-07) a hint and a description.
    struct GroupArguments {
        var output: TestCase.ArgumentSource?
        var input: TestCase.InputValidatorArguments = .all([])
        var submission: [String] = []
        var hint: String?
        var description: String?
    }

    /// A group's `output_validator_args` (2023-07) or `output_validator_flags` (legacy) replace those its parent
    /// group passes down, and so do its `input_validator_args` or `input_validator_flags`, `args`, `hint` and
    /// `description`: each key is inherited on its own, as problemtools inherits legacy `testdata.yaml` keys.
    private static func groupArguments(
        _ folder: URL, name: String?, inherited: GroupArguments, constants: ProblemConstants
    ) throws(SpecError) -> GroupArguments {
        for fileName in groupFiles {
            let file = folder.appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file, substituting: constants), file: file.path)
            try yaml.rejectUnknown(allowed: groupKeys)
            return try overlay(yaml, relative: "data/" + (name.map { $0 + "/" } ?? "") + fileName, on: inherited)
        }
        return inherited
    }

    /// The settings of a file of the validators' own data (`data/invalid_input/integers/a.in`): every
    /// `test_group.yaml` from `data/` down to its folder, then its own `<case>.yaml`, as for a test case.
    static func settings(
        of file: URL, data: URL, constants: ProblemConstants
    ) throws(SpecError) -> GroupArguments {
        let folders = file.deletingLastPathComponent().path.dropFirst(data.path.count).split(separator: "/")
        var settings = try groupArguments(data, name: nil, inherited: GroupArguments(), constants: constants)
        var folder = data
        for (depth, component) in folders.enumerated() {
            folder = folder.appendingPathComponent(String(component))
            let name = folders.prefix(depth + 1).joined(separator: "/")
            settings = try groupArguments(folder, name: name, inherited: settings, constants: constants)
        }
        let base = file.deletingPathExtension().lastPathComponent
        return try caseSettings(
            folder, name: folders.joined(separator: "/"), base: base, inherited: settings)
    }

    /// The keys a 2023-07 test case's own `<case>.yaml` may set.
    static let caseKeys = [
        "args", "output_validator_args", "input_validator_args", "full_feedback", "hint", "description",
    ]

    /// A case's settings: its `<case>.yaml`, when it has one, over what its group passes down.
    private static func caseSettings(
        _ folder: URL, name: String, base: String, inherited: GroupArguments
    ) throws(SpecError) -> GroupArguments {
        let file = folder.appendingPathComponent(base + ".yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return inherited }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
        try yaml.rejectUnknown(allowed: caseKeys)
        return try overlay(yaml, relative: "data/\(name)/\(base).yaml", on: inherited)
    }

    /// `settings` with every key `yaml` sets replaced.
    private static func overlay(
        _ yaml: YAMLFields, relative: String, on settings: GroupArguments
    ) throws(SpecError) -> GroupArguments {
        var settings = settings
        func words(_ list: [String]) -> [String] {
            list.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
        }
        if let list = try yaml.strings("output_validator_args") {
            settings.output = .init(file: relative, field: "output_validator_args", arguments: words(list))
        } else if let flags = try yaml.string("output_validator_flags") {
            settings.output = .init(file: relative, field: "output_validator_flags", arguments: words([flags]))
        }
        if let node = yaml.node("input_validator_args"), case .mapping = node.kind,
            let table = try yaml.fields("input_validator_args")
        {
            var byValidator: [String: [String]] = [:]
            for key in table.keys { byValidator[key] = words(try table.strings(key) ?? []) }
            settings.input = .byValidator(byValidator)
        } else if let list = try yaml.strings("input_validator_args") {
            settings.input = .all(words(list))
        } else if let flags = try yaml.string("input_validator_flags") {
            settings.input = .all(words([flags]))
        }
        // Each argument of `args` is passed as written, spaces and all.
        if let list = try yaml.strings("args") { settings.submission = list }
        if let hint = try yaml.string("hint") { settings.hint = hint }
        if let description = try yaml.string("description") { settings.description = description }
        return settings
    }

    private static func text(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
