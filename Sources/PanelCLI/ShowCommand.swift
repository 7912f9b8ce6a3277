import Foundation
import PanelCore

/// `panel show`: print a problem's statement and samples.
enum ShowCommand: Command {
    static let name = "show"
    static let summary = "print a problem's limits and statement"
    static let help = """
        Usage: panel show <problem> [--problems DIR]

        Prints a problem's limits and its statement (Markdown); for a package without a statement, every
        sample input and answer instead.
        <problem> is a slug under the problems folder or a path to a problem package.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(rawArguments, command: name, valueOptions: ["--problems"], flagOptions: [])
        guard arguments.positionals.count == 1, let reference = arguments.positionals.first else {
            throw UsageError("expected one problem", command: name)
        }
        let problem = try Context().bank(arguments).load(reference)
        let statementText = problem.statement.flatMap { try? String(contentsOf: $0, encoding: .utf8) }?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        // A statement that opens with its own title keeps it at the top; the limits follow it.
        var lines = statementText.map { $0.split(separator: "\n", omittingEmptySubsequences: false) } ?? []
        let heading = lines.first.flatMap { $0.hasPrefix("# ") ? String($0) : nil }
        if heading != nil { lines.removeFirst() }
        var out = (heading ?? "# \(problem.title)") + "\n\n"
        let limits = problem.metadata.limits
        out += "Time limit: \(limits.timeLimit.milliseconds) ms CPU per test. Memory: \(limits.memoryMiB) MiB "
        out += "(the stack may use all of it). Output: \(limits.outputMiB) MiB.\n"
        if let difficulty = problem.interview.difficulty { out += "Difficulty: \(difficulty)." }
        if !problem.interview.tags.isEmpty { out += " Tags: \(problem.interview.tags.joined(separator: ", "))." }
        out += "\n\n"
        if statementText != nil {
            out += lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        } else {
            out += "(this package has no statement)\n"
            for sample in problem.testCases where sample.isSample {
                let input = (try? String(contentsOf: sample.input, encoding: .utf8)) ?? ""
                let answer = (try? String(contentsOf: sample.answer, encoding: .utf8)) ?? ""
                out += "\n## Sample \(sample.name)\n\nInput:\n```\n\(input)```\nOutput:\n```\n\(answer)```\n"
            }
        }
        print(out, terminator: "")
        return 0
    }
}
