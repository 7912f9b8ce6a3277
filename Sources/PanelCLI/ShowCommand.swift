import Foundation
import PanelCore

/// `panel show`: print a problem's statement and samples.
enum ShowCommand: Command {
    static let name = "show"
    static let summary = "print a problem's limits, statement and samples"
    static let help = """
        Usage: panel show <problem> [--lang CODE] [--problems DIR]

        Prints a problem's limits, its statement and its samples, as a judge shows them: statement/problem.<lang>
        .md as written, .tex rendered to text (through pandoc when installed; PANEL_PANDOC names another, an
        empty PANEL_PANDOC uses Panel's own renderer), constants substituted, and the samples placed at
        {{nextsample}}/{{remainingsamples}} (\\nextsample, \\remainingsamples) or appended. A package whose
        only statement is a PDF has its path printed. --lang picks the statement language (default: English,
        else the first). <problem> is a slug under the problems folder or a path to a problem package.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--problems", "--lang"], flagOptions: [])
        guard arguments.positionals.count == 1, let reference = arguments.positionals.first else {
            throw UsageError("expected one problem", command: name)
        }
        let problem = try Context().bank(arguments).load(reference)
        let language = arguments.value("--lang")
        let statement = ProblemStatement.find(in: problem.directory, language: language)
        if let language, statement == nil {
            let available = ProblemStatement.all(in: problem.directory).compactMap(\.language)
            throw UsageError(
                "\(problem.slug) has no statement in '\(language)'"
                    + (available.isEmpty ? "" : " (available: \(Set(available).sorted().joined(separator: ", ")))"),
                command: name)
        }
        var body = ""
        if let statement {
            if statement.format == .pdf {
                body = "The statement is a PDF: \(statement.file.path)\n\n"
                body += ProblemStatement.samples(of: problem).map(ProblemStatement.show).joined(separator: "\n")
            } else {
                let pandoc = LaTeXText.pandoc(environment: ProcessInfo.processInfo.environment)
                body = try statement.render(problem, pandoc: pandoc)
            }
        } else {
            body = "(this package has no statement)\n\n"
            body += ProblemStatement.samples(of: problem).map(ProblemStatement.show).joined(separator: "\n")
        }
        // A statement that opens with its own title keeps it at the top; the limits follow it.
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let heading = lines.first.flatMap { $0.hasPrefix("# ") ? String($0) : nil }
        if heading != nil { lines.removeFirst() }
        var out = (heading ?? "# \(problem.title)") + "\n\n"
        let limits = problem.metadata.limits
        out += "Time limit: \(limits.timeLimit.milliseconds) ms CPU per test. Memory: \(limits.memoryMiB) MiB "
        out += "(the stack may use all of it). Output: \(limits.outputMiB) MiB.\n"
        if let difficulty = problem.interview.difficulty { out += "Difficulty: \(difficulty)." }
        if !problem.interview.tags.isEmpty { out += " Tags: \(problem.interview.tags.joined(separator: ", "))." }
        out += "\n\n" + lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        print(ProblemStatement.terminalSafe(out), terminator: "")
        return 0
    }
}
