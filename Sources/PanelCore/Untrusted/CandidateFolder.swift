import Foundation

/// A candidate folder, listed once and read safely: `<problem-slug>.swift` solutions and an optional
/// `NOTES.md`. Everything in it is the candidate's to choose, so nothing in it is followed or trusted: links,
/// FIFOs, devices and oversized files are named and not read (``UntrustedFile``).
public struct CandidateFolder: Sendable {
    /// A solution larger than this is not read (the problem's own code limit, smaller, is checked by the judge).
    public static let sourceCapBytes = 1 << 20
    /// `NOTES.md` larger than this is not read.
    public static let notesCapBytes = 256 * 1024
    /// The notes file's name.
    public static let notesName = "NOTES.md"
    /// The folder the human interviewers' scorecards once lived in; now ignored with a warning.
    public static let scorecardsName = "scorecards"

    /// The open folder.
    public let folder: UntrustedFolder
    /// Each entry's name and kind, listed once when the folder was opened.
    public let entries: [String: UntrustedFile.Kind]

    /// What the folder holds for one problem.
    public enum Solution: Sendable {
        /// The source, read.
        case source(SourceFile)
        /// No file of that name.
        case missing
        /// A file of that name that was not read, and why ("lru-cache.swift is a symbolic link (not followed)").
        case unread(String)
    }

    /// A `.swift` file that matches no problem of the loop.
    public struct Unmatched: Sendable, Codable, Equatable {
        /// The file's name.
        public var file: String
        /// The problem's file it most likely means (`lru-cache.swift`), if one is close.
        public var suggestion: String?

        /// "LRUCache.swift matches no problem of this loop; did you mean lru-cache.swift?"
        public var message: String {
            "\(file) matches no problem of this loop" + (suggestion.map { "; did you mean \($0)?" } ?? "")
        }
    }

    /// Opens and lists the folder at `url`, named `display` in messages.
    /// - Throws: ``UntrustedFileError`` when it is missing or not a folder.
    public init(_ url: URL, display: String) throws(UntrustedFileError) {
        folder = try UntrustedFolder(url, display: display)
        entries = Dictionary(try folder.entries().map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    /// The solution for problem `slug`: `<slug>.swift`.
    public func solution(for slug: String) -> Solution {
        let name = "\(slug).swift"
        guard entries[name] != nil else { return .missing }
        do {
            return .source(SourceFile(name: name, contents: try folder.read(name, capBytes: Self.sourceCapBytes)))
        } catch {
            return .unread("\(name) \(error.reason): not read")
        }
    }

    /// The text of `NOTES.md`, or nil; `note` says why one that is there was not read.
    public func notes() -> (text: String?, note: String?) {
        guard entries[Self.notesName] != nil else { return (nil, nil) }
        do {
            return (try folder.text(Self.notesName, capBytes: Self.notesCapBytes), nil)
        } catch {
            return (nil, "\(Self.notesName) \(error.reason): not read")
        }
    }

    /// The `.swift` files that match none of `slugs`, each with the problem's file it most likely means.
    public func unmatchedSources(slugs: [String]) -> [Unmatched] {
        let expected = slugs.map { "\($0).swift" }
        return entries.keys.sorted().filter { $0.hasSuffix(".swift") && !expected.contains($0) }.map { file in
            Unmatched(file: file, suggestion: Self.likelyMeant(file, among: expected))
        }
    }

    /// Whether the folder holds a `scorecards` entry (of any kind): such scorecards are never read.
    public var hasScorecards: Bool { entries[Self.scorecardsName] != nil }

    /// The expected file `name` means: the same letters and digits when case and punctuation are folded
    /// (`LRUCache.swift` → `lru-cache.swift`), else the nearest by edit distance.
    static func likelyMeant(_ name: String, among expected: [String]) -> String? {
        func folded(_ text: String) -> String {
            String(text.dropLast(".swift".count).lowercased().filter { $0.isLetter || $0.isNumber })
        }
        if let same = expected.first(where: { folded($0) == folded(name) }) { return same }
        let byFolded = Dictionary(expected.map { (folded($0), $0) }, uniquingKeysWith: { first, _ in first })
        return Suggestion.nearest(to: folded(name), among: byFolded.keys.sorted()).flatMap { byFolded[$0] }
    }
}
