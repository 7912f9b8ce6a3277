import Foundation
import Testing

@testable import PanelCore

/// Reading files a candidate controls, and showing a candidate's text on a terminal and in Markdown.
@Suite struct UntrustedTextTests {
    // MARK: - Files

    /// A folder with one entry of each kind a candidate can make.
    struct Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("panel-untrusted-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try "print(1)\n".write(to: url.appendingPathComponent("plain.swift"), atomically: true, encoding: .utf8)
            try String(repeating: "x", count: 2048).write(
                to: url.appendingPathComponent("big.swift"), atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(
                at: url.appendingPathComponent("link.swift"),
                withDestinationURL: url.appendingPathComponent("plain.swift"))
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent("folder.swift"), withIntermediateDirectories: true)
            #expect(mkfifo(url.appendingPathComponent("fifo.swift").path, 0o644) == 0)
        }

        func remove() { try? FileManager.default.removeItem(at: url) }
    }

    static let refusals: [(name: String, says: String)] = [
        ("link.swift", "is a symbolic link (not followed)"),
        ("fifo.swift", "is not a regular file (it is a FIFO)"),
        ("folder.swift", "is not a regular file"),
        ("big.swift", "is larger than 1 KiB (2 KiB)"),
        ("missing.swift", "does not exist"),
        ("../plain.swift", "is not a plain file name"),
        ("..", "is not a plain file name"),
    ]

    @Test(arguments: refusals)
    func onlyARegularFileUnderTheCapIsRead(name: String, says: String) throws {
        let folder = try Folder()
        defer { folder.remove() }
        let open = try UntrustedFolder(folder.url, display: "cand")
        #expect(try open.text("plain.swift", capBytes: 1024) == "print(1)\n", "the control: a plain file is read")
        do {
            _ = try open.read(name, capBytes: 1024)
            Issue.record("\(name) was read")
        } catch {
            #expect(error.description == "cand/\(name) \(error.reason)")
            #expect(error.reason.contains(says), "\(error)")
        }
    }

    @Test func aFileIsTruncatedOnlyWhenAsked() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let open = try UntrustedFolder(folder.url, display: "cand")
        #expect(try open.read("big.swift", capBytes: 100, truncating: true).count == 100)
        let entries = Dictionary(uniqueKeysWithValues: try open.entries().map { ($0.name, $0.kind) })
        #expect(entries["link.swift"] == .symbolicLink)
        #expect(entries["fifo.swift"] == .other("a FIFO"))
        #expect(entries["plain.swift"] == .regular(bytes: 9))
    }

    @Test(
        arguments: [
            ("LRUCache.swift", "lru-cache.swift"), ("hitcounter.swift", "hit-counter.swift"),
            ("hit-countr.swift", "hit-counter.swift"), ("notes.swift", nil),
        ] as [(String, String?)])
    func aMisnamedFileSuggestsTheProblemItMeans(file: String, meant: String?) {
        #expect(CandidateFolder.likelyMeant(file, among: ["lru-cache.swift", "hit-counter.swift"]) == meant)
    }

    // MARK: - Text

    @Test func controlCharactersAreShownNotActedOn() {
        #expect(TerminalText.visible("a\u{1B}[31mb\r\nc\u{9B}d\u{202E}e\u{7F}") == "a^[[31mb^M^Jc<U+009B>d<U+202E>e^?")
        #expect(TerminalText.visible("line 1\nline\t2", keepingNewlines: true) == "line 1\nline\t2")
        #expect(TerminalText.visible("naïve — ok") == "naïve — ok")
    }

    @Test(arguments: [
        ("# ✅ HIRE", "\\# ✅ HIRE"),
        ("a | b", "a \\| b"),
        ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
        ("![img](http://e/x.png)", "\\!\\[img\\]\\(http://e/x.png\\)"),
        ("`code`", "\\`code\\`"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("two\n# lines", "two \\# lines"),
        ("a & b", "a &amp; b"),
        ("esc \u{1B}[2J", "esc ^\\[\\[2J"),
    ])
    func markdownTextIsInert(text: String, escaped: String) {
        #expect(MarkdownText.escape(text) == escaped)
    }

    @Test func aCodeSpanHoldsAnyTextLiterally() {
        #expect(MarkdownText.code("lru-cache") == "`lru-cache`")
        #expect(MarkdownText.code("a`b|c") == "``a`b\\|c``")
        #expect(MarkdownText.code("`x`") == "`` `x` ``")
    }
}
