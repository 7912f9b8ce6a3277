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
    /// Output validator arguments in force for this case (problem-level and group-level, in that order).
    public var validatorArguments: [String]
    /// For a case `generators/generators.yaml` describes: how its input and answer are made. Its files are
    /// in Panel's data cache and exist only after ``GeneratedData`` has materialized them.
    public var generated: GeneratedInput?

    /// Samples are shown to the candidate in full; secret cases never are.
    public var isSample: Bool { group == "sample" || group.hasPrefix("sample/") }
}
