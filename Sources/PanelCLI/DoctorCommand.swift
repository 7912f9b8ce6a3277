import Foundation
import PanelCore
import Sandbox

/// `panel doctor`: which isolation mechanisms and limits work on this machine, each proved by a probe.
enum DoctorCommand: Command {
    static let name = "doctor"
    static let summary = "what isolation and limits work on this machine, each proved by a probe"
    static let help = """
        Usage: panel doctor [--json]

        Runs a probe program inside Panel's sandbox once per mechanism: it tries to read a file outside its
        view, to connect to a listener on 127.0.0.1, to fork past the process limit, to leave a daemon
        behind, to sleep past the wall clock, to allocate past the memory limit, to print without end, and
        to recurse a million frames deep. Each line says whether the mechanism held and what the probe saw.

        Exit codes: 0 every mechanism works, 1 some mechanism is missing here, 3 internal error.
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(rawArguments, command: name, valueOptions: [], flagOptions: ["--json"])
        guard arguments.positionals.isEmpty else {
            throw UsageError("unexpected argument '\(arguments.positionals[0])'", command: name)
        }
        let context = Context()
        try Sandbox.requireUsableHost()
        let sandbox = Sandbox()
        defer { sandbox.shutdown() }
        let report = try Doctor(sandbox: sandbox, cache: try context.judge(sandbox).cache).examine {
            context.progress.status("probing: \($0)")
        }
        context.progress.end()
        if arguments.has("--json") {
            try printJSON(report)
        } else {
            let isolation = report.sandbox
            if let host = isolation.host { print("host: \(host) (its row in docs/HOSTS.md says what holds here)") }
            print("limits: \(isolation.limits)")
            print("user: \(isolation.runAsUID.map { "uid \($0)" } ?? "Panel's own")")
            print("namespaces: \(isolation.namespaces.isEmpty ? "none" : isolation.namespaces.joined(separator: ", "))")
            print("filesystem: \(isolation.filesystem)")
            print("")
            let width = report.checks.map(\.mechanism.count).max() ?? 10
            for check in report.checks {
                let mark = check.working ? "ok     " : "MISSING"
                print(
                    "\(mark)  \(check.mechanism.padding(toLength: width, withPad: " ", startingAt: 0))  \(check.proof)")
            }
            for warning in isolation.warnings { print("\nwarning: \(warning)") }
            print(report.allWorking ? "\nevery mechanism works here" : "\nsome mechanisms are missing here; see above")
        }
        return report.allWorking ? 0 : 1
    }
}
