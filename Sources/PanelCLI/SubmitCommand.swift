import Foundation
import PanelCore
import Sandbox

/// `panel submit`: judge one Swift file against one problem.
enum SubmitCommand: Command {
    static let name = "submit"
    static let summary = "judge one Swift solution: verdict, times and the first failing sample"
    static let help = """
        Usage: panel submit <file.swift> [--problem P] [--candidate NAME] [--json] [--fail-fast]
                            [--case NAME] [--watch] [--jobs N] [--report-dir DIR] [--problems DIR]

        Compiles the file once (cached by content), runs it on every test case of the problem in a fresh
        sandboxed process, and checks each output with the problem's output validator.

        Options:
          --problem P       problem slug under the problems folder, or a path to a problem package;
                            default: the file's base name (two-sum.swift -> two-sum)
          --candidate NAME  name to put on the report
          --json            print one JSON document on stdout and nothing else there
          --fail-fast       stop at the first test that is not accepted (default: run all)
        \(JobsOption.help)
          --case NAME       run one case or one group only: secret/perf/01 (a case, or the case whose
                            name starts with 01-), secret/perf (a group), sample
          --watch           judge again each time the file is saved (checked every 0.5 s); Ctrl-C ends it
          --require-isolation  refuse to judge (exit 2) when an isolation mechanism is missing here
                            instead of warning and using the strongest that works (see panel doctor)
          --report-dir DIR  also write the JSON report to DIR/<problem>.json
          --problems DIR    folder of problem packages (default: ./Problems or PANEL_PROBLEMS)

        Exit codes: 0 accepted, 1 any other verdict, 2 usage error or invalid problem package,
        3 internal error. Secret test data is never printed; samples show the first differing line.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name,
            valueOptions: ["--problem", "--candidate", "--report-dir", "--problems", "--case"] + JobsOption.names,
            flagOptions: ["--json", "--fail-fast", "--require-isolation", "--watch"])
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty ? "missing the solution file" : "expected one solution file",
                command: name)
        }
        let source = URL(fileURLWithPath: path)
        try PathCheck.inputFile(path, expected: "a source file such as two-sum.swift", command: name)
        _ = try Submission.read(path)
        if let directory = arguments.value("--report-dir") {
            try PathCheck.outputFolder(directory, option: "--report-dir", command: name)
        }
        if arguments.has("--watch") && arguments.has("--json") {
            throw UsageError("--watch prints a report per save; it does not combine with --json", command: name)
        }
        let context = Context()
        // Swift first; any other language of the table (C, C++, Python 3, Java, …) is judged the same way.
        let table = try LanguageTable.load(environment: context.environment)
        guard table.detect([source]) != nil else {
            throw UsageError(
                "\(path): expected a source file in a language Panel knows: Swift (.swift) or "
                    + table.languages.filter { !$0.isSwift }.map {
                        "\($0.name) (\($0.patterns.joined(separator: " ")))"
                    }
                    .joined(separator: ", "), command: name)
        }
        let reference = arguments.value("--problem") ?? source.deletingPathExtension().lastPathComponent
        var problem = try context.bank(arguments).load(reference)
        let allCases = problem.testCases.count
        if let selection = arguments.value("--case") {
            problem.testCases = try CaseSelection.select(selection, from: problem)
        }

        noteSamplesOnly(problem)
        try Sandbox.requireUsableHost()
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        try checkIsolation(sandbox, required: arguments.has("--require-isolation"))
        let judge = try JobsOption.judge(context, sandbox, arguments, command: name)
        let submission = Submission(
            source: source, path: path, problem: problem, allCases: allCases, arguments: arguments, judge: judge)
        guard arguments.has("--watch") else { return try submission.judge(progress: context.progress) }
        try SourceWatch(path: path).run { progress in try submission.judge(progress: progress) }
    }

    /// One judging of the file with the command line's options, printed and written as asked.
    struct Submission {
        /// The solution may be a candidate's file in a CI checkout: a link, a FIFO or a device is not read.
        static func read(_ path: String) throws -> SourceFile {
            do {
                return SourceFile(
                    name: URL(fileURLWithPath: path).lastPathComponent,
                    contents: try UntrustedFile.read(path: path, capBytes: CandidateFolder.sourceCapBytes))
            } catch {
                throw UsageError(error.description, command: SubmitCommand.name)
            }
        }

        let source: URL
        let path: String
        let problem: ProblemPackage
        let allCases: Int
        let arguments: Arguments
        let judge: Judge

        func judge(progress: Progress) throws -> Int32 {
            let started = ContinuousClock.now
            let file = source.lastPathComponent
            // Read again at every judging, so --watch judges what was saved.
            let submission = try Self.read(path)
            let report = try judge.judge(
                submission: submission, displayName: path, problem: problem,
                options: .init(failFast: arguments.has("--fail-fast"), candidate: arguments.value("--candidate"))
            ) { event in
                switch event {
                case .preparing(let step): progress.status(step)
                case .compiling: progress.status("compiling \(file)")
                case .compiled(let result):
                    progress.status(
                        result.cached
                            ? "\(file): compiled (cached)"
                            : String(format: "\(file): compiled in %.1f s", result.seconds))
                case .running(let index, let total, let name):
                    progress.status("\(file): test \(index)/\(total) \(name)")
                case .finished: break
                }
            }
            progress.milestone(report.progressLine(took: .now - started), onTerminal: false)
            progress.end()

            if let directory = arguments.value("--report-dir") {
                try ReportFiles.write(
                    report, to: URL(fileURLWithPath: directory).appendingPathComponent("\(problem.slug).json"))
            }
            if arguments.has("--json") {
                try printJSON(report)
            } else {
                print(TerminalReport.render(report, palette: .current))
                if problem.testCases.count < allCases, let selection = arguments.value("--case") {
                    print("(ran \(problem.testCases.count) of \(allCases) cases: --case \(selection))")
                }
            }
            return report.verdict == .AC ? 0 : 1
        }
    }
}

extension SubmissionReport {
    /// One line for a log: the file, its verdict, the tests passed and the time the judging took.
    func progressLine(took duration: Duration) -> String {
        let file = URL(fileURLWithPath: source).lastPathComponent
        let counts = compile.ok ? ", \(passedCount)/\(tests.count) tests passed" : " (compile error)"
        return "\(file): \(verdict.rawValue)\(counts) in \(Progress.seconds(duration))"
    }
}

/// Warns on stderr about every missing isolation mechanism, or refuses to go on when it is required.
func checkIsolation(_ sandbox: Sandbox, required: Bool) throws {
    let warnings = sandbox.isolation.warnings
    if required && !warnings.isEmpty {
        throw SandboxError.isolationUnavailable(warnings.joined(separator: "; "))
    }
    for warning in warnings {
        FileHandle.standardError.write(Data("panel: warning: weaker isolation: \(warning)\n".utf8))
    }
}

/// Says on stderr that a package without secret data is judged on its samples alone.
func noteSamplesOnly(_ problem: ProblemPackage) {
    guard problem.isSamplesOnly else { return }
    let note =
        "panel: note: \(problem.slug) has no secret test data (data/secret is empty or missing): "
        + "judged on its \(problem.testCases.count) sample case(s) only, as DOMjudge does\n"
    FileHandle.standardError.write(Data(note.utf8))
}

/// Writes report files atomically: a reader never sees half a file.
enum ReportFiles {
    static func write<T: Encodable>(_ value: T, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PanelJSON.encode(value).write(to: url, options: .atomic)
    }
}
