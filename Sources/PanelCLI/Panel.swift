import Foundation
import PanelCore
import Sandbox

/// The `panel` command line: picks a subcommand and maps every outcome to an exit code.
///
/// Exit codes: 0 accepted; 1 rejected; 2 usage error or invalid spec; 3 internal error of Panel.
public enum Panel {
    /// Every subcommand, in the order the overview lists them: Swift finds no code at run time, so this
    /// one list says what exists.
    static let commands: [CommandEntry] = [
        CommandEntry(SubmitCommand.self), CommandEntry(ProblemsCommand.self), CommandEntry(ShowCommand.self),
        CommandEntry(LoopCommand.self),
        CommandEntry(MergeCommand.self), CommandEntry(VerifyCommand.self), CommandEntry(GenerateCommand.self),
        CommandEntry(InitCommand.self),
        CommandEntry(DoctorCommand.self),
    ]

    static let overview = """
        panel: a grading harness for mock technical-interview loops

        Usage: panel <command> [options]

        Commands:
        \(commands.map { "  " + $0.name.padding(toLength: 10, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))

        Every command takes --help (or: panel help <command>); panel --version prints the version.
        --color=auto|always|never colours verdicts on a terminal (auto honours NO_COLOR).
        Problems come from ./Problems, --problems DIR or PANEL_PROBLEMS.
        Exit codes: 0 accepted, 1 rejected, 2 usage error or invalid spec, 3 internal error.
        """

    /// Runs the command line and exits the process with its code.
    public static func main() -> Never {
        Interruption.install()
        let code = run(Array(CommandLine.arguments.dropFirst()))
        if Interruption.happened { Interruption.waitForExit() }
        exit(code)
    }

    /// Runs one command line and returns its exit code.
    public static func run(_ arguments: [String]) -> Int32 {
        var arguments = arguments
        do {
            try takeColorOption(&arguments)
        } catch {
            report(error)
            return 2
        }
        // `panel help loop` is `panel loop --help`, as git and swift do it.
        if arguments.first == "help", arguments.count == 2 {
            return run([arguments[1], "--help"])
        }
        guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
            print(overview)
            return arguments.isEmpty ? 2 : 0
        }
        if name == "--version" {
            print("panel \(PanelVersion.current)")
            return 0
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            let suggestion = Suggestion.nearest(to: name, among: commands.map(\.name))
            report(UsageError("unknown command '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")))
            return 2
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            print(command.help)
            return 0
        }
        do {
            return try command.run(rest)
        } catch {
            // After Ctrl-C or SIGTERM, whatever failed failed because Panel was stopping: the handler reports
            // that and exits 130 or 143.
            if Interruption.happened { Interruption.waitForExit() }
            report(error)
            return exitCode(for: error)
        }
    }

    /// 2 for what the user can fix (arguments, packages, a host that lacks what was required, an unsafe
    /// folder, folders a box's uid cannot reach), 3 for Panel's own failures.
    static func exitCode(for error: any Error) -> Int32 {
        let sandboxError: SandboxError?
        switch error {
        case is UsageError, is SpecError, is UntrustedFileError: return 2
        case JudgeSetupError.spec, JudgeSetupError.languageUnavailable: return 2
        case PanelError.hostTooSlow, JudgeSetupError.panel(.hostTooSlow): return 2
        case let error as SandboxError: sandboxError = error
        case JudgeSetupError.panel(.sandbox(let error)), PanelError.sandbox(let error): sandboxError = error
        default: sandboxError = nil
        }
        switch sandboxError {
        case .isolationUnavailable, .unsafeFolder, .unreachableForBox, .mountsRefused, .foreignProc: return 2
        default: return 3
        }
    }

    /// Removes `--color=WHEN` (or `--color WHEN`) from anywhere on the line: every command takes it.
    static func takeColorOption(_ arguments: inout [String]) throws(UsageError) {
        while let index = arguments.firstIndex(where: { $0 == "--color" || $0.hasPrefix("--color=") }) {
            var value = String(arguments[index].dropFirst("--color".count))
            if value.isEmpty {
                guard index + 1 < arguments.count else { throw UsageError("option '--color' needs a value") }
                value = arguments.remove(at: index + 1)
            } else {
                value.removeFirst()
            }
            guard ["auto", "always", "never"].contains(value) else {
                throw UsageError("--color \(value): expected auto, always or never")
            }
            arguments.remove(at: index)
            Palette.choice = value
        }
    }

    static func report(_ error: any Error) {
        // An error may quote a candidate's file name or text: its control characters are shown, never acted on.
        FileHandle.standardError.write(
            Data("panel: error: \(TerminalText.visible("\(error)", keepingNewlines: true))\n".utf8))
    }
}

/// One subcommand.
protocol Command: SendableMetatype {
    /// The word after `panel`.
    static var name: String { get }
    /// One line for the overview.
    static var summary: String { get }
    /// The text of `--help`.
    static var help: String { get }
    /// Runs with the arguments after the command's name and returns the exit code.
    static func run(_ arguments: [String]) throws -> Int32
}

/// A command's name, texts and entry point, so the registry holds plain values.
struct CommandEntry: Sendable {
    let name: String
    let summary: String
    let help: String
    let run: @Sendable ([String]) throws -> Int32

    init<C: Command>(_ command: C.Type) {
        name = C.name
        summary = C.summary
        help = C.help
        run = { try C.run($0) }
    }
}

/// Shared context of a command: environment, problem bank, progress output.
struct Context {
    let environment: [String: String]
    /// Progress on stderr: a live line on a terminal, whole lines and heartbeats in a log.
    let progress: Progress

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
        progress = Progress(environment: environment)
    }

    /// The problem bank under `--problems`, `PANEL_PROBLEMS` or `./Problems`.
    /// - Throws: ``UsageError`` when `--problems` names something other than a folder.
    func bank(_ arguments: Arguments) throws(UsageError) -> ProblemBank {
        if let flag = arguments.value("--problems") {
            try PathCheck.inputFolder(
                flag, option: "--problems", expected: "a folder of problem packages", command: arguments.command)
        }
        return ProblemBank(
            root: ProblemBank.defaultRoot(flag: arguments.value("--problems"), environment: environment))
    }

    /// The problems a command names, or every problem in the bank when it names none.
    func problems(_ arguments: Arguments) throws -> [ProblemPackage] {
        let bank = try bank(arguments)
        let references = arguments.positionals.isEmpty ? try bank.slugs() : arguments.positionals
        return try references.map { reference throws(SpecError) in try bank.load(reference) }
    }

    /// A judge over `sandbox` with the Swift compiler and the compile cache of this environment.
    func judge(_ sandbox: Sandbox) throws -> Judge {
        let compiler = try SwiftCompiler(sandbox: sandbox, environment: environment)
        return Judge(
            sandbox: sandbox,
            cache: CompileCache(directory: CompileCache.defaultDirectory(environment: environment), compiler: compiler),
            languages: try LanguageTable.load(environment: environment))
    }
}

/// Encodes a value as the one JSON document a `--json` command prints.
func printJSON<T: Encodable>(_ value: T) throws {
    print(String(decoding: try PanelJSON.encode(value), as: UTF8.self))
}
