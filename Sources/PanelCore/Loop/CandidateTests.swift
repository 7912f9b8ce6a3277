import Foundation

/// The candidate's own tests for one problem: `tests/<problem-slug>/<name>.in`, each with an optional
/// `<name>.ans` (the answer the candidate expects), read from the candidate folder as untrusted input.
///
/// Nothing in `tests/` is followed or trusted: a link, a FIFO, a device, a folder where a file belongs, a
/// file over the cap or a name outside `[A-Za-z0-9._-]` is a test that is named with the reason and not read.
/// Only the first ``maxTests`` inputs are read.
public struct CandidateTests: Sendable, Equatable {
    /// The folder inside the candidate folder.
    public static let folderName = "tests"
    /// One input larger than this is not read.
    public static let inputCapBytes = 4 << 20
    /// One expected answer larger than this is not read.
    public static let answerCapBytes = 1 << 20
    /// Inputs beyond this many (in name order) are not read.
    public static let maxTests = 40
    /// A test's name (the file name without `.in`) is at most this long.
    public static let maxNameLength = 64

    /// One test as read.
    public struct Test: Sendable, Equatable {
        /// The file name without `.in`: `03-empty-window`.
        public var name: String
        /// The input's bytes; nil when it was not read (`refusal` says why).
        public var input: [UInt8]?
        /// The expected answer's bytes, when the candidate wrote one.
        public var answer: [UInt8]?
        /// Why the test cannot be used: "03.in is a symbolic link (not followed)".
        public var refusal: String?
    }

    /// The tests, in name order; refused ones included, with their reason.
    public var tests: [Test]
    /// What else was found and left alone ("notes.txt is neither a .in nor a .ans file: ignored").
    public var notes: [String]

    /// The tests for problem `slug` in `folder`, or nil when the candidate wrote none (no `tests/<slug>/`).
    /// A `tests` or `tests/<slug>` entry that is not a folder gives no tests and a note saying why.
    public static func read(from folder: CandidateFolder, slug: String) -> CandidateTests? {
        guard folder.entries[folderName] != nil else { return nil }
        let root: UntrustedFolder
        do {
            root = try folder.folder.folder(folderName)
        } catch {
            return CandidateTests(tests: [], notes: ["\(folderName) \(error.reason): no tests read"])
        }
        guard root.kind(of: slug) != nil else { return nil }
        let problem: UntrustedFolder
        do {
            problem = try root.folder(slug)
        } catch {
            return CandidateTests(tests: [], notes: ["\(folderName)/\(slug) \(error.reason): no tests read"])
        }
        let entries: [(name: String, kind: UntrustedFile.Kind)]
        do {
            entries = try problem.entries()
        } catch {
            return CandidateTests(tests: [], notes: ["\(folderName)/\(slug) \(error.reason): no tests read"])
        }
        return read(entries, in: problem)
    }

    /// Reads the tests among `entries` of the open folder `problem`.
    static func read(_ entries: [(name: String, kind: UntrustedFile.Kind)], in problem: UntrustedFolder)
        -> CandidateTests
    {
        let names = Set(entries.map(\.name))
        var tests: [Test] = []
        var notes: [String] = []
        var skipped = 0
        for (name, kind) in entries {
            let shown = visible(name)
            if name.hasSuffix(".in") {
                let base = String(name.dropLast(3))
                if tests.count >= maxTests {
                    skipped += 1
                    continue
                }
                if let problem = nameProblem(base) {
                    tests.append(Test(name: visible(base), refusal: "\(shown) \(problem): not read"))
                    continue
                }
                var test = Test(name: base)
                do throws(UntrustedFileError) {
                    guard case .regular = kind else {
                        throw kind == .symbolicLink
                            ? UntrustedFileError.symbolicLink(path: name)
                            : UntrustedFileError.notARegularFile(path: name, kind: UntrustedFile.describe(kind))
                    }
                    test.input = try problem.read(name, capBytes: inputCapBytes)
                    if names.contains(base + ".ans") {
                        test.answer = try problem.read(base + ".ans", capBytes: answerCapBytes)
                    }
                } catch {
                    test.input = nil
                    test.answer = nil
                    let file = error.path.split(separator: "/").last.map(String.init) ?? name
                    test.refusal = "\(visible(file)) \(error.reason): not read"
                }
                tests.append(test)
            } else if name.hasSuffix(".ans") {
                if !names.contains(String(name.dropLast(4)) + ".in") {
                    notes.append("\(shown) has no \(visible(String(name.dropLast(4)))).in beside it: ignored")
                }
            } else {
                notes.append("\(shown) is neither a .in nor a .ans file: ignored")
            }
        }
        if skipped > 0 {
            notes.append("only the first \(maxTests) tests are read; \(skipped) more not read")
        }
        return CandidateTests(tests: tests, notes: notes)
    }

    /// Why `base` is not a test name Panel reads, or nil when it is one.
    static func nameProblem(_ base: String) -> String? {
        if base.isEmpty { return "has no name before .in" }
        if base.utf8.count > maxNameLength { return "has a name longer than \(maxNameLength) characters" }
        let allowed = base.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
        }
        if !allowed || base.hasPrefix(".") || base.hasPrefix("-") {
            return
                "has a name with characters other than letters, digits, '.', '_' and '-' (or starts with one of '.-')"
        }
        return nil
    }

    /// A name as reports may show it: control and non-ASCII characters escaped, at most 80 characters.
    static func visible(_ name: String) -> String {
        let escaped = name.unicodeScalars.map { scalar -> String in
            scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7f
                ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
        }.joined()
        return escaped.count > 80 ? String(escaped.prefix(80)) + "…" : escaped
    }
}
