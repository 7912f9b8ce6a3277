import Foundation

/// Reads a problem package folder into a ``ProblemPackage``, or says exactly what is wrong with it.
public enum ProblemLoader {
    /// Keys of `problem.yaml` that Panel reads or knowingly ignores (legacy and 2023-07).
    static let knownKeys = [
        "problem_format_version", "name", "type", "validation", "validator_flags", "output_validator_args",
        "limits", "source", "source_url", "author", "authors", "license", "rights_owner", "keywords", "uuid",
        "version", "credits", "embargo_until", "languages", "grading", "allow_file_writing", "constants",
    ]
    static let knownLimitKeys = [
        "time_limit", "time_multiplier", "time_safety_margin", "time_multipliers", "time_resolution", "memory",
        "output", "code", "compilation_time", "compilation_memory", "validation_time", "validation_memory",
        "validation_output", "validation_passes",
    ]

    /// Loads the package at `directory`.
    /// - Throws: ``SpecError`` naming the file, field and what was expected.
    /// Generated test cases point into `dataCache` (default: ``GeneratedData/defaultDirectory()``).
    public static func load(_ directory: URL, dataCache: URL? = nil) throws(SpecError) -> ProblemPackage {
        let directory = directory.standardizedFileURL
        let problemFile = directory.appendingPathComponent("problem.yaml")
        guard FileManager.default.fileExists(atPath: problemFile.path) else {
            throw .missingFile(path: problemFile.path, expected: "a problem package with a problem.yaml")
        }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: problemFile), file: problemFile.path)
        let metadata = try readMetadata(yaml, directory: directory, file: problemFile.path)
        let submissions = findSubmissions(directory)
        let includes = findIncludes(directory)
        let testCases = try TestDataScanner.scan(
            directory.appendingPathComponent("data"),
            problemArguments: metadata.validatorArguments.isEmpty
                ? nil
                : TestCase.ArgumentSource(
                    file: "problem.yaml",
                    field: metadata.formatVersion == .legacy ? "validator_flags" : "output_validator_args",
                    arguments: metadata.validatorArguments),
            generated: try GeneratorManifest.read(directory, submissions: submissions, includes: includes),
            dataCache: dataCache, constants: metadata.constants)
        var groupSettings: [String: TestGroupSettings] = [:]
        var groups: Set<String> = [""]
        for testCase in testCases {
            let parts = testCase.group.split(separator: "/")
            for end in 1...parts.count { groups.insert(parts[..<end].joined(separator: "/")) }
        }
        for group in groups {
            let folder = directory.appendingPathComponent("data").appendingPathComponent(group)
            groupSettings[group] = try TestGroupSettings.read(folder, constants: metadata.constants)
        }
        return ProblemPackage(
            slug: directory.lastPathComponent,
            directory: directory,
            metadata: metadata,
            interview: try readInterviewMetadata(directory),
            statement: findStatement(directory),
            testCases: testCases,
            outputValidator: try findOutputValidator(directory, metadata: metadata),
            submissions: submissions,
            includedSources: includes,
            includes: findLanguageIncludes(directory),
            groupSettings: groupSettings)
    }

    static func readMetadata(_ yaml: YAMLFields, directory: URL, file: String) throws(SpecError) -> ProblemMetadata {
        try yaml.rejectUnknown(allowed: knownKeys)
        let versionText = try yaml.string("problem_format_version") ?? "legacy"
        let version: ProblemMetadata.FormatVersion
        switch versionText {
        case "legacy": version = .legacy
        case "2023-07-draft", "2023-07", "2025-09", "draft": version = .version2023
        default:
            throw .invalidField(
                file: file, line: yaml.node("problem_format_version")?.line, field: "problem_format_version",
                expected: "legacy, 2023-07-draft or 2025-09", found: "'\(versionText)'")
        }

        var type = ProblemMetadata.ProblemType.passFail
        var interactive = false
        var custom = false
        var multiPass = false
        if let validation = try yaml.string("validation") {
            // Legacy: `validation: default | custom [interactive] [score]`.
            let words = validation.split(separator: " ").map(String.init)
            guard let first = words.first, ["default", "custom"].contains(first),
                words.dropFirst().allSatisfy({ ["interactive", "score", "multi-pass"].contains($0) })
            else {
                throw .invalidField(
                    file: file, line: yaml.node("validation")?.line, field: "validation",
                    expected: "default, or custom followed by interactive, score and/or multi-pass",
                    found: "'\(validation)'")
            }
            custom = first == "custom"
            interactive = words.contains("interactive")
            multiPass = words.contains("multi-pass")
            if words.contains("score") { type = .scoring }
        }
        if let types = try yaml.strings("type") {
            for word in types.flatMap({ $0.split(separator: " ").map(String.init) }) {
                switch word {
                case "pass-fail": type = .passFail
                case "scoring": type = .scoring
                case "interactive": interactive = true
                case "multi-pass": multiPass = true
                case "submit-answer":
                    throw .unsupported(file: file, feature: "problem type '\(word)'")
                default:
                    throw .invalidField(
                        file: file, line: yaml.node("type")?.line, field: "type",
                        expected: "pass-fail, scoring, interactive, multi-pass or submit-answer", found: "'\(word)'")
                }
            }
        }
        let customValidation = custom || version == .version2023 && hasValidatorFolder(directory)
        if interactive && !customValidation {
            throw .missingFile(
                path: directory.appendingPathComponent(version == .legacy ? "output_validators" : "output_validator")
                    .path, expected: "an output validator that interacts with the solution (the problem is interactive)"
            )
        }

        var arguments: [String] = []
        if let flags = try yaml.string("validator_flags") {
            arguments = flags.split(whereSeparator: \.isWhitespace).map(String.init)
        }
        if let args = try yaml.strings("output_validator_args") { arguments += args }

        if multiPass && !customValidation {
            throw .missingFile(
                path: directory.appendingPathComponent(version == .legacy ? "output_validators" : "output_validator")
                    .path, expected: "an output validator that writes nextpass.in (the problem is multi-pass)")
        }
        let name = try readName(yaml, file: file) ?? directory.lastPathComponent
        var metadata = ProblemMetadata(
            name: name, formatVersion: version, type: type, interactive: interactive,
            customValidation: customValidation,
            validatorArguments: arguments,
            limits: try readLimits(yaml, directory: directory, file: file, legacy: version == .legacy),
            constants: try ProblemConstants.read(yaml))
        metadata.multiPass = multiPass
        metadata.languages = try readLanguages(yaml, file: file)
        metadata.allowsFileWriting = try yaml.bool("allow_file_writing") ?? false
        return metadata
    }

    /// `languages`: `all` (or absent) for any language, else a list of language ids (a string or a sequence).
    static func readLanguages(_ yaml: YAMLFields, file: String) throws(SpecError) -> [String]? {
        let words = (try yaml.strings("languages") ?? []).flatMap {
            $0.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        }
        return words.isEmpty || words == ["all"] ? nil : words
    }

    /// `name` is a string, or (2023-07) a map from language code to string.
    static func readName(_ yaml: YAMLFields, file: String) throws(SpecError) -> String? {
        guard let node = yaml.node("name") else { return nil }
        if case .mapping = node.kind {
            let names = try YAMLFields(node, file: file, path: "name")
            if let english = try names.string("en") { return english }
            return try names.keys.first.flatMap { key throws(SpecError) in try names.string(key) }
        }
        return try yaml.string("name")
    }

    /// The limits of `problem.yaml`. The time multipliers' defaults are the format's: 2 and 1.5 (2023-07,
    /// 2025-09), 5 and 2 for `time_multiplier` and `time_safety_margin` (legacy, as problemtools reads it).
    /// Without a stated time limit the limit stays pending (``ProblemLimits/timeLimitPending``) at one
    /// `time_resolution`, for ``TimeLimitRule``.
    static func readLimits(
        _ yaml: YAMLFields, directory: URL, file: String, legacy: Bool = false
    ) throws(SpecError) -> ProblemLimits {
        var limits = ProblemLimits.defaults
        if legacy {
            limits.timeMultiplier = 5
            limits.timeoutMultiplier = 2
        }
        if let timeLimit = try timeLimitFile(directory) {
            limits.timeLimit = timeLimit
            limits.timeLimitSource = ".timelimit"
        }
        guard let fields = try yaml.fields("limits") else { return limits }
        try fields.rejectUnknown(allowed: knownLimitKeys)
        func seconds(_ key: String) throws(SpecError) -> Duration? {
            guard let value = try fields.double(key) else { return nil }
            guard value > 0, value <= 3600 else {
                throw .invalidField(
                    file: file, line: fields.node(key)?.line, field: "limits.\(key)",
                    expected: "a number of seconds between 0 and 3600", found: "\(value)")
            }
            return .milliseconds(Int64((value * 1000).rounded(.up)))
        }
        func positive(_ key: String) throws(SpecError) -> Int? {
            guard let value = try fields.int(key) else { return nil }
            guard value > 0 else {
                throw .invalidField(
                    file: file, line: fields.node(key)?.line, field: "limits.\(key)", expected: "a positive integer",
                    found: "\(value)")
            }
            return value
        }
        if let timeLimit = try seconds("time_limit") {
            limits.timeLimit = timeLimit
            limits.timeLimitSource = "problem.yaml"
        }
        if let multiplier = try fields.double("time_multiplier") { limits.timeMultiplier = multiplier }
        if let margin = try fields.double("time_safety_margin") { limits.timeoutMultiplier = margin }
        if let multipliers = try fields.fields("time_multipliers") {
            try multipliers.rejectUnknown(allowed: ["ac_to_time_limit", "time_limit_to_tle"])
            if let factor = try multipliers.double("ac_to_time_limit") { limits.timeMultiplier = factor }
            if let factor = try multipliers.double("time_limit_to_tle") { limits.timeoutMultiplier = factor }
        }
        for (factor, field) in [
            (limits.timeMultiplier, "ac_to_time_limit"), (limits.timeoutMultiplier, "time_limit_to_tle"),
        ]
        where factor < 1 {
            throw .invalidField(
                file: file, line: fields.line("time_multipliers"), field: "limits.time_multipliers.\(field)",
                expected: "a factor of at least 1", found: "\(factor)")
        }
        if let resolution = try seconds("time_resolution") {
            limits.timeResolution = resolution
            if limits.timeLimitPending { limits.timeLimit = resolution }
        }
        if let passes = try positive("validation_passes") { limits.validationPasses = passes }
        if let memory = try positive("memory") { limits.memoryMiB = memory }
        if let output = try positive("output") { limits.outputMiB = output }
        if let code = try positive("code") { limits.codeKiB = code }
        if let time = try seconds("compilation_time") { limits.compilationTime = time }
        if let memory = try positive("compilation_memory") { limits.compilationMemoryMiB = memory }
        if let time = try seconds("validation_time") { limits.validationTime = time }
        if let memory = try positive("validation_memory") { limits.validationMemoryMiB = memory }
        return limits
    }

    /// problemtools and DOMjudge record a derived time limit in `.timelimit` at the package root.
    static func timeLimitFile(_ directory: URL) throws(SpecError) -> Duration? {
        let file = directory.appendingPathComponent(".timelimit")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        guard let value = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), value > 0 else {
            throw .invalidField(
                file: file.path, line: 1, field: "time limit", expected: "a positive number of seconds",
                found: "'\(text.trimmingCharacters(in: .whitespacesAndNewlines))'")
        }
        return .milliseconds(Int64((value * 1000).rounded(.up)))
    }

    static func readInterviewMetadata(_ directory: URL) throws(SpecError) -> InterviewMetadata {
        let file = directory.appendingPathComponent("panel.yaml")
        guard FileManager.default.fileExists(atPath: file.path) else { return .empty }
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: file), file: file.path)
        try yaml.rejectUnknown(allowed: ["title", "difficulty", "tags", "rounds", "seed"])
        let difficulty = try yaml.string("difficulty")
        if let difficulty, !["easy", "medium", "hard"].contains(difficulty) {
            throw .invalidField(
                file: file.path, line: yaml.node("difficulty")?.line, field: "difficulty",
                expected: "easy, medium or hard", found: "'\(difficulty)'")
        }
        return InterviewMetadata(
            title: try yaml.string("title"), difficulty: difficulty, tags: try yaml.strings("tags") ?? [],
            rounds: try yaml.strings("rounds") ?? [], seed: try yaml.string("seed"))
    }

    static func findStatement(_ directory: URL) -> URL? {
        ProblemStatement.find(in: directory, language: nil)?.file
    }

    static func hasValidatorFolder(_ directory: URL) -> Bool {
        ["output_validator", "output_validators"].contains {
            FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path)
        }
    }

    /// `output_validator/` (2023-07) holds one program; `output_validators/` (legacy) holds one program
    /// as a single file or folder inside it.
    static func findOutputValidator(
        _ directory: URL,
        metadata: ProblemMetadata
    ) throws(SpecError) -> OutputValidatorSource {
        guard metadata.customValidation else { return .standard }
        let single = directory.appendingPathComponent("output_validator")
        if FileManager.default.fileExists(atPath: single.path) { return .program(programFolder(single)) }
        let legacy = directory.appendingPathComponent("output_validators")
        let entries =
            (try? FileManager.default.contentsOfDirectory(atPath: legacy.path))?
            .filter { !$0.hasPrefix(".") }.sorted() ?? []
        guard entries.count == 1, let entry = entries.first else {
            throw .missingFile(
                path: legacy.path,
                expected: entries.isEmpty
                    ? "an output validator (validation is custom)"
                    : "exactly one output validator program, found \(entries.count): \(entries.joined(separator: ", "))"
            )
        }
        return .program(legacy.appendingPathComponent(entry))
    }

    /// The program a folder holds: the folder itself, or (problemtools' `output_validator/guess_validator/`)
    /// the one folder inside it when it has no files of its own.
    static func programFolder(_ folder: URL) -> URL {
        let manager = FileManager.default
        let entries = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }
        guard ProgramBuilder.files(of: folder).isEmpty, entries.count == 1, let only = entries.first else {
            return folder
        }
        return folder.appendingPathComponent(only)
    }

    static func findSubmissions(_ directory: URL) -> [ReferenceSubmission] {
        let root = directory.appendingPathComponent("submissions")
        let manager = FileManager.default
        let categories = ((try? manager.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        return categories.flatMap { category -> [ReferenceSubmission] in
            let folder = root.appendingPathComponent(category)
            let files = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            // Every file or folder is a program (ICPC: any language); the language table decides later. As in
            // BAPCtools, a name ending in .disabled or .template is no submission (`test-fork.c.disabled`).
            let skipped = [".disabled", ".template"]
            return files.filter { name in !name.hasPrefix(".") && !skipped.contains { name.hasSuffix($0) } }.map {
                ReferenceSubmission(category: category, source: folder.appendingPathComponent($0))
            }
        }
    }

    /// `include/<language>/` folders: their files by the folder's name (a language id, or `default`).
    static func findLanguageIncludes(_ directory: URL) -> [String: [URL]] {
        let root = directory.appendingPathComponent("include")
        var includes: [String: [URL]] = [:]
        for language in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] {
            let files = ProgramBuilder.files(of: root.appendingPathComponent(language))
            if !files.isEmpty { includes[language] = files }
        }
        return includes
    }

    static func findIncludes(_ directory: URL) -> [URL] {
        for language in ["swift", "default"] {
            let folder = directory.appendingPathComponent("include/\(language)")
            if let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
                return files.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
            }
        }
        return []
    }
}
