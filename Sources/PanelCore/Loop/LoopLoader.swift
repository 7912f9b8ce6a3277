import Foundation

/// Reads loop files, or says exactly what is wrong with one (file, line, field, what was expected).
public enum LoopLoader {
    static let topKeys = [
        "name", "title", "description", "rounds", "scorecards", "allowed_signers", "signature_namespace",
    ]
    static let roundKeys = ["id", "title", "kind", "interviewer", "problems", "gate", "scorecard"]
    static let pluginKeys = ["plugin", "rubric", "timeout", "arguments"]
    /// Wall-clock seconds a plugin gets when the loop file does not say.
    public static let defaultPluginTimeoutSeconds = 30

    /// The loops folder of a problems root.
    public static func loopsFolder(problemsRoot: URL) -> URL {
        problemsRoot.appendingPathComponent("loops")
    }

    /// The file of `reference`: a path to a YAML file, or a loop name under `<problems>/loops/`.
    /// - Throws: ``SpecError/missingFile(path:expected:)`` naming the loops that exist.
    public static func locate(_ reference: String, problemsRoot: URL) throws(SpecError) -> URL {
        let asPath = URL(fileURLWithPath: reference)
        if reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") {
            guard FileManager.default.fileExists(atPath: asPath.path) else {
                throw .missingFile(path: asPath.path, expected: "a loop file (YAML)")
            }
            return asPath
        }
        let folder = loopsFolder(problemsRoot: problemsRoot)
        let file = folder.appendingPathComponent("\(reference).yaml")
        if FileManager.default.fileExists(atPath: file.path) { return file }
        let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        let hint =
            Suggestion.nearest(to: reference, among: known).map { "; did you mean '\($0)'?" }
            ?? (known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))")
        throw .missingFile(path: file.path, expected: "a loop named '\(reference)' under \(folder.path)\(hint)")
    }

    /// Reads and checks the loop file at `url`: every problem must exist in `bank`, every interviewer must be
    /// known, every plugin file must exist.
    public static func load(_ url: URL, bank: ProblemBank) throws(SpecError) -> LoopFile {
        let file = url.path
        let yaml = try YAMLFields(YAMLReader.parse(contentsOf: url), file: file)
        try yaml.rejectUnknown(allowed: topKeys)
        let name = try yaml.string("name") ?? url.deletingPathExtension().lastPathComponent
        guard let roundFields = try yaml.mappings("rounds"), !roundFields.isEmpty else {
            throw yaml.missing("rounds", expected: "a list of rounds, each with id, title, kind and interviewer")
        }
        var rounds: [Round] = []
        for fields in roundFields {
            let round = try readRound(fields, loopFile: url, bank: bank)
            if rounds.contains(where: { $0.id == round.id }) {
                throw .invalidField(
                    file: file, line: fields.line("id"), field: fields.fieldName("id"),
                    expected: "an id no other round has", found: "'\(round.id)' again")
            }
            rounds.append(round)
        }
        var loop = LoopFile(
            name: name, title: try yaml.string("title") ?? name, description: try yaml.string("description"),
            file: url, rounds: rounds)
        let folder = url.deletingLastPathComponent()
        if let scorecards = try yaml.string("scorecards") {
            let directory = URL(fileURLWithPath: scorecards, relativeTo: folder).standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else {
                throw .invalidField(
                    file: file, line: yaml.line("scorecards"), field: "scorecards",
                    expected: "a folder of <candidate>/<round-id>.yaml scorecards (relative to the loop file)",
                    found: "'\(scorecards)' (no such folder)")
            }
            loop.scorecards = directory
        }
        if let signers = try yaml.string("allowed_signers") {
            let signersFile = URL(fileURLWithPath: signers, relativeTo: folder).standardizedFileURL
            guard FileManager.default.isReadableFile(atPath: signersFile.path) else {
                throw .invalidField(
                    file: file, line: yaml.line("allowed_signers"), field: "allowed_signers",
                    expected: "an ssh allowed_signers file (relative to the loop file)",
                    found: "'\(signers)' (not found)")
            }
            loop.allowedSigners = signersFile
        }
        if let namespace = try yaml.string("signature_namespace") {
            guard !namespace.isEmpty, namespace.allSatisfy({ $0.isLetter || $0.isNumber || "-_.@".contains($0) })
            else {
                throw .invalidField(
                    file: file, line: yaml.line("signature_namespace"), field: "signature_namespace",
                    expected: "letters, digits, '-', '_', '.' or '@'", found: "'\(namespace)'")
            }
            loop.signatureNamespace = namespace
        }
        return loop
    }

    private static func readRound(_ fields: YAMLFields, loopFile: URL, bank: ProblemBank) throws(SpecError) -> Round {
        let file = fields.file
        try fields.rejectUnknown(allowed: roundKeys)
        guard let id = try fields.string("id") else {
            throw fields.missing("id", expected: "a short identifier such as onsite-coding-1")
        }
        let idCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyz0123456789-_")
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(idCharacters.contains), !id.hasPrefix("-") else {
            throw .invalidField(
                file: file, line: fields.line("id"), field: fields.fieldName("id"),
                expected: "lower-case letters, digits, '-' and '_' (it names the round's report file)",
                found: "'\(id)'")
        }
        guard let kind = try fields.string("kind") else {
            throw fields.missing("kind", expected: Round.kinds.joined(separator: ", "))
        }
        guard Round.kinds.contains(kind) else {
            let hint = Suggestion.didYouMean(kind, among: Round.kinds)
            throw .invalidField(
                file: file, line: fields.line("kind"), field: fields.fieldName("kind"),
                expected: "one of \(Round.kinds.joined(separator: ", "))", found: "'\(kind)'\(hint)")
        }
        guard let interviewerNode = fields.node("interviewer"), interviewerNode.kind != .null else {
            throw fields.missing(
                "interviewer",
                expected: "\(InterviewerRegistry.names.joined(separator: ", ")), or a mapping with plugin: or rubric:")
        }
        let interviewer = try readInterviewer(
            interviewerNode, fields: fields, loopFile: loopFile, problemsRoot: bank.root)
        let problems = try fields.strings("problems") ?? []
        if interviewer == .manual {
            if !problems.isEmpty {
                throw .invalidField(
                    file: file, line: fields.line("problems"), field: fields.fieldName("problems"),
                    expected: "no problems for a manual round (its scorecard is written by a person)",
                    found: "\(problems.count) problem(s)")
            }
        } else if problems.isEmpty {
            throw fields.missing("problems", expected: "at least one problem slug for a \(interviewer.name) round")
        }
        let known = (try? bank.slugs()) ?? []
        var resolved: [String] = []
        for (index, problem) in problems.enumerated() {
            let folder =
                problem.contains("/")
                ? URL(fileURLWithPath: problem, relativeTo: loopFile.deletingLastPathComponent())
                : bank.root.appendingPathComponent(problem)
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("problem.yaml").path) else {
                let hint =
                    Suggestion.nearest(to: problem, among: known).map { " (did you mean '\($0)'?)" }
                    ?? (known.isEmpty ? "" : " (known: \(known.joined(separator: ", ")))")
                throw .invalidField(
                    file: file, line: fields.line("problems"), field: "\(fields.fieldName("problems"))[\(index)]",
                    expected: "a problem under \(bank.root.path)", found: "'\(problem)'\(hint)")
            }
            // A package given by path is kept as an absolute path, so the bank loads it from anywhere.
            resolved.append(problem.contains("/") ? folder.standardizedFileURL.path : problem)
        }
        let scorecard = try fields.string("scorecard") ?? "\(id).yaml"
        if !UntrustedFile.isPlainName(scorecard) {
            throw .invalidField(
                file: file, line: fields.line("scorecard"), field: fields.fieldName("scorecard"),
                expected: "a file name inside <scorecards>/<candidate>/ (no '/')", found: "'\(scorecard)'")
        }
        return Round(
            id: id, title: try fields.string("title") ?? id, kind: kind, interviewer: interviewer,
            problems: resolved, gate: try fields.bool("gate") ?? (kind == "screen" || kind == "recruiter-screen"),
            scorecard: scorecard)
    }

    private static func readInterviewer(
        _ node: YAMLNode,
        fields: YAMLFields,
        loopFile: URL,
        problemsRoot: URL
    ) throws(SpecError) -> InterviewerSpec {
        let file = fields.file
        let field = fields.fieldName("interviewer")
        let folder = loopFile.deletingLastPathComponent()
        if case .scalar(let name, _) = node.kind {
            if name == InterviewerRegistry.manual { return .manual }
            guard InterviewerRegistry.rubrics.contains(name) else {
                let hint = Suggestion.didYouMean(name, among: InterviewerRegistry.names)
                throw .invalidField(
                    file: file, line: node.line, field: field,
                    expected:
                        "\(InterviewerRegistry.names.joined(separator: ", ")), or a mapping with plugin: or rubric:",
                    found: "'\(name)'\(hint)")
            }
            let places = [
                folder.appendingPathComponent("interviewers/\(name).yaml"),
                loopsFolder(problemsRoot: problemsRoot).appendingPathComponent("interviewers/\(name).yaml"),
            ]
            guard let found = places.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                throw .missingFile(
                    path: places[0].path,
                    expected: "the rubric of the built-in interviewer '\(name)' (also looked in \(places[1].path))")
            }
            return .rubric(name: name, file: found.standardizedFileURL)
        }
        let spec = try YAMLFields(node, file: file, path: field)
        try spec.rejectUnknown(allowed: pluginKeys)
        if let rubric = try spec.string("rubric") {
            let url = URL(fileURLWithPath: rubric, relativeTo: folder).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .invalidField(
                    file: file, line: spec.line("rubric"), field: spec.fieldName("rubric"),
                    expected: "a rubric YAML file (relative to the loop file)", found: "'\(rubric)' (not found)")
            }
            return .rubric(name: url.deletingPathExtension().lastPathComponent, file: url)
        }
        guard let path = try spec.string("plugin") else {
            throw spec.missing("plugin", expected: "the interviewer program (a path relative to the loop file)")
        }
        let url = URL(fileURLWithPath: path, relativeTo: folder).standardizedFileURL
        let manager = FileManager.default
        guard manager.fileExists(atPath: url.path) else {
            throw .invalidField(
                file: file, line: spec.line("plugin"), field: spec.fieldName("plugin"),
                expected: "an interviewer program (a path relative to the loop file)", found: "'\(path)' (not found)")
        }
        guard ["swift", "py"].contains(url.pathExtension) || manager.isExecutableFile(atPath: url.path) else {
            throw .invalidField(
                file: file, line: spec.line("plugin"), field: spec.fieldName("plugin"),
                expected: "a Swift source, a Python script or an executable file", found: "'\(path)' (not executable)")
        }
        let timeout = try spec.double("timeout") ?? Double(defaultPluginTimeoutSeconds)
        guard timeout > 0, timeout <= 600 else {
            throw .invalidField(
                file: file, line: spec.line("timeout"), field: spec.fieldName("timeout"),
                expected: "seconds between 0 and 600", found: "\(timeout)")
        }
        return .plugin(
            .init(
                path: url, timeout: .milliseconds(Int64((timeout * 1000).rounded(.up))),
                arguments: try spec.strings("arguments") ?? [], name: url.deletingPathExtension().lastPathComponent))
    }
}
