import Foundation

extension Fingerprint {
    /// The fingerprint of a loop run: the toolchain `judge` builds with, the loop file, its rubrics, plugins
    /// and allowed signers, every problem it names, and each candidate's folder and scorecards, in command-line
    /// order.
    public static func loop(_ loop: LoopFile, bank: ProblemBank, candidates: [Candidate], judge: Judge) throws
        -> String
    {
        var fingerprint = Fingerprint(version: PanelVersion.current)
        fingerprint.add(toolchainOf: judge)
        fingerprint.add(loop.file, label: "loop \(loop.name)")
        if let signers = loop.allowedSigners { fingerprint.add(signers, label: "allowed signers") }
        var problems: [String] = []
        for round in loop.rounds {
            switch round.interviewer {
            case .rubric(let name, let file): fingerprint.add(file, label: "round \(round.id) rubric \(name)")
            case .plugin(let plugin): fingerprint.add(plugin.path, label: "round \(round.id) plugin \(plugin.name)")
            case .manual: fingerprint.add(label: "round \(round.id) manual")
            }
            for reference in round.problems where !problems.contains(reference) { problems.append(reference) }
        }
        for reference in problems {
            let problem = try bank.load(reference)
            fingerprint.add(problem.directory, label: "problem \(problem.slug)")
        }
        for candidate in candidates {
            fingerprint.add(candidate.directory, label: "candidate \(candidate.name)")
            if let scorecards = loop.scorecards {
                fingerprint.add(
                    scorecards.appendingPathComponent(candidate.name), label: "scorecards of \(candidate.name)")
            }
        }
        return fingerprint.hex
    }

    /// The fingerprint of a `panel verify` run: the toolchain `judge` builds with and every problem package it
    /// names, in order.
    public static func verify(_ problems: [ProblemPackage], judge: Judge) -> String {
        var fingerprint = Fingerprint(version: PanelVersion.current)
        fingerprint.add(toolchainOf: judge)
        for problem in problems { fingerprint.add(problem.directory, label: "problem \(problem.slug)") }
        return fingerprint.hex
    }

    /// Adds what builds and runs the programs: the Swift compiler's version and flags, and every field of every
    /// language-table entry. Shards built by another `swiftc` or with another `PANEL_LANGUAGES` judged other
    /// programs, so their packets must not merge. The versions of the other languages' compilers are not read
    /// (that would run each one); their commands are in the table.
    mutating func add(toolchainOf judge: Judge) {
        add(label: "swift compiler \(judge.cache.compilerIdentity)")
        // Every stored field of every entry, as Swift prints the value: a field the table gains is covered too.
        for language in judge.languages.languages { add(label: "language \(String(reflecting: language))") }
    }
}
