import Foundation

/// The problems Panel can judge: the folders under a problems root, or any package folder given by path.
public struct ProblemBank: Sendable {
    /// The root folder: `--problems DIR`, else `PANEL_PROBLEMS`, else `./Problems`.
    public var root: URL

    /// Creates a bank over `root`.
    public init(root: URL) {
        self.root = root
    }

    /// The default root for a command line: the flag, then the environment, then `Problems/`.
    public static func defaultRoot(flag: String?, environment: [String: String]) -> URL {
        URL(fileURLWithPath: flag ?? environment["PANEL_PROBLEMS"] ?? "Problems")
    }

    /// Slugs of the folders under the root that hold a `problem.yaml`, sorted.
    public func slugs() throws(SpecError) -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: root.path) else {
            throw .missingFile(
                path: root.path, expected: "a folder of problem packages (set --problems or PANEL_PROBLEMS)")
        }
        return entries.filter {
            FileManager.default.fileExists(
                atPath: root.appendingPathComponent($0).appendingPathComponent("problem.yaml").path)
        }.sorted()
    }

    /// Loads a problem by slug under the root, or by path to a package folder.
    /// - Throws: ``SpecError`` when it does not exist (with a near-miss suggestion) or is invalid.
    public func load(_ reference: String) throws(SpecError) -> ProblemPackage {
        let asPath = URL(fileURLWithPath: reference)
        if reference.contains("/"),
            FileManager.default.fileExists(atPath: asPath.appendingPathComponent("problem.yaml").path)
        {
            return try ProblemLoader.load(asPath)
        }
        let folder = root.appendingPathComponent(reference)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("problem.yaml").path) {
            return try ProblemLoader.load(folder)
        }
        let known = (try? slugs()) ?? []
        let suggestion = Suggestion.nearest(to: reference, among: known)
        let hint =
            suggestion.map { "; did you mean '\($0)'?" }
            ?? (known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))")
        throw .missingFile(
            path: folder.path, expected: "a problem package named '\(reference)' under \(root.path)\(hint)")
    }
}
