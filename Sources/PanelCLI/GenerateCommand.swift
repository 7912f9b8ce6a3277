import Foundation
import PanelCore
import Sandbox

/// `panel generate`: materialize a package's generated test cases and show or record their hashes.
enum GenerateCommand: Command {
    static let name = "generate"
    static let summary = "make the generated test cases of problems and check or record their hashes"
    static let help = """
        Usage: panel generate [<problem>...] [--update-hashes] [--jobs N] [--problems DIR]

        Runs each problem's seeded generators (generators/panel.yaml: a Swift generator and its
        arguments per case) and its reference solution, sandboxed, and stores the inputs and answers in
        Panel's data cache (.panel/cache/data, or PANEL_CACHE/data). Cases already in the cache are
        hashed again, not regenerated. Prints each case's size and SHA-256 and whether it matches the
        manifest. `panel submit` and `panel verify` do the same on demand; this command is for authors.

        Options:
          --update-hashes  write the hashes into generators/panel.yaml (canonical layout; comments
                           other than Panel's header are not kept)
        \(JobsOption.help)
          --problems DIR   folder of problem packages (default: ./Problems or PANEL_PROBLEMS)

        Exit codes: 0 every case made and matching, 1 a case has no committed hash yet,
        2 usage error, invalid package or a hash that differs, 3 internal error.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--problems"] + JobsOption.names,
            flagOptions: ["--update-hashes"])
        let context = Context()
        let problems = try context.problems(arguments)
        try Sandbox.requireUsableHost()
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        try checkIsolation(sandbox, required: false)
        let judge = try JobsOption.judge(context, sandbox, arguments, command: name)
        let update = arguments.has("--update-hashes")
        var missing = 0
        for problem in problems {
            let generated = problem.testCases.compactMap { testCase in
                testCase.generated.map { (name: testCase.name, input: $0) }
            }
            guard !generated.isEmpty else {
                print("\(problem.slug): no generated cases")
                continue
            }
            let started = ContinuousClock.now
            let made = try GeneratedData.materialize(
                update ? problem.clearingHashes() : problem, judge: judge, requireHashes: false
            ) { context.progress.status("\(problem.slug): \($0)") }
            let took = Progress.seconds(.now - started)
            context.progress.milestone("\(problem.slug): \(made.count) generated cases in \(took)", onTerminal: false)
            print("\(problem.slug): \(made.count) generated cases (\(took))")
            let nameWidth = max(4, made.map(\.name.count).max() ?? 4)
            print(
                "  " + "case".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                    + "input".leftPadded(to: 10) + "  input sha256    answer sha256   status")
            for row in made {
                let status = row.committed || update ? "ok" : "no hash yet"
                print(
                    "  " + row.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  "
                        + byteCount(row.inputBytes).leftPadded(to: 10)
                        + "  \(row.inputSHA256.prefix(12))…   \(row.answerSHA256.prefix(12))…   \(status)")
                if !row.committed && !update { missing += 1 }
            }
            if update {
                let hashes = Dictionary(
                    uniqueKeysWithValues: made.map { ($0.name, (input: $0.inputSHA256, answer: $0.answerSHA256)) })
                let manifest = problem.directory.appendingPathComponent(GeneratorManifest.path)
                let text = GeneratorManifest.render(generated, packageDirectory: problem.directory, hashes: hashes)
                try Data(text.utf8).write(to: manifest, options: .atomic)
                print("  wrote \(GeneratorManifest.path)")
            }
        }
        context.progress.end()
        if missing > 0 {
            print("\(missing) cases have no committed hash; run with --update-hashes to record them")
            return 1
        }
        return 0
    }

    private static func byteCount(_ bytes: Int) -> String {
        bytes >= 1 << 20
            ? String(format: "%.1f MiB", Double(bytes) / 1_048_576) : String(format: "%.1f KiB", Double(bytes) / 1024)
    }
}

extension ProblemPackage {
    /// The package with its manifest's hashes forgotten, so every case is made and hashed afresh.
    fileprivate func clearingHashes() -> ProblemPackage {
        var copy = self
        for index in copy.testCases.indices {
            copy.testCases[index].generated?.inputSHA256 = nil
            copy.testCases[index].generated?.answerSHA256 = nil
        }
        return copy
    }
}
