import Foundation
import PanelCore

/// `panel init`: start a problem package that `panel verify` passes, or a candidate folder for a loop.
enum InitCommand: Command {
    static let name = "init"
    static let summary = "start a problem package or a candidate folder from a skeleton"
    static let help = """
        Usage: panel init problem <slug> [--problems DIR]
               panel init candidate <name> [--loop L] [--problems DIR]

        init problem: writes <problems>/<slug>/, a complete package that `panel verify <slug>` passes as it
        stands: problem.yaml and panel.yaml, a statement, a sample and three secret cases, an input
        validator, an accepted and a wrong_answer solution (all in Swift). The problem it holds is a toy
        (sum a list of integers): replace statement, data, validator and solutions with your own, and run
        panel verify after each step. <slug> is lowercase letters, digits and hyphens; a path such as
        ../bank/new-problem puts the package there.

        init candidate: writes Submissions/<name>/ (or the folder <name> names, when it holds a /) with one
        stub <problem>.swift per problem of the loop's coded rounds, named as panel loop expects them, a
        NOTES.md with a section per problem for thinking out loud, and an empty tests/<problem>/ folder per
        problem for the candidate's own cases (<name>.in, and <name>.ans with the expected answer).

        Options:
          --loop L          the loop the candidate folder is for: a name under <problems>/loops/ or a loop file
                            (default: default)
          --problems DIR    folder of problem packages and loops (default: ./Problems or PANEL_PROBLEMS)

        Exit codes: 0 written, 2 usage error, an existing folder or an invalid loop, 3 internal error.
        Nothing is overwritten: the target folder must not exist yet (or be empty).
        """

    static func run(_ rawArguments: [String]) throws -> Int32 {
        let arguments = try Arguments(
            rawArguments, command: name, valueOptions: ["--loop", "--problems"], flagOptions: [])
        guard arguments.positionals.count == 2 else {
            throw UsageError(
                "expected 'problem <slug>' or 'candidate <name>', got \(arguments.positionals.count) arguments",
                command: name)
        }
        let (kind, target) = (arguments.positionals[0], arguments.positionals[1])
        let context = Context()
        switch kind {
        case "problem":
            if arguments.value("--loop") != nil {
                throw UsageError("--loop is for 'init candidate'", command: name)
            }
            return try initProblem(target, bank: try context.bank(arguments))
        case "candidate":
            return try initCandidate(
                target, loop: arguments.value("--loop") ?? "default", bank: try context.bank(arguments))
        default:
            let suggestion = Suggestion.nearest(to: kind, among: ["problem", "candidate"])
            throw UsageError(
                "unknown kind '\(kind)': expected problem or candidate"
                    + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""), command: name)
        }
    }

    private static func initProblem(_ target: String, bank: ProblemBank) throws -> Int32 {
        let folder =
            target.contains("/") ? URL(fileURLWithPath: target) : bank.root.appendingPathComponent(target)
        let slug = folder.lastPathComponent
        guard slug.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression) != nil else {
            throw UsageError(
                "'\(slug)': a problem slug is lowercase letters, digits and single hyphens (such as two-sum)",
                command: name)
        }
        try checkFresh(folder)
        let files = ProblemSkeleton.files(slug: slug)
        try write(files, into: folder)
        print("wrote \(folder.relativePath)/ (\(files.count) files): a toy problem that verifies as it stands")
        let verify = target.contains("/") ? folder.relativePath : slug
        print("next: panel verify \(verify)   then replace the statement, data, validator and solutions")
        return 0
    }

    private static func initCandidate(_ target: String, loop reference: String, bank: ProblemBank) throws -> Int32 {
        let folder =
            target.contains("/") ? URL(fileURLWithPath: target) : URL(fileURLWithPath: "Submissions/\(target)")
        let candidate = folder.lastPathComponent
        let loop = try LoopLoader.load(try LoopLoader.locate(reference, problemsRoot: bank.root), bank: bank)
        var problems: [ProblemPackage] = []
        for round in loop.rounds {
            for reference in round.problems {
                let problem = try bank.load(reference)
                if !problems.contains(where: { $0.slug == problem.slug }) { problems.append(problem) }
            }
        }
        guard !problems.isEmpty else {
            throw UsageError("the loop \(loop.file.path) has no coded round: nothing to write", command: name)
        }
        try checkFresh(folder)
        var files = ["NOTES.md": CandidateSkeleton.notes(candidate: candidate, loop: loop, problems: problems)]
        for problem in problems {
            files["\(problem.slug).swift"] = CandidateSkeleton.stub(problem)
        }
        try write(files, into: folder)
        // One folder per problem, where panel loop looks for the candidate's own tests (CandidateTests).
        for problem in problems {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("\(CandidateTests.folderName)/\(problem.slug)"),
                withIntermediateDirectories: true)
        }
        print("wrote \(folder.relativePath)/ for the \(loop.name) loop:")
        let width = problems.map { $0.slug.count + 6 }.max() ?? 0
        for problem in problems { print("  " + "\(problem.slug).swift".rightPadded(to: width) + "  \(problem.title)") }
        print("  NOTES.md, tests/<problem>/ (your own tests: <name>.in and <name>.ans)")
        print("next: panel show <problem>, panel submit \(folder.relativePath)/<problem>.swift --watch, then")
        print("      panel loop \(folder.relativePath)" + (reference == "default" ? "" : " --loop \(reference)"))
        return 0
    }

    /// The folder must not exist, or be empty: init never overwrites anyone's work.
    private static func checkFresh(_ folder: URL) throws(UsageError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        let empty =
            isDirectory.boolValue
            && (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
                .isEmpty == true
        guard empty else {
            throw UsageError(
                "\(folder.relativePath) already exists; init writes only a new or empty folder", command: name)
        }
    }

    private static func write(_ files: [String: String], into folder: URL) throws {
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        }
    }
}
