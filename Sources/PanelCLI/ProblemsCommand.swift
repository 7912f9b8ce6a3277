import Foundation
import PanelCore

/// `panel problems`: list the problem bank.
enum ProblemsCommand: Command {
    static let name = "problems"
    static let summary = "list problems: slug, title, difficulty, tags"
    static let help = """
        Usage: panel problems [--json] [--problems DIR]

        Lists the problem packages under the problems folder (./Problems, --problems DIR or PANEL_PROBLEMS)
        with difficulty, number of test cases (samples included), CPU time limit per test, memory limit, title
        and tags. An invalid package is listed with its error (exit 2). --json gives the same as JSON.
        """

    struct Entry: Encodable {
        var slug: String
        var title: String?
        var difficulty: String?
        var tags: [String]
        var rounds: [String]
        var timeLimitMilliseconds: Int?
        var memoryMiB: Int?
        var tests: Int?
        var error: String?

        enum CodingKeys: String, CodingKey {
            case slug, title, difficulty, tags, rounds, tests, error
            case timeLimitMilliseconds = "time_limit_ms"
            case memoryMiB = "memory_mib"
        }
    }

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--problems"], flagOptions: ["--json"])
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument '\(arguments.positionals[0])'", command: name)
        }
        let bank = try Context().bank(arguments)
        let entries: [Entry] = try bank.slugs().map { slug in
            do {
                let problem = try bank.load(slug)
                return Entry(
                    slug: slug, title: problem.title, difficulty: problem.interview.difficulty,
                    tags: problem.interview.tags, rounds: problem.interview.rounds,
                    timeLimitMilliseconds: problem.metadata.limits.timeLimit.milliseconds,
                    memoryMiB: problem.metadata.limits.memoryMiB, tests: problem.testCases.count, error: nil)
            } catch {
                return Entry(slug: slug, title: nil, difficulty: nil, tags: [], rounds: [], error: "\(error)")
            }
        }
        if arguments.has("--json") {
            try printJSON(entries)
        } else {
            let width = max(4, entries.map(\.slug.count).max() ?? 4)
            print(
                "slug".padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  difficulty  tests  time     memory    title / tags")
            for entry in entries {
                let slug = entry.slug.padding(toLength: width, withPad: " ", startingAt: 0)
                if let error = entry.error {
                    print("\(slug)  INVALID     \(error)")
                    continue
                }
                let difficulty = (entry.difficulty ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0)
                let tests = (entry.tests.map(String.init) ?? "-").leftPadded(to: 5)
                let time = (entry.timeLimitMilliseconds.map { "\($0) ms" } ?? "-").rightPadded(to: 7)
                let memory = (entry.memoryMiB.map { "\($0) MiB" } ?? "-").rightPadded(to: 8)
                let tags = entry.tags.isEmpty ? "" : "  [\(entry.tags.joined(separator: ", "))]"
                print("\(slug)  \(difficulty)  \(tests)  \(time)  \(memory)  \(entry.title ?? entry.slug)\(tags)")
            }
        }
        return entries.contains { $0.error != nil } ? 2 : 0
    }
}
