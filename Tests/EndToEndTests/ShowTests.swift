import Foundation
import Testing

/// `panel show`: statements found in each layout, rendered for a terminal, constants substituted, samples placed
/// at the placeholders or appended, a PDF named, and nothing printed that could drive the terminal.
@Suite struct ShowTests {
    static let constants = PanelBinary.fixtures.appendingPathComponent("problems/sum-constants")

    /// A copy of the sum-constants package with `edit` applied to it.
    static func package(_ edit: (URL) throws -> Void) throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("panel-show-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: constants, to: copy)
        try edit(copy)
        return copy
    }

    @Test func markdownWithConstantsAndAppendedSamples() throws {
        let result = try PanelBinary.run(["show", Self.constants.path])
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# Sum, With Constants\n"))
        #expect(result.stdout.contains("absolute value at most 1000000, print"))
        #expect(result.stdout.contains("{{not_a_constant}} stays as written"))
        // The judge appends the samples after the statement.
        let statementEnd = try #require(result.stdout.range(of: "stays as written"))
        let sample = try #require(
            result.stdout.range(of: "Sample 1\n\nInput\n\n```\n2\n1 2\n```\n\nOutput\n\n```\n3\n```"))
        #expect(statementEnd.upperBound < sample.lowerBound)
    }

    @Test(arguments: ["", "pandoc"])
    func latexRendered(pandoc: String) throws {
        if pandoc == "pandoc", !FileManager.default.isExecutableFile(atPath: "/usr/bin/pandoc") { return }
        let package = try Self.package {
            try FileManager.default.removeItem(at: $0.appendingPathComponent("statement/problem.en.md"))
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let environment = pandoc.isEmpty ? ["PANEL_PANDOC": ""] : ["PANEL_PANDOC": "/usr/bin/pandoc"]
        let result = try PanelBinary.run(["show", package.path], environment: environment)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stdout.contains("at most $10^6$, print their *sum*."), "\(result.stdout)")
        #expect(result.stdout.contains("## Input"), "\(result.stdout)")
        #expect(result.stdout.contains("Their **sum**."), "\(result.stdout)")
        #expect(!result.stdout.contains("\\constant"), "\(result.stdout)")
        #expect(!result.stdout.contains("\\problemname"), "\(result.stdout)")
        #expect(result.stdout.contains("Sample 1"))
    }

    /// pandoc runs sandboxed: a statement's `\input` reads no file of the host.
    @Test func latexReadsNoHostFiles() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("panel-secret-\(UUID().uuidString)")
        try "TOPSECRET\n".write(to: secret.appendingPathExtension("tex"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret.appendingPathExtension("tex")) }
        let package = try Self.package { folder in
            try FileManager.default.removeItem(at: folder.appendingPathComponent("statement/problem.en.md"))
            try "Before.\n\\input{\(secret.path)}\n\\include{\(secret.path)}\nAfter.\n".write(
                to: folder.appendingPathComponent("statement/problem.en.tex"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: package) }
        for pandoc in ["", "/usr/bin/pandoc"] {
            let result = try PanelBinary.run(["show", package.path], environment: ["PANEL_PANDOC": pandoc])
            #expect(result.stdout.contains("Before."), "\(result.stdout)")
            #expect(!result.stdout.contains("TOPSECRET"), "\(result.stdout)")
        }
    }

    @Test func placeholdersPlaceTheSamples() throws {
        let package = try Self.package { folder in
            try "Before.\n\n{{nextsample}}\n\nBetween.\n\n{{remainingsamples}}\n\nAfter.\n".write(
                to: folder.appendingPathComponent("statement/problem.en.md"), atomically: true, encoding: .utf8)
            try "5\n1 1 1 1 1\n".write(
                to: folder.appendingPathComponent("data/sample/2.in"), atomically: true, encoding: .utf8)
            try "5\n".write(to: folder.appendingPathComponent("data/sample/2.ans"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let out = try PanelBinary.run(["show", package.path]).stdout
        let positions = ["Before.", "Sample 1", "Between.", "Sample 2", "After."].map { out.range(of: $0)?.lowerBound }
        #expect(!positions.contains(nil), "\(out)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted(), "\(out)")
        // Each sample is shown once: none is appended again after the statement.
        #expect(out.components(separatedBy: "Sample 1").count == 2)
        #expect(out.hasSuffix("After.\n"), "\(out)")
    }

    /// An interaction log with no `.in` beside it (only `.in.download`, as BAPCtools' and problemtools' guess
    /// ship them) is shown in its place by name, and is no test case: `submit` does not run it.
    @Test func anInteractionOnlySampleIsShownNotJudged() throws {
        let package = try Self.package { folder in
            let sample = folder.appendingPathComponent("data/sample")
            try ">2\n<lower\n>1\n<correct\n".write(
                to: sample.appendingPathComponent("0-talk.interaction"), atomically: true, encoding: .utf8)
            try "fixed 1\n".write(
                to: sample.appendingPathComponent("0-talk.in.download"), atomically: true, encoding: .utf8)
            try "".write(to: sample.appendingPathComponent("0-talk.ans.download"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let out = try PanelBinary.run(["show", package.path]).stdout
        let log = try #require(
            out.range(
                of: "Sample 0-talk (interaction: `<` from the validator, `>` from the solution)\n\n```\n"
                    + ">2\n<lower\n>1\n<correct\n```"), "\(out)")
        let judged = try #require(out.range(of: "Sample 1\n\nInput"), "\(out)")
        #expect(log.upperBound < judged.lowerBound)
        let submit = try PanelBinary.run([
            "submit", PanelBinary.program("accepted"), "--problem", package.path, "--json",
        ])
        let names = (try submit.json()["tests"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("sample/1") && !names.contains { $0.contains("0-talk") }, "\(names)")
    }

    @Test func aPDFStatementIsNamed() throws {
        let package = try Self.package { folder in
            for name in ["problem.en.md", "problem.en.tex"] {
                try FileManager.default.removeItem(at: folder.appendingPathComponent("statement/\(name)"))
            }
            try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("statement/problem.en.pdf"))
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let result = try PanelBinary.run(["show", package.path])
        #expect(result.exitCode == 0)
        #expect(
            result.stdout.contains("The statement is a PDF: \(package.path)/statement/problem.en.pdf"),
            "\(result.stdout)")
        #expect(result.stdout.contains("Sample 1"))
    }

    @Test func legacyStatementAndLanguages() throws {
        let package = try Self.package { folder in
            let statement = folder.appendingPathComponent("statement")
            let legacy = folder.appendingPathComponent("problem_statement")
            try FileManager.default.moveItem(at: statement, to: legacy)
            try FileManager.default.removeItem(at: legacy.appendingPathComponent("problem.en.md"))
            try "\\problemname{Summe}\nGegeben sind $n$ Zahlen.\n".write(
                to: legacy.appendingPathComponent("problem.de.tex"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let german = try PanelBinary.run(["show", package.path, "--lang", "de"], environment: ["PANEL_PANDOC": ""])
        #expect(german.stdout.contains("Gegeben sind $n$ Zahlen."), "\(german.stdout)")
        let english = try PanelBinary.run(["show", package.path], environment: ["PANEL_PANDOC": ""])
        #expect(english.stdout.contains("print their *sum*"), "\(english.stdout)")
        let missing = try PanelBinary.run(["show", package.path, "--lang", "sv"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("available: de, en"), "\(missing.stderr)")
    }

    @Test func terminalControlCharactersAreEscaped() throws {
        let package = try Self.package { folder in
            try "Title \u{1B}]0;owned\u{07} and \u{1B}[31mred\u{1B}[0m.\n".write(
                to: folder.appendingPathComponent("statement/problem.en.md"), atomically: true, encoding: .utf8)
            try "1\n\u{1B}[2J5\n".write(
                to: folder.appendingPathComponent("data/sample/1.in"), atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: package) }
        let out = try PanelBinary.run(["show", package.path]).stdout
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }, "\(out)")
        #expect(out.contains("Title ^[]0;owned^G and ^[[31mred^[[0m."), "\(out)")
        #expect(out.contains("^[[2J5"), "\(out)")
    }
}
