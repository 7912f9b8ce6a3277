import Foundation
import Testing

@testable import PanelCore

/// The hand-written packages in Tests/Fixtures/packages.
private let packages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("packages")

/// The problem bank the repository ships.
private let shippedProblems = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Problems")

/// A fresh temporary folder holding copies of fixture packages, removed when the value is released.
private final class ScratchFolder {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-loader-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// Copies the fixture package `fixture` to `root/name` and returns the copy's folder.
    @discardableResult
    func copy(_ fixture: String, as name: String? = nil) throws -> URL {
        let target = root.appendingPathComponent(name ?? fixture)
        try FileManager.default.copyItem(at: packages.appendingPathComponent(fixture), to: target)
        return target
    }

    /// Writes `contents` to `relativePath` (creating folders), or removes that file or folder when nil.
    func edit(_ relativePath: String, _ contents: String?) throws {
        let url = root.appendingPathComponent(relativePath)
        guard let contents else {
            try FileManager.default.removeItem(at: url)
            return
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// One broken package: a copy of a good fixture with one file rewritten (or removed), and where the error must point.
struct BrokenPackage: Sendable, CustomTestStringConvertible {
    /// Which `SpecError` case is expected.
    enum Kind: Sendable {
        case invalidField
        case unknownField
        case missingFile
        case unsupported
    }

    var name: String
    var fixture: String
    /// Path below the package folder of the file to overwrite or remove.
    var file: String
    /// New contents of `file`; nil removes it.
    var contents: String?
    /// Another path below the package folder to remove first, if any.
    var removing: String? = nil
    var kind: Kind
    /// Path below the package folder of the file the error must name.
    var errorFile: String
    /// The line the error must name, if any.
    var line: Int?
    /// The dotted field (or, for `.unsupported`, text of the feature) the error must name.
    var field: String?
    /// Further text the description must contain, such as the offending value or a suggestion.
    var mentions: [String] = []

    var testDescription: String { name }
}

/// The parts of a `SpecError` the broken-package table checks.
private func parts(of error: SpecError) -> (kind: BrokenPackage.Kind?, file: String, line: Int?, field: String?) {
    switch error {
    case .invalidField(let file, let line, let field, _, _):
        return (.invalidField, file, line, field)
    case .unknownField(let file, let line, let field, _):
        return (.unknownField, file, line, field)
    case .missingFile(let path, _):
        return (.missingFile, path, nil, nil)
    case .unsupported(let file, let feature):
        return (.unsupported, file, nil, feature)
    case .syntax(let file, let line, _):
        return (nil, file, line, nil)
    case .missingField(let file, let field, _):
        return (nil, file, nil, field)
    case .generation(let file, let testCase, _):
        return (nil, file, nil, testCase)
    }
}

@Suite("ProblemLoader")
struct ProblemLoaderTests {
    @Test("reads a legacy package: validator_flags, limits and .timelimit")
    func legacyPackage() throws {
        let package = try ProblemLoader.load(packages.appendingPathComponent("legacy-tolerance"))
        #expect(package.slug == "legacy-tolerance")
        #expect(package.title == "Legacy Tolerance")
        #expect(package.interview == .empty)
        #expect(package.statement?.lastPathComponent == "problem.en.md")
        #expect(package.outputValidator == .standard)
        #expect(package.submissions.isEmpty)
        #expect(package.includedSources.isEmpty)

        let metadata = package.metadata
        #expect(metadata.name == "Legacy Tolerance")
        #expect(metadata.formatVersion == .legacy)
        #expect(metadata.type == .passFail)
        #expect(!metadata.interactive)
        #expect(!metadata.customValidation)
        #expect(metadata.validatorArguments == ["float_tolerance", "1e-6"])

        let limits = metadata.limits
        #expect(limits.timeLimit == .milliseconds(1500))
        #expect(limits.timeLimitSource == ".timelimit")
        #expect(limits.timeMultiplier == 3)
        #expect(limits.memoryMiB == 512)
        #expect(limits.outputMiB == 4)
        #expect(limits.codeKiB == 64)
        #expect(limits.compilationTime == ProblemLimits.defaults.compilationTime)
        #expect(limits.compilationMemoryMiB == ProblemLimits.defaults.compilationMemoryMiB)
        #expect(limits.validationTime == ProblemLimits.defaults.validationTime)
        #expect(limits.validationMemoryMiB == ProblemLimits.defaults.validationMemoryMiB)

        #expect(package.testCases.map(\.name) == ["sample/1", "secret/1-two", "secret/2-nine"])
        #expect(package.testCases.map(\.isSample) == [true, false, false])
        for testCase in package.testCases {
            #expect(testCase.validatorArguments == ["float_tolerance", "1e-6"], "\(testCase.name)")
        }
    }

    @Test("reads a 2023-07 package with nested groups")
    func version2023Package() throws {
        let directory = packages.appendingPathComponent("grouped-2023")
        let package = try ProblemLoader.load(directory)
        let metadata = package.metadata
        #expect(metadata.name == "Grouped Cases")
        #expect(metadata.formatVersion == .version2023)
        #expect(metadata.type == .passFail)
        #expect(!metadata.customValidation)
        #expect(metadata.validatorArguments.isEmpty)
        #expect(metadata.limits.timeLimit == .milliseconds(500))
        #expect(metadata.limits.timeLimitSource == "problem.yaml")
        #expect(metadata.limits.memoryMiB == 256)
        #expect(metadata.limits.outputMiB == ProblemLimits.defaults.outputMiB)
        #expect(package.outputValidator == .standard)
        #expect(
            package.interview
                == InterviewMetadata(
                    title: "Grouped Cases (interview)", difficulty: "easy", tags: ["strings", "groups"],
                    rounds: ["screen"], seed: nil))
        #expect(package.title == "Grouped Cases (interview)")
        #expect(package.statement == nil)
    }

    /// (name, group, validator arguments) of every case of grouped-2023, in judging order.
    static let groupedCases: [(name: String, group: String, arguments: [String])] = [
        ("sample/1", "sample", []),
        ("sample/2", "sample", []),
        ("secret/a-first", "secret", []),
        ("secret/group1/01-one", "secret/group1", []),
        ("secret/group1/02-two", "secret/group1", []),
        ("secret/group2/0-top", "secret/group2", ["case_sensitive"]),
        ("secret/group2/sub/1-deep", "secret/group2/sub", ["case_sensitive"]),
        ("secret/z-last", "secret", []),
    ]

    @Test("orders cases samples first, lexicographically, recursing into groups in place")
    func caseOrderAndGroups() throws {
        let directory = packages.appendingPathComponent("grouped-2023").standardizedFileURL
        let cases = try ProblemLoader.load(directory).testCases
        #expect(cases.map(\.name) == Self.groupedCases.map(\.name))
        #expect(cases.map(\.group) == Self.groupedCases.map(\.group))
        #expect(cases.map(\.validatorArguments) == Self.groupedCases.map(\.arguments))
        // group2's input_validator_args name the validator they are for, and its subgroup inherits them.
        #expect(
            cases.map { $0.inputValidatorArguments.arguments(for: "validate.py") }
                == Self.groupedCases.map { $0.group.hasPrefix("secret/group2") ? ["--max-length", "20"] : [] })
        #expect(cases.allSatisfy { $0.inputValidatorArguments.arguments(for: "other.py").isEmpty })
        #expect(cases.map(\.isSample) == Self.groupedCases.map { $0.group == "sample" })
        for testCase in cases {
            let base = directory.appendingPathComponent("data").appendingPathComponent(testCase.name).path
            #expect(testCase.input.path == base + ".in")
            #expect(testCase.answer.path == base + ".ans")
        }
    }

    @Test("ignores .in.statement and .ans.statement files")
    func statementFilesIgnored() throws {
        let cases = try ProblemLoader.load(packages.appendingPathComponent("grouped-2023")).testCases
        let statementFile = packages.appendingPathComponent("grouped-2023/data/sample/1.in.statement")
        #expect(FileManager.default.fileExists(atPath: statementFile.path))
        #expect(!cases.contains { $0.input.lastPathComponent.contains("statement") })
        #expect(cases.filter(\.isSample).count == 2)
    }

    @Test("picks up .hint and .desc, trimmed, only for their own case")
    func hintsAndDescriptions() throws {
        let cases = try ProblemLoader.load(packages.appendingPathComponent("grouped-2023")).testCases
        let described = try #require(cases.first { $0.name == "secret/group1/01-one" })
        #expect(described.hint == "Upper-case every letter.")
        #expect(described.description == "A three-letter word.")
        for testCase in cases where testCase.name != described.name {
            #expect(testCase.hint == nil, "\(testCase.name)")
            #expect(testCase.description == nil, "\(testCase.name)")
        }
    }

    @Test("a 2023-07 case's own .yaml overrides its group and its .hint file")
    func caseConfiguration() throws {
        let scratch = try ScratchFolder()
        try scratch.copy("grouped-2023")
        try scratch.edit(
            "grouped-2023/data/secret/group2/sub/1-deep.yaml",
            """
            args: [--fast, two words]
            output_validator_args: [space_change_sensitive]
            input_validator_args: [--deep]
            hint: Mind the spaces.
            full_feedback: true

            """)
        try scratch.edit("grouped-2023/data/secret/group1/01-one.yaml", "description: From the case's yaml.\n")
        try scratch.edit("grouped-2023/data/secret/group2/test_group.yaml", "hint: A group hint.\n")
        let cases = try ProblemLoader.load(scratch.root.appendingPathComponent("grouped-2023")).testCases
        let deep = try #require(cases.first { $0.name == "secret/group2/sub/1-deep" })
        #expect(deep.arguments == ["--fast", "two words"])
        #expect(deep.validatorArguments == ["space_change_sensitive"])
        #expect(deep.validatorArgumentSources.last?.file == "data/secret/group2/sub/1-deep.yaml")
        #expect(deep.inputValidatorArguments.arguments(for: "validate.py") == ["--deep"])
        #expect(deep.hint == "Mind the spaces.")
        let one = try #require(cases.first { $0.name == "secret/group1/01-one" })
        #expect(one.description == "From the case's yaml.")
        #expect(one.hint == "Upper-case every letter.", "the .hint file still counts")
        let top = try #require(cases.first { $0.name == "secret/group2/0-top" })
        #expect(top.hint == "A group hint.")
        #expect(top.arguments.isEmpty)

        try scratch.edit("grouped-2023/data/secret/group1/01-one.yaml", "hints: a typo\n")
        #expect(throws: SpecError.self) {
            try ProblemLoader.load(scratch.root.appendingPathComponent("grouped-2023"))
        }
    }

    @Test("a legacy group's output_validator_flags come from testdata.yaml")
    func legacyGroupFlags() throws {
        let scratch = try ScratchFolder()
        try scratch.copy("grouped-2023")
        try scratch.edit("grouped-2023/data/secret/group2/test_group.yaml", nil)
        try scratch.edit(
            "grouped-2023/data/secret/group1/testdata.yaml", "output_validator_flags: float_tolerance 1e-3\n")
        let cases = try ProblemLoader.load(scratch.root.appendingPathComponent("grouped-2023")).testCases
        let flagged = cases.filter { $0.group == "secret/group1" }
        #expect(flagged.count == 2)
        #expect(flagged.allSatisfy { $0.validatorArguments == ["float_tolerance", "1e-3"] })
        #expect(cases.filter { $0.group != "secret/group1" }.allSatisfy { $0.validatorArguments.isEmpty })
    }

    // problemtools applies the root group's settings file (data/testdata.yaml) to every case.
    @Test("the root group's settings in data/ apply to every case")
    func rootGroupArguments() throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy("legacy-tolerance")
        try scratch.edit("legacy-tolerance/problem.yaml", "name: Legacy Tolerance\n")
        try scratch.edit("legacy-tolerance/data/testdata.yaml", "output_validator_flags: float_tolerance 1e-3\n")
        let cases = try ProblemLoader.load(directory).testCases
        #expect(cases.allSatisfy { $0.validatorArguments == ["float_tolerance", "1e-3"] })
    }

    // problemtools passes `validator_flags.split() + output_validator_flags.split()`.
    @Test("a legacy group's flags come after the problem's validator_flags")
    func problemAndGroupFlagsCombined() throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy("legacy-tolerance")
        try scratch.edit("legacy-tolerance/data/secret/testdata.yaml", "output_validator_flags: case_sensitive\n")
        let cases = try ProblemLoader.load(directory).testCases
        #expect(cases.filter(\.isSample).allSatisfy { $0.validatorArguments == ["float_tolerance", "1e-6"] })
        for testCase in cases where !testCase.isSample {
            #expect(testCase.validatorArguments == ["float_tolerance", "1e-6", "case_sensitive"])
        }
    }

    @Test("a legacy custom validation package points at its one validator program")
    func legacyCustomValidator() throws {
        let package = try ProblemLoader.load(packages.appendingPathComponent("legacy-custom"))
        #expect(package.metadata.customValidation)
        #expect(package.metadata.limits.timeLimit == .seconds(1))
        #expect(package.metadata.limits.timeLimitSource == "problem.yaml")
        guard case .program(let url) = package.outputValidator else {
            Issue.record("expected a program validator, got \(package.outputValidator)")
            return
        }
        #expect(url.path == package.directory.appendingPathComponent("output_validators/checker").path)
    }

    @Test("a 2023-07 package with an output_validator folder is custom")
    func version2023CustomValidator() throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy("grouped-2023")
        try scratch.edit("grouped-2023/output_validator/validator.swift", "exit(42)\n")
        let package = try ProblemLoader.load(directory)
        #expect(package.metadata.customValidation)
        guard case .program(let url) = package.outputValidator else {
            Issue.record("expected a program validator, got \(package.outputValidator)")
            return
        }
        #expect(url.path == package.directory.appendingPathComponent("output_validator").path)
    }

    /// (name, problem.yaml, .timelimit or nil, expected time limit, expected source).
    static let timeLimits: [(String, String, String?, Duration, String)] = [
        // Pending for TimeLimitRule, at one time_resolution until it derives the limit.
        ("neither", "name: T\n", nil, .seconds(1), ProblemLimits.unstated),
        (
            "neither, with a resolution", "name: T\nlimits:\n  time_resolution: 0.5\n", nil, .milliseconds(500),
            ProblemLimits.unstated
        ),
        (
            "a .timelimit ignores the resolution", "name: T\nlimits:\n  time_resolution: 0.5\n", "3\n", .seconds(3),
            ".timelimit"
        ),
        ("only .timelimit", "name: T\n", "2.5\n", .milliseconds(2500), ".timelimit"),
        ("only problem.yaml", "name: T\nlimits:\n  time_limit: 3\n", nil, .seconds(3), "problem.yaml"),
        (
            "problem.yaml wins over .timelimit", "name: T\nlimits:\n  time_limit: 0.25\n", "7\n", .milliseconds(250),
            "problem.yaml"
        ),
        (
            "fractions of a millisecond round up", "name: T\nlimits:\n  time_limit: 0.0001\n", nil, .milliseconds(1),
            "problem.yaml"
        ),
    ]

    @Test("takes the time limit from problem.yaml, else .timelimit, else the default", arguments: timeLimits)
    func timeLimitSources(name: String, yaml: String, file: String?, limit: Duration, source: String) throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy("legacy-tolerance")
        try scratch.edit("legacy-tolerance/problem.yaml", yaml)
        try scratch.edit("legacy-tolerance/.timelimit", file)
        let limits = try ProblemLoader.load(directory).metadata.limits
        #expect(limits.timeLimit == limit)
        #expect(limits.timeLimitSource == source)
    }

    /// (name, problem.yaml, ac_to_time_limit, time_limit_to_tle): each format's defaults and spellings.
    static let multipliers: [(String, String, Double, Double)] = [
        ("2025-09 defaults", "problem_format_version: 2025-09\nname: T\n", 2, 1.5),
        ("legacy defaults (problemtools)", "name: T\n", 5, 2),
        ("legacy spellings", "name: T\nlimits:\n  time_multiplier: 3\n  time_safety_margin: 1.25\n", 3, 1.25),
        (
            "time_multipliers",
            "problem_format_version: 2025-09\nname: T\nlimits:\n  time_multipliers:\n    ac_to_time_limit: 4\n"
                + "    time_limit_to_tle: 3\n", 4, 3
        ),
        (
            "one of time_multipliers keeps the other's default",
            "problem_format_version: 2025-09\nname: T\nlimits:\n  time_multipliers:\n    time_limit_to_tle: 4\n", 2, 4
        ),
    ]

    @Test("reads the time multipliers with each format's defaults", arguments: multipliers)
    func timeMultipliers(name: String, yaml: String, acToTimeLimit: Double, timeLimitToTLE: Double) throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy("legacy-tolerance")
        try scratch.edit("legacy-tolerance/problem.yaml", yaml)
        try scratch.edit("legacy-tolerance/.timelimit", nil)
        let limits = try ProblemLoader.load(directory).metadata.limits
        #expect(limits.timeMultiplier == acToTimeLimit)
        #expect(limits.timeoutMultiplier == timeLimitToTLE)
        #expect(limits.timeLimitPending)
    }

    static let broken: [BrokenPackage] = [
        BrokenPackage(
            name: "unknown key with a near miss", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nvalidation: default\nvalidator_flag: float_tolerance 1e-6\n",
            kind: .unknownField, errorFile: "problem.yaml", line: 3, field: "validator_flag",
            mentions: ["did you mean 'validator_flags'"]),
        BrokenPackage(
            name: "unknown limits key", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nlimits:\n  memory: 256\n  time_limt: 1\n",
            kind: .unknownField, errorFile: "problem.yaml", line: 4, field: "limits.time_limt",
            mentions: ["did you mean 'time_limit'"]),
        BrokenPackage(
            name: "time limit that is not a number", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nlimits:\n  time_limit: fast\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 3, field: "limits.time_limit", mentions: ["'fast'"]),
        BrokenPackage(
            name: "time limit of zero", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nlimits:\n  time_limit: 0\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 3, field: "limits.time_limit"),
        BrokenPackage(
            name: "negative memory", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "# comment\nname: Legacy Tolerance\nlimits:\n  time_limit: 1\n  memory: -256\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 5, field: "limits.memory", mentions: ["-256"]),
        BrokenPackage(
            name: "quoted memory", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nlimits:\n  memory: \"256\"\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 3, field: "limits.memory", mentions: ["quoted"]),
        BrokenPackage(
            name: ".in without .ans", fixture: "legacy-tolerance", file: "data/secret/3-lonely.in", contents: "7\n",
            kind: .missingFile, errorFile: "data/secret/3-lonely.ans", mentions: ["3-lonely.in"]),
        // No data/secret is a samples-only package, judged on its samples (SamplesOnlyTests).
        BrokenPackage(
            name: "no data/secret and BAPCtools would generate it", fixture: "legacy-tolerance",
            file: "generators/generators.yaml", contents: "data:\n  secret: {}\n", removing: "data/secret",
            kind: .unsupported, errorFile: "generators/generators.yaml", mentions: ["bt generate"]),
        BrokenPackage(
            name: "no data at all", fixture: "legacy-tolerance", file: "data", contents: nil,
            kind: .missingFile, errorFile: "data"),
        BrokenPackage(
            name: "no data/secret and no samples", fixture: "legacy-tolerance", file: "data/sample", contents: nil,
            removing: "data/secret", kind: .missingFile, errorFile: "data/secret"),
        BrokenPackage(
            name: "legacy interactive", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nvalidation: custom interactive\n",
            kind: .missingFile, errorFile: "output_validators"),
        BrokenPackage(
            name: "legacy validation word unknown", fixture: "legacy-tolerance", file: "problem.yaml",
            contents: "name: Legacy Tolerance\nvalidation: custom fancy\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 2, field: "validation", mentions: ["'custom fancy'"]),
        BrokenPackage(
            name: "2023-07 multi-pass without a validator", fixture: "grouped-2023", file: "problem.yaml",
            contents: "problem_format_version: 2023-07-draft\ntype: multi-pass\nname: Passes\n",
            kind: .missingFile, errorFile: "output_validator", mentions: ["nextpass.in"]),
        BrokenPackage(
            name: "2023-07 submit-answer", fixture: "grouped-2023", file: "problem.yaml",
            contents: "problem_format_version: 2023-07-draft\ntype: submit-answer\nname: Answers\n",
            kind: .unsupported, errorFile: "problem.yaml", field: "problem type 'submit-answer'"),
        BrokenPackage(
            name: "score aggregation unknown", fixture: "grouped-2023", file: "data/secret/group2/test_group.yaml",
            contents: "score_aggregation: average\n",
            kind: .invalidField, errorFile: "data/secret/group2/test_group.yaml", line: 1, field: "score_aggregation",
            mentions: ["pass-fail, sum or min"]),
        BrokenPackage(
            name: "legacy custom grader", fixture: "legacy-tolerance", file: "data/testdata.yaml",
            contents: "grading: custom\n",
            kind: .unsupported, errorFile: "data/testdata.yaml", field: "grading: custom (custom graders)"),
        BrokenPackage(
            name: "2023-07 interactive in a type list", fixture: "grouped-2023", file: "problem.yaml",
            contents: "problem_format_version: 2023-07-draft\ntype: [pass-fail, interactive]\nname: I\n",
            kind: .missingFile, errorFile: "output_validator"),
        BrokenPackage(
            name: "unknown problem_format_version", fixture: "grouped-2023", file: "problem.yaml",
            contents: "name: Grouped\nproblem_format_version: 2024-01\n",
            kind: .invalidField, errorFile: "problem.yaml", line: 2, field: "problem_format_version",
            mentions: ["'2024-01'"]),
        BrokenPackage(
            name: "difficulty out of range in panel.yaml", fixture: "grouped-2023", file: "panel.yaml",
            contents: "title: Grouped\ndifficulty: impossible\n",
            kind: .invalidField, errorFile: "panel.yaml", line: 2, field: "difficulty", mentions: ["'impossible'"]),
        BrokenPackage(
            name: "unknown key in test_group.yaml", fixture: "grouped-2023",
            file: "data/secret/group2/test_group.yaml", contents: "output_validator_arg: [case_sensitive]\n",
            kind: .unknownField, errorFile: "data/secret/group2/test_group.yaml", line: 1,
            field: "output_validator_arg", mentions: ["did you mean 'output_validator_args'"]),
        BrokenPackage(
            name: ".timelimit that is not a number", fixture: "legacy-tolerance", file: ".timelimit",
            contents: "soon\n", kind: .invalidField, errorFile: ".timelimit", line: 1, mentions: ["'soon'"]),
        BrokenPackage(
            name: "two legacy validators", fixture: "legacy-custom", file: "output_validators/second/second.swift",
            contents: "exit(43)\n", kind: .missingFile, errorFile: "output_validators",
            mentions: ["found 2", "checker", "second"]),
        BrokenPackage(
            name: "custom validation without a validator", fixture: "legacy-custom", file: "output_validators",
            contents: nil, kind: .missingFile, errorFile: "output_validators"),
        BrokenPackage(
            name: "missing problem.yaml", fixture: "legacy-tolerance", file: "problem.yaml", contents: nil,
            kind: .missingFile, errorFile: "problem.yaml"),
    ]

    @Test("rejects a broken package, naming the file, line and field", arguments: broken)
    func brokenPackage(_ broken: BrokenPackage) throws {
        let scratch = try ScratchFolder()
        let directory = try scratch.copy(broken.fixture, as: "broken")
        if let removing = broken.removing { try scratch.edit("broken/" + removing, nil) }
        try scratch.edit("broken/" + broken.file, broken.contents)
        let error = try #require(throws: SpecError.self) { try ProblemLoader.load(directory) }

        let (kind, file, line, field) = parts(of: error)
        let expectedFile = directory.appendingPathComponent(broken.errorFile).path
        #expect(kind == broken.kind, "\(error)")
        #expect(file == expectedFile)
        #expect(line == broken.line)
        if let expectedField = broken.field {
            #expect(field == expectedField)
        }

        let description = error.description
        #expect(description.contains(expectedFile))
        if let expectedLine = broken.line {
            #expect(description.contains("\(expectedFile):\(expectedLine):"))
        }
        if let expectedField = broken.field {
            #expect(description.contains(expectedField))
        }
        for mention in broken.mentions {
            #expect(description.contains(mention), "\(description)")
        }
    }

    @Test("every problem the repository ships loads")
    func shippedProblemsLoad() throws {
        let bank = ProblemBank(root: shippedProblems)
        let slugs = try bank.slugs()
        #expect(!slugs.isEmpty)
        for slug in slugs {
            let package = try bank.load(slug)
            #expect(package.slug == slug)
            #expect(package.testCases.contains { !$0.isSample }, "\(slug)")
        }
    }
}

@Suite("ProblemBank")
struct ProblemBankTests {
    @Test("lists the folders that hold a problem.yaml, sorted")
    func slugsSkipFoldersWithoutProblemFile() throws {
        let scratch = try ScratchFolder()
        try scratch.copy("legacy-tolerance", as: "zeta")
        try scratch.copy("grouped-2023", as: "alpha")
        try scratch.edit("drafts/notes.md", "not a package yet\n")
        try scratch.edit("README.md", "a file, not a folder\n")
        try FileManager.default.createDirectory(
            at: scratch.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try ProblemBank(root: scratch.root).slugs() == ["alpha", "zeta"])
        #expect(try ProblemBank(root: packages).slugs() == ["grouped-2023", "legacy-custom", "legacy-tolerance"])
    }

    @Test("a missing root is a missing-file error that says how to set it")
    func missingRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-no-such-\(UUID().uuidString)")
        let error = try #require(throws: SpecError.self) { try ProblemBank(root: root).slugs() }
        guard case .missingFile(let path, _) = error else {
            Issue.record("expected missingFile, got \(error)")
            return
        }
        #expect(path == root.path)
        #expect(error.description.contains("PANEL_PROBLEMS"))
    }

    @Test("loads by slug under the root")
    func loadBySlug() throws {
        let package = try ProblemBank(root: packages).load("grouped-2023")
        #expect(package.slug == "grouped-2023")
        #expect(package.metadata.name == "Grouped Cases")
    }

    @Test("loads by path, whatever the root")
    func loadByPath() throws {
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("panel-no-\(UUID().uuidString)")
        let path = packages.appendingPathComponent("legacy-custom").path
        let package = try ProblemBank(root: elsewhere).load(path)
        #expect(package.slug == "legacy-custom")
        #expect(package.directory.path == URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    static let nearMisses: [(reference: String, suggestion: String)] = [
        ("legacy-tolerence", "legacy-tolerance"),
        ("grouped-2032", "grouped-2023"),
        ("legacy-custm", "legacy-custom"),
        ("Legacy-Custom", "legacy-custom"),
    ]

    @Test("an unknown slug suggests a near miss", arguments: nearMisses)
    func nearMiss(reference: String, suggestion: String) throws {
        let error = try #require(throws: SpecError.self) { try ProblemBank(root: packages).load(reference) }
        guard case .missingFile(let path, _) = error else {
            Issue.record("expected missingFile, got \(error)")
            return
        }
        #expect(path == packages.appendingPathComponent(reference).path)
        #expect(error.description.contains("'\(reference)'"))
        #expect(error.description.contains("did you mean '\(suggestion)'?"))
    }

    @Test("a far-off slug lists the known ones instead")
    func farMiss() throws {
        let error = try #require(throws: SpecError.self) { try ProblemBank(root: packages).load("two-sum") }
        #expect(!error.description.contains("did you mean"))
        #expect(error.description.contains("known: grouped-2023, legacy-custom, legacy-tolerance"))
    }

    static let roots: [(flag: String?, environment: [String: String], expected: String)] = [
        ("/srv/flag", ["PANEL_PROBLEMS": "/srv/env"], "/srv/flag"),
        (nil, ["PANEL_PROBLEMS": "/srv/env"], "/srv/env"),
        (nil, [:], "Problems"),
    ]

    @Test("the root is the flag, else PANEL_PROBLEMS, else Problems/", arguments: roots)
    func defaultRoot(flag: String?, environment: [String: String], expected: String) {
        let root = ProblemBank.defaultRoot(flag: flag, environment: environment)
        #expect(root == URL(fileURLWithPath: expected))
    }

    static let distances: [(String, String, Int)] = [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("kitten", "sitting", 3), ("lru-cache", "lru-cahce", 1),
        ("hit-counter", "hit-counter", 0),
    ]

    @Test("edit distance for suggestions (a swap of neighbours is one edit)", arguments: distances)
    func distance(lhs: String, rhs: String, expected: Int) {
        #expect(Suggestion.editDistance(lhs, rhs) == expected)
        #expect(Suggestion.editDistance(rhs, lhs) == expected)
    }
}
