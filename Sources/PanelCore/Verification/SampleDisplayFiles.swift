import Foundation

/// The files that change how a sample is shown (`.interaction`, `.in.statement`, `.ans.statement`, `.out`),
/// checked as the spec's "Displaying test cases" asks: an interaction log belongs to an interactive or
/// multi-pass problem (problemtools rejects it elsewhere), and a sample's input or output is overridden by
/// at most one file. They are shown, never judged, so what is wrong with them is a note, not a failure.
enum SampleDisplayFiles {
    /// What is wrong with the display files of `data/sample`, one note per file.
    static func notes(_ problem: ProblemPackage) -> [String] {
        let folder = problem.directory.appendingPathComponent("data/sample")
        let names = Set(files(below: folder, prefix: ""))
        var notes: [String] = []
        for name in names.sorted() where name.hasSuffix(".interaction") {
            let base = String(name.dropLast(".interaction".count))
            if !problem.metadata.interactive && !problem.metadata.multiPass {
                notes.append(
                    "data/sample/\(name): an interaction log, but the problem is neither interactive nor "
                        + "multi-pass (problemtools rejects it); it is shown, never judged")
            }
            for other in [".in.statement", ".ans.statement", ".out"] where names.contains(base + other) {
                notes.append(
                    "data/sample/\(base + other): a sample shown by its .interaction may not also have \(other) "
                        + "(the spec allows one display file for its input and one for its output)")
            }
        }
        return notes
    }

    /// The regular files below `folder` (subfolders too), by their path relative to it.
    private static func files(below folder: URL, prefix: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.filter { !$0.hasPrefix(".") }.flatMap { entry -> [String] in
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(entry)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return [] }
            return isFolder.boolValue ? files(below: url, prefix: prefix + entry + "/") : [prefix + entry]
        }
    }
}
