import Foundation
import PanelCore
import Sandbox

/// `panel loop`: run a whole mock interview loop for a candidate folder and let the panel decide.
enum LoopCommand: Command {
    static let name = "loop"
    static let summary = "run a mock interview loop for a candidate folder: HIRE, NO_HIRE or HOLD"
    static let help = """
        Usage: panel loop <candidate-dir> [--loop L] [--report-dir DIR] [--json] [--problems DIR]
                          [--require-isolation]

        Runs every round of the loop in order. A coded round judges <candidate-dir>/<problem>.swift for each
        of its problems (a missing file is a round with no solution) and its interviewer writes a scorecard
        from the evidence: a built-in rubric interviewer (standard, bar-raiser) or an external plugin. A manual
        round reads the human interviewer's scorecard from <candidate-dir>/scorecards/<round-id>.yaml.

        The panel decides unanimously: a gating screen below hire stops the loop (NO_HIRE); any round at
        no_hire or below is NO_HIRE, naming the dissenting rounds; a missing or no_decision scorecard is HOLD;
        otherwise HIRE.

        Options:
          --loop L          a loop name under <problems>/loops/ or a path to a loop file (default: default)
          --report-dir DIR  where loop.json, rounds/<id>.json, scorecard.md, junit.xml and report.html go;
                            the folder is replaced whole (default: panel-reports/<candidate>)
          --json            print loop.json on stdout and nothing else there
          --problems DIR    folder of problem packages and loops (default: ./Problems or PANEL_PROBLEMS)
          --require-isolation  refuse to run (exit 2) when an isolation mechanism is missing here

        Exit codes: 0 HIRE, 1 NO_HIRE or HOLD, 2 usage error or invalid loop file, rubric or scorecard (the
        message names file, line and field), 3 internal error. Progress goes to stderr: a live line on a
        terminal; elsewhere (a CI log) a line per judged submission and a heartbeat every 5 s.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--loop", "--report-dir", "--problems"],
            flagOptions: ["--json", "--require-isolation"])
        guard arguments.positionals.count == 1, let path = arguments.positionals.first else {
            throw UsageError(
                arguments.positionals.isEmpty ? "missing the candidate folder" : "expected one candidate folder",
                command: name)
        }
        try PathCheck.inputFolder(path, expected: "a candidate folder such as Submissions/ana", command: name)
        if let directory = arguments.value("--report-dir") {
            try PathCheck.outputFolder(directory, option: "--report-dir", command: name)
        }
        let context = Context()
        let bank = try context.bank(arguments)
        let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let candidate = Candidate(directory: URL(fileURLWithPath: path), displayPath: display)
        let loopFile = try LoopLoader.locate(arguments.value("--loop") ?? "default", problemsRoot: bank.root)
        let loop = try LoopLoader.load(loopFile, bank: bank)
        let reportDirectory = URL(
            fileURLWithPath: arguments.value("--report-dir") ?? "panel-reports/\(candidate.name)")
        do {
            try ReportFolder.checkReplaceable(reportDirectory)
        } catch {
            throw UsageError("--report-dir: \(error)", command: name)
        }

        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        try checkIsolation(sandbox, required: arguments.has("--require-isolation"))
        let tally = SubmissionTally(progress: context.progress)
        let report = try LoopRunner(judge: try context.judge(sandbox), bank: bank).run(loop, candidate: candidate) {
            event in
            switch event {
            case .round(let index, let total, let id, _):
                tally.flush()
                tally.round = "[\(index)/\(total)] \(id)"
                context.progress.status(tally.round)
            case .judging(let problem, let judgeEvent):
                tally.record(problem: problem, judgeEvent)
            case .interviewing(let interviewer):
                tally.flush()
                context.progress.status("\(tally.round) · \(interviewer) is writing the scorecard")
            }
        }
        tally.flush()
        context.progress.end()

        try ReportFolder.write(try report.files(), to: reportDirectory)
        if arguments.has("--json") {
            try printJSON(report)
        } else {
            print(LoopTerminalReport.render(report, reportDirectory: reportDirectory.relativePath, palette: .current))
        }
        return report.decision == .hire ? 0 : 1
    }
}
