import Foundation
import Sandbox

/// Runs an external interviewer program for one round, sandboxed and time-limited.
///
/// A Swift source is compiled through the compile cache (statically, like submissions) and runs with nothing
/// but itself in view; a Python script runs under the system's python3, and any other executable as it is, each
/// seeing the system's folders and its own folder read-only. None of them sees the candidate folder, the
/// problems, other rounds or the reports: only the request on stdin. Whatever goes wrong (it does not compile,
/// exits non-zero, times out, prints something that is not a scorecard, speaks another protocol version) makes
/// the round `no_decision` with the plugin's error, never a crash of Panel.
struct InterviewerPlugin {
    let plugin: InterviewerSpec.Plugin
    let sandbox: Sandbox
    let cache: CompileCache

    /// What the run produced: the scorecard (no_decision on failure) and the plugin's stderr.
    struct Result {
        var scorecard: Scorecard
        var log: String
    }

    /// Memory a plugin may use.
    static let memoryMiB = 1024
    /// Largest stdout or stderr a plugin may write.
    static let outputBytes = 4 << 20

    private var identity: InterviewerIdentity { InterviewerIdentity(name: plugin.name, kind: .plugin) }

    /// Asks the plugin for the scorecard of the request's round.
    /// - Throws: ``PanelError`` only for Panel's own failures (its temporary folder, the sandbox).
    func interview(_ request: InterviewProtocol.Request) throws(PanelError) -> Result {
        let program: (executable: URL, leading: [String], folder: URL?, isStatic: Bool)
        switch try prepare() {
        case .success(let ready): program = ready
        case .failure(let failure): return Result(scorecard: .noDecision(identity, error: failure.message), log: "")
        }

        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-plugin-\(UUID().uuidString)")
        try TemporaryFolders.make(scratch, permissions: 0o711)
        defer { TemporaryFolders.remove(scratch) }
        let root = scratch.appendingPathComponent("root")
        let requestFile = scratch.appendingPathComponent("request.json")
        try TemporaryFolders.makeInside(root, permissions: 0o711)
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(request).write(to: requestFile)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: requestFile.path)
        } catch {
            throw .io(path: scratch.path, reason: error.localizedDescription)
        }
        var spec = OutputValidator.programSpec(
            program.executable, leading: program.leading, folder: program.folder, isStatic: program.isStatic,
            arguments: plugin.arguments, stdin: requestFile, root: root)
        spec.workingDirectory = sandbox.hasPrivateRoot ? nil : scratch.path
        let limits = ResourceLimits(
            cpuTime: plugin.timeout, wallTime: plugin.timeout, memoryBytes: Self.memoryMiB << 20,
            stackBytes: 64 << 20, outputBytes: Self.outputBytes, processCount: 64)
        let outcome: RunOutcome
        do {
            outcome = try sandbox.run(spec, limits: limits)
        } catch {
            throw .sandbox(error)
        }
        let log = Self.tail(URL(fileURLWithPath: spec.stderrPath))
        let seconds = Condition.number(plugin.timeout.seconds)
        let failure: String? =
            switch RunClassification.classify(outcome, cpuLimit: limits.cpuTime)?.verdict {
            case .TLE: "timed out after \(seconds) s"
            case .MLE: "exceeded its \(Self.memoryMiB) MiB memory limit"
            case .OLE: "wrote more than \(Self.outputBytes >> 20) MiB of output"
            case nil: nil
            default: "ended with \(outcome.termination)"
            }
        if let failure {
            let last = log.split(separator: "\n").last.map { ": \($0)" } ?? ""
            return Result(scorecard: .noDecision(identity, error: "plugin \(plugin.name) \(failure)\(last)"), log: log)
        }
        let stdout = FileManager.default.contents(atPath: spec.stdoutPath) ?? Data()
        do {
            let scorecard = try InterviewProtocol.scorecard(fromResponse: stdout, plugin: plugin.name)
            return Result(scorecard: scorecard, log: log)
        } catch {
            return Result(
                scorecard: .noDecision(identity, error: "plugin \(plugin.name) gave an unusable answer: \(error)"),
                log: log)
        }
    }

    /// The program to run, or why there is none (a Swift plugin that does not compile).
    private func prepare() throws(PanelError)
        -> Swift.Result<
            (executable: URL, leading: [String], folder: URL?, isStatic: Bool), InterviewProtocol.Failure
        >
    {
        let folder = plugin.path.deletingLastPathComponent()
        switch plugin.path.pathExtension {
        case "swift":
            let source = try SourceFile(contentsOf: plugin.path)
            let compiled = try cache.program(for: [source], timeLimit: .seconds(180), memoryMiB: 2048)
            guard compiled.ok, let program = compiled.program else {
                let diagnostics = compiled.diagnostics.split(separator: "\n").prefix(8).joined(separator: "\n")
                return .failure(.init(message: "plugin \(plugin.name) does not compile:\n\(diagnostics)"))
            }
            return .success((program, [], nil, true))
        case "py":
            guard let python = ToolRun.python3 else {
                return .failure(.init(message: "plugin \(plugin.name) is a Python script and there is no python3 here"))
            }
            return .success((URL(fileURLWithPath: python), [plugin.path.path], folder, false))
        default:
            return .success((plugin.path, [], folder, false))
        }
    }

    /// The last 8 KiB of a log file.
    private static func tail(_ url: URL) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { return "" }
        let text = String(decoding: data.suffix(8192), as: UTF8.self)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
