import Foundation
import PanelCore
import Sandbox

/// `panel loop`: run a whole mock interview loop for a candidate folder and let the panel decide.
enum LoopCommand: Command {
    static let name = "loop"
    static let summary = "run a mock interview loop for a candidate folder: HIRE, NO_HIRE or HOLD"
    static let help = """
        Usage: panel loop <candidate-dir> [--loop L] [--scorecards DIR] [--report-dir DIR] [--json]
                          [--jobs N] [--problems DIR] [--require-isolation] [--accept-weak-isolation]

        Runs every round of the loop in order. A coded round judges <candidate-dir>/<problem>.swift for each
        of its problems (a missing file is a round with no solution) and its interviewer writes a scorecard
        from the evidence: a built-in rubric interviewer (standard, bar-raiser) or an external plugin. A manual
        round reads the human interviewer's scorecard from DIR/<candidate>/<round-id>.yaml, never from the
        candidate folder (a scorecards/ folder there is ignored with a warning). When the loop file names
        allowed_signers:, each scorecard needs a signature <round-id>.yaml.sig (ssh-keygen -Y sign); an
        unsigned or badly signed one is rejected and the loop is on HOLD.

        The panel decides unanimously: a gating screen below hire stops the loop (NO_HIRE); any round at
        no_hire or below is NO_HIRE, naming the dissenting rounds; a missing or no_decision scorecard is HOLD;
        otherwise HIRE.

        Options:
          --loop L          a loop name under <problems>/loops/ or a path to a loop file (default: default)
          --scorecards DIR  the interviewers' scorecards, DIR/<candidate>/<round-id>.yaml (default: the loop
                            file's scorecards:, relative to it)
          --report-dir DIR  where loop.json, rounds/<id>.json, scorecard.md, junit.xml and report.html go;
                            the folder is replaced whole (default: panel-reports/<candidate>)
          --json            print loop.json on stdout and nothing else there
        \(JobsOption.help)
          --problems DIR    folder of problem packages and loops (default: ./Problems or PANEL_PROBLEMS)
          --require-isolation  refuse to run (exit 2) when any isolation mechanism is missing here
          --accept-weak-isolation  decide even where a candidate's program could read the hidden answers
                            or escape the time limit (no namespaces, no cgroups); without it the loop
                            refuses there (exit 2, with the remedy). Every report then says so first.

        Exit codes: 0 HIRE, 1 NO_HIRE or HOLD, 2 usage error or invalid loop file, rubric or scorecard (the
        message names file, line and field), 3 internal error. Progress goes to stderr: a live line on a
        terminal; elsewhere (a CI log) a line per judged submission and a heartbeat every 5 s.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name,
            valueOptions: ["--loop", "--scorecards", "--report-dir", "--problems"] + JobsOption.names,
            flagOptions: ["--json", "--require-isolation", "--accept-weak-isolation"])
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
        var loop = try LoopLoader.load(loopFile, bank: bank)
        if let scorecards = arguments.value("--scorecards") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: scorecards, isDirectory: &isFolder), isFolder.boolValue else {
                throw UsageError(
                    "--scorecards \(scorecards): no such folder (expected DIR/<candidate>/<round-id>.yaml)",
                    command: name)
            }
            loop.scorecards = URL(fileURLWithPath: scorecards).standardizedFileURL
        }
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
        // A hiring decision never rests on a sandbox a candidate's program could get around, unless the
        // user says so, and then every report says so first.
        let risks = sandbox.isolation.decisionRisks
        if !risks.isEmpty && !arguments.has("--accept-weak-isolation") {
            throw SandboxError.isolationUnavailable(
                "a hiring decision needs a sandbox the candidate cannot get around, and here "
                    + risks.joined(separator: "; and ") + ". Pass --accept-weak-isolation to decide anyway.")
        }
        let tally = SubmissionTally(progress: context.progress)
        let judge = try JobsOption.judge(context, sandbox, arguments, command: name)
        var report = try LoopRunner(judge: judge, bank: bank).run(loop, candidate: candidate) {
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
        if !risks.isEmpty { report.sandbox.acceptedRisks = risks }

        try ReportFolder.write(try report.files(), to: reportDirectory)
        if arguments.has("--json") {
            try printJSON(report)
        } else {
            print(LoopTerminalReport.render(report, reportDirectory: reportDirectory.relativePath, palette: .current))
        }
        return report.decision == .hire ? 0 : 1
    }
}
