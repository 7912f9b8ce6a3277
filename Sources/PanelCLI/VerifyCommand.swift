import Foundation
import PanelCore
import Sandbox

/// `panel verify`: prove problem packages with their own reference solutions.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "prove problem packages with their reference solutions and time-limit margins"
    static let help = """
        Usage: panel verify [<problem>...] [--json] [--jobs N] [--problems DIR] [--shard i/n [--report-dir DIR]]

        For each problem (default: every package under the problems folder): runs the input validators on
        every input (exit 42 = valid); judges every reference solution in submissions/<category>/ and holds it
        to its category (accepted: AC on every case; wrong_answer: WA somewhere and nothing but AC/WA;
        time_limit_exceeded: TLE somewhere, judged with 1.5x the time limit; run_time_error: RTE somewhere);
        and checks the time limit is at least 2x the slowest accepted case. Where problem.yaml states no
        time limit, it is derived from the accepted solutions, and the report says so.

        Prints a table of problem x solution with verdicts, slowest case and the margins.

        Options:
        \(JobsOption.help)
        \(ShardOption.help(units: "problems", key: "verify/<slug>"))
          --report-dir DIR  with --shard: the packet's folder (default: panel-reports/verify-shard-i-of-n)

        A shard verifies its own problems whole (a problem's time limit and margins rest on all its solutions)
        and exits 0 or 1 for them; panel merge gives the verdict on them all.
        Exit codes: 0 every problem verified, 1 something is off (the reason names solution and case),
        2 usage error or invalid package, 3 internal error.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name,
            valueOptions: ["--problems", "--report-dir", ShardOption.name] + JobsOption.names,
            flagOptions: ["--json"])
        let shard = try ShardOption.value(arguments)
        if let directory = arguments.value("--report-dir") {
            guard shard != nil else {
                throw UsageError("--report-dir is for a shard's packet: give it with --shard i/n", command: name)
            }
            try PathCheck.outputFolder(directory, option: "--report-dir", command: name)
        }
        let context = Context()
        let problems = try context.problems(arguments)
        let mine = problems.filter { shard?.owns(Shard.verifyKey(problem: $0.slug)) ?? true }
        try Sandbox.requireUsableHost()
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        try checkIsolation(sandbox, required: false)
        let verifier = Verifier(judge: try JobsOption.judge(context, sandbox, arguments, command: name))
        let fingerprint = shard.map { _ in Fingerprint.verify(problems, judge: verifier.judge) }
        var results: [ProblemVerification] = []
        for problem in mine { noteSamplesOnly(problem) }
        // Problems are verified at once, `--jobs` at a time, and printed in order as each one's turn comes.
        try verifier.verify(mine) { problem in
            context.progress.status("\(problem.slug): verifying")
        } deliver: { result, took in
            context.progress.milestone(
                "\(result.problem): \(result.ok ? "verified" : "NOT VERIFIED") in \(Progress.seconds(took))",
                onTerminal: false)
            results.append(result)
            if !arguments.has("--json") { print(render(result)) }
        }
        context.progress.end()
        if let shard, let fingerprint {
            let packet = Packet(
                kind: .verify, fingerprint: fingerprint, shard: shard,
                units: mine.map { Shard.verifyKey(problem: $0.slug) }, problems: problems.map(\.slug),
                verifications: results)
            let folder =
                arguments.value("--report-dir") ?? "panel-reports/verify-shard-\(shard.index)-of-\(shard.count)"
            let note = try ShardOption.write(packet, to: folder, command: name)
            if arguments.has("--json") {
                try printJSON(packet)
                return results.allSatisfy(\.ok) ? 0 : 1
            }
            print(note)
        }
        return try finish(results, json: arguments.has("--json"), printRows: false)
    }

    /// Prints the JSON or the closing line (after each problem's table when `printRows`), and returns the exit
    /// code: 0 when every problem is verified, else 1.
    static func finish(_ results: [ProblemVerification], json: Bool, printRows: Bool) throws -> Int32 {
        if json {
            try printJSON(results)
        } else {
            if printRows { for result in results { print(render(result)) } }
            let failed = results.filter { !$0.ok }.map(\.problem)
            print(
                failed.isEmpty
                    ? "all \(results.count) problems verified" : "not verified: \(failed.joined(separator: ", "))")
        }
        return results.allSatisfy(\.ok) ? 0 : 1
    }

    static func render(_ result: ProblemVerification) -> String {
        var lines = ["\(result.problem): time limit \(result.timeLimitMilliseconds) ms (\(result.timeLimitSource))"]
        let width = max(8, result.submissions.map(\.file.count).max() ?? 8)
        lines.append(
            "  " + "solution".padding(toLength: width, withPad: " ", startingAt: 0) + "  verdict  slowest ms  ok")
        for row in result.submissions {
            lines.append(
                "  " + row.file.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                    + row.verdict.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
                    + String(row.slowestMilliseconds).leftPadded(to: 11) + "  "
                    + (row.failure == nil ? "ok" : "NO")
                    + (row.score.map { "  score " + TerminalReport.formatScore($0) } ?? ""))
        }
        let limit = result.timeLimitMilliseconds
        if let slowest = result.slowestAcceptedMilliseconds {
            let ratio = slowest > 0 ? Double(limit) / Double(slowest) : .infinity
            lines.append(
                "  margins: slowest accepted case \(slowest) ms, the limit is \(ratio.isFinite ? String(format: "%.1f", ratio) : "∞")x it "
                    + "(needs ≥ \(result.acceptedMargin)x); time_limit_exceeded solutions judged at "
                    + "\(Int(Double(limit) * result.timeoutMargin)) ms (\(result.timeoutMargin)x)")
        }
        let inputs = result.inputValidation
        if inputs.validators > 0 {
            lines.append(
                "  input validators: \(inputs.validators), \(inputs.inputs) inputs, \(inputs.rejections.count) rejected"
            )
        }
        for warning in result.warnings { lines.append("  warning: \(warning)") }
        for problem in result.problems { lines.append("  FAIL: \(problem)") }
        lines.append(result.ok ? "  verified" : "  NOT VERIFIED")
        return lines.joined(separator: "\n")
    }
}
