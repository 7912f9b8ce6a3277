import Foundation
import PanelCore
import Sandbox

/// `panel loop`: run a whole mock interview loop for a candidate folder and let the panel decide.
enum LoopCommand: Command {
    static let name = "loop"
    static let summary = "run a mock interview loop for a candidate folder: HIRE, NO_HIRE or HOLD"
    static let help = """
        Usage: panel loop <candidate-dir>... [--loop L] [--scorecards DIR] [--report-dir DIR] [--json]
                          [--jobs N] [--shard i/n] [--problems DIR] [--require-isolation]
                          [--accept-weak-isolation]

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

        Several candidate folders (panel loop Submissions/*) make a cohort: the candidates' loops run --jobs at
        once, each writes its usual reports to <report-dir>/<candidate>/, and cohort.md and cohort.json
        (candidate, decision, dissenting rounds) go to <report-dir> (default: panel-reports). Every folder given is a
        candidate; the folders' names must differ.

        Options:
          --loop L          a loop name under <problems>/loops/ or a path to a loop file (default: default)
          --scorecards DIR  the interviewers' scorecards, DIR/<candidate>/<round-id>.yaml (default: the loop
                            file's scorecards:, relative to it)
          --report-dir DIR  where loop.json, rounds/<id>.json, scorecard.md, junit.xml and report.html go;
                            the folder is replaced whole (default: panel-reports/<candidate>)
          --json            print loop.json on stdout and nothing else there (cohort.json for a cohort, the
                            packet with --shard)
        \(JobsOption.help)
        \(ShardOption.help(units: "rounds", key: "loop/<candidate>/<round-id>"))
                            (default folder: panel-reports/<candidate>-shard-i-of-n, or cohort-shard-i-of-n)
          --problems DIR    folder of problem packages and loops (default: ./Problems or PANEL_PROBLEMS)
          --require-isolation  refuse to run (exit 2) when any isolation mechanism is missing here
          --accept-weak-isolation  decide even where a candidate's program could read the hidden answers
                            or escape the time limit (no namespaces, no cgroups); without it the loop
                            refuses there (exit 2, with the remedy). Every report then says so first.

        Exit codes: 0 HIRE (for a cohort: every candidate HIRE), 1 NO_HIRE or HOLD (for a cohort: any
        candidate), 2 usage error or invalid loop file, rubric or scorecard (the message names file, line and
        field), 3 internal error; with --shard, 0 once the packet is written (panel merge decides). Progress goes
        to stderr: a live line on a terminal; elsewhere (a CI log) a line per judged submission and a
        heartbeat every 5 s.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name,
            valueOptions: ["--loop", "--scorecards", "--report-dir", "--problems", ShardOption.name] + JobsOption.names,
            flagOptions: ["--json", "--require-isolation", "--accept-weak-isolation"])
        guard !arguments.positionals.isEmpty else { throw UsageError("missing the candidate folder", command: name) }
        let shard = try ShardOption.value(arguments)
        var candidates: [Candidate] = []
        for path in arguments.positionals {
            try PathCheck.inputFolder(path, expected: "a candidate folder such as Submissions/ana", command: name)
            let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
            let candidate = Candidate(directory: URL(fileURLWithPath: path), displayPath: display)
            if let children = candidateFolders(in: path) {
                throw UsageError(
                    "\(display) holds no .swift file but candidate folders (\(children.prefix(3).joined(separator: ", "))"
                        + "\(children.count > 3 ? ", …" : "")): name each one, such as panel loop \(display)/*",
                    command: name)
            }
            if let other = candidates.first(where: { $0.name == candidate.name }) {
                throw UsageError(
                    "\(display) and \(other.displayPath) are both named '\(candidate.name)': each candidate's reports "
                        + "go to a folder named after it, so give candidate folders with different names",
                    command: name)
            }
            candidates.append(candidate)
        }
        if let directory = arguments.value("--report-dir") {
            try PathCheck.outputFolder(directory, option: "--report-dir", command: name)
        }
        let context = Context()
        let bank = try context.bank(arguments)
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
        let output = LoopOutput(
            reportDirectory: arguments.value("--report-dir"), json: arguments.has("--json"), command: name)
        if shard == nil { try output.checkFolders(candidates.map(\.name)) }

        try Sandbox.requireUsableHost()
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
        let runner = LoopRunner(judge: try JobsOption.judge(context, sandbox, arguments, command: name), bank: bank)
        // A shard's packet is fingerprinted before anything runs: the inputs as this shard found them, and
        // the toolchain that will build them.
        let fingerprint = try shard.map { _ in
            try Fingerprint.loop(loop, bank: bank, candidates: candidates, judge: runner.judge)
        }
        var parts: [LoopPart] = []
        try runner.run(
            loop, candidates: candidates, shard: shard ?? .whole,
            waiting: { index in
                tally.flush()
                context.progress.status("\(candidates[index].name): judging (\(runner.judge.jobs) jobs at once)")
            },
            progress: { index, event in
                let who = candidates.count > 1 ? "\(candidates[index].name) " : ""
                switch event {
                case .round(let number, let total, let id, _):
                    tally.flush()
                    tally.round = "\(who)[\(number)/\(total)] \(id)"
                    context.progress.status(tally.round)
                case .judging(let problem, let judgeEvent):
                    tally.record(problem: problem, judgeEvent)
                case .interviewing(let interviewer):
                    tally.flush()
                    context.progress.status("\(tally.round) · \(interviewer) is writing the scorecard")
                }
            },
            deliver: { _, part in
                tally.flush()
                var part = part
                if !risks.isEmpty { part.sandbox.acceptedRisks = risks }
                parts.append(part)
            })
        context.progress.end()

        if let shard, let fingerprint {
            let units = parts.flatMap { part in
                part.rounds.map { Shard.loopKey(candidate: part.candidate, round: part.roundIDs[$0.index]) }
            }
            let packet = Packet(kind: .loop, fingerprint: fingerprint, shard: shard, units: units, loops: parts)
            let folder =
                arguments.value("--report-dir")
                ?? "panel-reports/\(candidates.count == 1 ? candidates[0].name : "cohort")-shard-\(shard.index)-of-\(shard.count)"
            let note = try ShardOption.write(packet, to: folder, command: name)
            if arguments.has("--json") { try printJSON(packet) } else { print(note) }
            return 0
        }
        return try output.finish(parts.map { LoopReport.assemble($0) })
    }

    /// The subfolders of `path` that hold `.swift` files, when `path` itself holds none: a folder of candidate
    /// folders given where a candidate folder was expected. Links are not followed.
    static func candidateFolders(in path: String) -> [String]? {
        let manager = FileManager.default
        func isFolder(_ path: String) -> Bool {
            (try? manager.attributesOfItem(atPath: path)[.type] as? FileAttributeType) == .typeDirectory
        }
        let names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
        guard !names.contains(where: { $0.hasSuffix(".swift") }) else { return nil }
        let children = names.filter { name in
            let child = (path as NSString).appendingPathComponent(name)
            return isFolder(child)
                && ((try? manager.contentsOfDirectory(atPath: child)) ?? []).contains { $0.hasSuffix(".swift") }
        }
        return children.isEmpty ? nil : children
    }
}
