import Foundation
import PanelCore

/// `panel merge`: combine the packets of every shard of a `panel loop --shard` or `panel verify --shard` run
/// into the reports and decision one run gives.
enum MergeCommand: Command {
    static let name = "merge"
    static let summary = "combine the packets of every --shard i/n run into one run's reports and decision"
    static let help = """
        Usage: panel merge <packet>... [--report-dir DIR] [--json]

        Each <packet> is the report folder a shard wrote (panel loop --shard i/n or panel verify --shard i/n)
        or the packet.json inside it. Give every shard of the run once, in any order. The merge writes what one
        run of the same command writes: for a loop, the candidate's reports (loop.json, rounds/, scorecard.md,
        junit.xml, report.html) or, for a cohort, one folder per candidate with cohort.md and cohort.json; for
        verify, the table of problem x solution. The decision, scorecards, verdicts and dissent are those of one
        run; timings are the shards' own.

        It refuses (exit 2, naming the file) a packet that is not one, packets of different runs (another
        command, Panel version, shard count or inputs: each packet carries a fingerprint of the candidate
        folders, problem packages, loop file, rubrics and scorecards it judged, and of the Swift compiler and
        language table that built the programs), a shard given twice, and a set
        with a shard missing (naming each missing i/n).

        Options:
          --report-dir DIR  where the loop reports go (default as panel loop: panel-reports/<candidate>, or
                            panel-reports for a cohort); verify packets write no reports
          --json            print loop.json (cohort.json for a cohort, the verify JSON for verify) on stdout

        Exit codes: as the command that made the packets (loop: 0 HIRE for every candidate, 1 NO_HIRE or HOLD
        for any; verify: 0 every problem verified, 1 something is off), 2 for packets that cannot be merged or
        a usage error, 3 internal error.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--report-dir"], flagOptions: ["--json"])
        guard !arguments.positionals.isEmpty else {
            throw UsageError("missing the packets (the report folders of panel loop/verify --shard i/n)", command: name)
        }
        var packets: [(path: String, packet: Packet)] = []
        for path in arguments.positionals {
            do {
                packets.append((path, try Packet.read(path)))
            } catch {
                throw UsageError("\(error)", command: name)
            }
        }
        let merged: PacketMerge.Result
        do {
            merged = try PacketMerge.merge(packets)
        } catch {
            throw UsageError("\(error)", command: name)
        }
        switch merged {
        case .loop(let reports):
            if let directory = arguments.value("--report-dir") {
                try PathCheck.outputFolder(directory, option: "--report-dir", command: name)
            }
            let output = LoopOutput(
                reportDirectory: arguments.value("--report-dir"), json: arguments.has("--json"), command: name)
            try output.checkFolders(reports.map(\.candidate))
            return try output.finish(reports)
        case .verify(let results):
            if arguments.value("--report-dir") != nil {
                throw UsageError(
                    "--report-dir: verify packets write no reports (give --json for the results)", command: name)
            }
            return try VerifyCommand.finish(results, json: arguments.has("--json"), printRows: true)
        }
    }
}
