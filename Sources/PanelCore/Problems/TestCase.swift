import Foundation

/// One test case of a problem package: an input file and the answer the output validator compares with.
public struct TestCase: Sendable, Equatable {
    /// Path below `data/` without extension, such as `sample/1` or `secret/edge/01-capacity-one`.
    public var name: String
    /// The folder the case sits in below `data/`, such as `sample` or `secret/edge`.
    public var group: String
    /// The `.in` file.
    public var input: URL
    /// The `.ans` file.
    public var answer: URL
    /// A `.hint` for the author or candidate, if present (may be shown for a failing secret case).
    public var hint: String?
    /// A `.desc` describing the case's purpose, if present (may be shown for a failing secret case).
    public var description: String?
    /// Where the output validator's arguments for this case come from: the problem's, then its own `.yaml`'s
    /// or its group's (the nearest folder that sets them), each with the file and field it was written in.
    public var validatorArgumentSources: [ArgumentSource]
    /// Arguments for the input validators, from the case's `.yaml` or the nearest group folder that sets them.
    public var inputValidatorArguments: InputValidatorArguments = .all([])
    /// Command-line arguments for the submission (2023-07 `args`, from the case's `.yaml` or its group's).
    public var arguments: [String] = []
    /// For a case `generators/panel.yaml` describes: how its input and answer are made. Its files are
    /// in Panel's data cache and exist only after ``GeneratedData`` has materialized them.
    public var generated: GeneratedInput?

    /// Samples are shown to the candidate in full; secret cases never are.
    public var isSample: Bool { group == "sample" || group.hasPrefix("sample/") }

    /// Output validator arguments in force for this case (problem-level and group-level, in that order).
    public var validatorArguments: [String] { validatorArgumentSources.flatMap(\.arguments) }

    /// Validator arguments as one file and field gave them.
    public struct ArgumentSource: Sendable, Equatable {
        /// The file, relative to the package (`problem.yaml`, `data/secret/testdata.yaml`).
        public var file: String
        /// The field, such as `validator_flags` or `output_validator_args`.
        public var field: String
        public var arguments: [String]
    }

    /// Legacy `input_validator_flags` and a 2023-07 `input_validator_args` list go to every input validator;
    /// a 2023-07 map gives each validator, by name, its own.
    public enum InputValidatorArguments: Sendable, Equatable {
        case all([String])
        case byValidator([String: [String]])

        /// The arguments for the input validator `program` (a file or folder in the package).
        public func arguments(for program: String) -> [String] {
            switch self {
            case .all(let arguments):
                return arguments
            case .byValidator(let table):
                let stem = program.split(separator: ".").first.map(String.init) ?? program
                return table[program] ?? table[stem] ?? []
            }
        }
    }
}
