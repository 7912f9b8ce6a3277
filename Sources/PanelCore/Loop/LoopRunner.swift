import Foundation
import Sandbox

/// A candidate folder: `<problem-slug>.swift` solutions and an optional `NOTES.md` (read as ``CandidateFolder``).
/// The human interviewers' scorecards are not in it: they come from the loop's scorecards folder.
public struct Candidate: Sendable {
    /// The folder's name.
    public var name: String
    /// The folder.
    public var directory: URL
    /// The folder as given on the command line, for reports.
    public var displayPath: String

    public init(directory: URL, displayPath: String) {
        self.directory = directory.standardizedFileURL
        self.displayPath = displayPath
        name = self.directory.lastPathComponent
    }
}

/// Something the loop reports while it works, for progress output.
public enum LoopEvent: Sendable {
    /// A round starts; `index` counts from 1.
    case round(index: Int, total: Int, id: String, title: String)
    /// The judge is working on one problem of the round.
    case judging(problem: String, JudgeEvent)
    /// The round's evidence is in; its interviewer is writing the scorecard.
    case interviewing(interviewer: String)
}

/// Runs a loop for a candidate: judges each round's problems, asks each round's interviewer for a scorecard,
/// stops at a gating round below hire, and decides.
public struct LoopRunner: Sendable {
    public let judge: Judge
    public let bank: ProblemBank

    public init(judge: Judge, bank: ProblemBank) {
        self.judge = judge
        self.bank = bank
    }

    /// Runs `loop` for `candidate`.
    ///
    /// Everything a person wrote is checked before anything is compiled: the problems, the rubrics and the
    /// manual scorecards present in the candidate folder.
    /// - Throws: ``SpecError`` for a bad problem package, rubric or manual scorecard (naming file and field);
    ///   ``JudgeSetupError`` or ``PanelError`` for Panel's own failures.
    public func run(
        _ loop: LoopFile,
        candidate: Candidate,
        progress: (LoopEvent) -> Void = { _ in }
    ) throws -> LoopReport {
        LoopReport.assemble(try run(loop, candidate: candidate, shard: .whole, progress: progress))
    }

    /// Runs `loop` for every candidate of a cohort, `--jobs` candidates at once (their cases share the judge's
    /// slots, so never more boxes than the budget), and hands each candidate's part to `deliver` in the given
    /// order. `progress` gets each candidate's events, in order, as its turn comes: at one job as they happen,
    /// at more when the candidate is done. `waiting` names the candidate whose part the caller waits for.
    public func run(
        _ loop: LoopFile,
        candidates: [Candidate],
        shard: Shard,
        waiting: (Int) -> Void = { _ in },
        progress: (Int, LoopEvent) -> Void,
        deliver: (Int, LoopPart) -> Void
    ) throws {
        if judge.jobs == 1 || candidates.count == 1 {
            for (index, candidate) in candidates.enumerated() {
                let part = try run(loop, candidate: candidate, shard: shard) { progress(index, $0) }
                deliver(index, part)
            }
            return
        }
        struct Done: Sendable {
            var part: LoopPart
            var events: [LoopEvent]
        }
        try ParallelCases.run(
            count: candidates.count, workers: judge.jobs, stops: { _ in false },
            work: { [self] (index, _) throws(any Error) -> Done in
                var events: [LoopEvent] = []
                let part = try run(loop, candidate: candidates[index], shard: shard) { events.append($0) }
                return Done(part: part, events: events)
            },
            waiting: waiting,
            deliver: { index, done in
                for event in done.events { progress(index, event) }
                deliver(index, done.part)
            })
    }

    /// Runs the rounds of `loop` that `shard` owns (``Shard/loopKey(candidate:round:)``) for `candidate`.
    ///
    /// Every shard checks everything a person wrote, for every round, before it compiles anything, so a bad
    /// rubric or scorecard stops each shard alike. A gating round below hire in this shard stops this shard's
    /// later rounds; ``LoopReport/assemble(_:_:generatedAt:)`` stops the loop there whichever shard ran them.
    /// - Throws: as ``run(_:candidate:progress:)``.
    public func run(
        _ loop: LoopFile,
        candidate: Candidate,
        shard: Shard,
        progress: (LoopEvent) -> Void = { _ in }
    ) throws -> LoopPart {
        let started = ContinuousClock.now
        var problems: [String: ProblemPackage] = [:]
        var rubrics: [URL: Rubric] = [:]
        var manual: [String: InterviewerScorecards.Outcome] = [:]
        let scorecards = InterviewerScorecards(loop: loop, sandbox: judge.sandbox)
        for round in loop.rounds {
            for reference in round.problems where problems[reference] == nil {
                problems[reference] = try bank.load(reference)
            }
            switch round.interviewer {
            case .rubric(_, let file):
                if rubrics[file] == nil { rubrics[file] = try Rubric.load(file) }
            case .manual:
                manual[round.id] = try scorecards.scorecard(for: round, candidate: candidate.name)
            case .plugin:
                break
            }
        }
        // The candidate folder is listed once and every file in it read without following links.
        let folder = try CandidateFolder(candidate.directory, display: candidate.displayPath)
        var warnings: [String] = []
        let (notes, notesNote) = folder.notes()
        if let notesNote { warnings.append(notesNote) }
        if folder.hasScorecards {
            warnings.append(
                "\(candidate.displayPath)/\(CandidateFolder.scorecardsName) is inside the candidate folder and is "
                    + "ignored: interviewers' scorecards come from --scorecards DIR or the loop file's scorecards:")
        }
        let slugs = loop.rounds.flatMap { $0.problems.compactMap { problems[$0]?.slug } }
        let unmatched = folder.unmatchedSources(slugs: slugs)
        var solutionNotes: [String: String] = [:]
        for file in unmatched {
            warnings.append(file.message)
            if let meant = file.suggestion { solutionNotes[String(meant.dropLast(".swift".count))] = file.message }
        }

        var reports: [LoopPart.PartRound] = []
        let context = RoundContext(
            candidate: candidate, folder: folder, problems: problems, rubrics: rubrics, manual: manual, notes: notes,
            solutionNotes: solutionNotes)
        let rounds = loop.rounds
        let owned = rounds.indices.filter { shard.owns(Shard.loopKey(candidate: candidate.name, round: rounds[$0].id)) }
        // A gating round below hire stops the loop: this shard's later rounds are not run.
        let stops: @Sendable (LoopPart.PartRound) -> Bool = { part in
            part.report.gate && (part.report.recommendation?.level ?? .strongNoHire) < .hire
        }
        func announce(_ position: Int) {
            let round = rounds[owned[position]]
            progress(.round(index: owned[position] + 1, total: rounds.count, id: round.id, title: round.title))
        }
        if judge.jobs == 1 {
            for position in owned.indices {
                announce(position)
                var roundWarnings: [String] = []
                let report = try runRound(rounds[owned[position]], context, warnings: &roundWarnings, progress)
                let part = LoopPart.PartRound(index: owned[position], report: report, warnings: roundWarnings)
                reports.append(part)
                if stops(part) { break }
            }
        } else {
            // Rounds are judged at once, `--jobs` at a time (the judge's slots), and folded in order: the
            // progress of each is told when its turn comes, and a round after a gate that stops is never started
            // (one already running is thrown away), so the report is the one of -j 1, timings aside.
            try ParallelCases.run(
                count: owned.count, workers: judge.jobs, stops: { stops($0.part) },
                work: { [self] (position, _) throws(any Error) -> RoundRun in
                    var events: [LoopEvent] = []
                    var roundWarnings: [String] = []
                    let report = try runRound(rounds[owned[position]], context, warnings: &roundWarnings) {
                        events.append($0)
                    }
                    return RoundRun(
                        part: .init(index: owned[position], report: report, warnings: roundWarnings), events: events)
                },
                waiting: announce,
                deliver: { _, run in
                    run.events.forEach(progress)
                    reports.append(run.part)
                })
        }
        for index in owned.dropFirst(reports.count) {
            reports.append(
                .init(
                    index: index,
                    report: RoundReport(
                        round: rounds[index], status: .notRun, scorecard: nil, evidence: nil, seconds: 0),
                    warnings: []))
        }

        return LoopPart(
            candidate: candidate.name, candidateDirectory: candidate.displayPath,
            loop: .init(name: loop.name, title: loop.title, file: loop.file.path), roundIDs: loop.rounds.map(\.id),
            rounds: reports, warnings: warnings, unmatchedFiles: unmatched, sandbox: judge.sandbox.isolation,
            seconds: (ContinuousClock.now - started).seconds)
    }

    /// What a round needs of the loop's preparation, shared by parallel rounds.
    private struct RoundContext: Sendable {
        let candidate: Candidate
        let folder: CandidateFolder
        let problems: [String: ProblemPackage]
        let rubrics: [URL: Rubric]
        let manual: [String: InterviewerScorecards.Outcome]
        let notes: String?
        let solutionNotes: [String: String]
    }

    /// One round's part of the loop, with the progress it gave, in order.
    private struct RoundRun: Sendable {
        var part: LoopPart.PartRound
        var events: [LoopEvent]
    }

    /// Runs one round: judges its problems and asks its interviewer, or reads its manual scorecard.
    private func runRound(
        _ round: Round,
        _ context: RoundContext,
        warnings: inout [String],
        _ progress: (LoopEvent) -> Void
    ) throws -> RoundReport {
        let roundStart = ContinuousClock.now
        var report: RoundReport
        switch round.interviewer {
        case .manual:
            let identity = InterviewerIdentity(name: InterviewerRegistry.manual, kind: .manual)
            switch context.manual[round.id] ?? .missing(reason: "no scorecard yet", file: round.scorecard) {
            case .scored(let scorecard, let file, let signer):
                report = RoundReport(round: round, status: .scored, scorecard: scorecard, evidence: nil, seconds: 0)
                report.scorecardFile = file
                report.scorecardSigner = signer
            case .rejected(let reason, let file):
                report = RoundReport(
                    round: round, status: .rejectedScorecard,
                    scorecard: .noDecision(identity, error: "scorecard rejected: \(reason)"), evidence: nil,
                    seconds: 0)
                report.scorecardFile = file
            case .missing(let reason, let file):
                report = RoundReport(
                    round: round, status: .missingScorecard, scorecard: .noDecision(identity, error: reason),
                    evidence: nil, seconds: 0)
                report.scorecardFile = file
            }
        case .rubric(_, let file):
            let evidence = try gather(round, context, warnings: &warnings, progress)
            progress(.interviewing(interviewer: round.interviewer.name))
            let scorecard = context.rubrics[file].map { $0.scorecard(for: evidence) }
            report = RoundReport(
                round: round, status: .scored, scorecard: scorecard, evidence: evidence, seconds: 0)
        case .plugin(let plugin):
            let evidence = try gather(round, context, warnings: &warnings, progress)
            progress(.interviewing(interviewer: plugin.name))
            let result = try InterviewerPlugin(plugin: plugin, sandbox: judge.sandbox, cache: judge.cache)
                .interview(
                    InterviewProtocol.Request(candidate: context.candidate.name, round: round, evidence: evidence))
            report = RoundReport(
                round: round, status: .scored, scorecard: result.scorecard, evidence: evidence, seconds: 0)
            report.pluginLog = result.log.isEmpty ? nil : result.log
        }
        report.seconds = ((ContinuousClock.now - roundStart).seconds * 100).rounded() / 100
        return report
    }

    /// Judges every problem of a coded round; a problem without a solution file has evidence saying so, and
    /// why when the folder holds something like one (`solutionNotes`, or a file that was not read).
    private func gather(
        _ round: Round,
        _ context: RoundContext,
        warnings: inout [String],
        _ progress: (LoopEvent) -> Void
    ) throws -> RoundEvidence {
        let (candidate, folder, notes) = (context.candidate, context.folder, context.notes)
        var evidence: [ProblemEvidence] = []
        for reference in round.problems {
            guard let stated = context.problems[reference] else { continue }
            // The candidate's tests run under the limit the solution is judged at (TimeLimitRule, as submit).
            let problem = try TimeLimitRule(judge: judge).resolve(stated)
            let display = "\(candidate.displayPath)/\(problem.slug).swift"
            let solution = folder.solution(for: problem.slug)
            guard case .source(let source) = solution else {
                var note = context.solutionNotes[problem.slug]
                if case .unread(let why) = solution {
                    note = why
                    warnings.append(why)
                }
                evidence.append(
                    EvidenceCollector.evidence(
                        problem: problem, solution: nil, sourceText: nil, notes: notes, report: nil, solutionNote: note)
                )
                continue
            }
            let report = try judge.judge(
                submission: source, displayName: display, problem: problem, options: .init(candidate: candidate.name)
            ) { event in
                progress(.judging(problem: problem.slug, event))
            }
            var collected = EvidenceCollector.evidence(
                problem: problem, solution: display, sourceText: String(decoding: source.contents, as: UTF8.self),
                notes: notes, report: report)
            collected.candidateTests = try CandidateTestJudge(judge: judge).evidence(
                CandidateTests.read(from: folder, slug: problem.slug), problem: problem, solution: source,
                displayName: display, candidate: candidate.name)
            evidence.append(collected)
        }
        return RoundEvidence(problems: evidence)
    }
}
