import Foundation
import PanelCore
import Sandbox

/// `panel verify`: prove problem packages with their own reference solutions.
enum VerifyCommand: Command {
    static let name = "verify"
    static let summary = "prove problem packages with their reference solutions and time-limit margins"
    static let help = """
        Usage: panel verify [<problem>...] [--json] [--jobs N] [--problems DIR]

        For each problem (default: every package under the problems folder): runs the input validators on
        every input (exit 42 = valid); judges every reference solution in submissions/<category>/ and holds it
        to its category (accepted: AC on every case; wrong_answer: WA somewhere and nothing but AC/WA;
        time_limit_exceeded: TLE somewhere, judged with 1.5x the time limit; run_time_error: RTE somewhere);
        and checks the time limit is at least 2x the slowest accepted case. Where problem.yaml states no
        time limit, it is derived from the accepted solutions, and the report says so.

        Prints a table of problem x solution with verdicts, slowest case and the margins.

        Options:
        \(JobsOption.help)
        Exit codes: 0 every problem verified, 1 something is off (the reason names solution and case),
        2 usage error or invalid package, 3 internal error.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--problems"] + JobsOption.names, flagOptions: ["--json"])
        let context = Context()
        let problems = try context.problems(arguments)
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        try checkIsolation(sandbox, required: false)
        let verifier = Verifier(judge: try JobsOption.judge(context, sandbox, arguments, command: name))
        var results: [ProblemVerification] = []
        for problem in problems { noteSamplesOnly(problem) }
        // Problems are verified at once, `--jobs` at a time, and printed in order as each one's turn comes.
        try verifier.verify(problems) { problem in
            context.progress.status("\(problem.slug): verifying")
        } deliver: { result, took in
            context.progress.milestone(
                "\(result.problem): \(result.ok ? "verified" : "NOT VERIFIED") in \(Progress.seconds(took))",
                onTerminal: false)
            results.append(result)
            if !arguments.has("--json") { print(render(result)) }
        }
        context.progress.end()
        if arguments.has("--json") { try printJSON(results) }
        let failed = results.filter { !$0.ok }.map(\.problem)
        if !arguments.has("--json") {
            print(
                failed.isEmpty
                    ? "all \(results.count) problems verified" : "not verified: \(failed.joined(separator: ", "))")
        }
        return failed.isEmpty ? 0 : 1
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
