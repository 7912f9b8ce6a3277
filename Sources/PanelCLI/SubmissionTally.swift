import Foundation
import PanelCore

/// Counts a loop's judge events into one progress line per judged submission: its verdict, tests
/// passed and time ("[2/5] onsite-coding-1 · watch-order: AC, 21/21 tests passed in 3.2 s").
///
/// The loop runs one submission at a time and reports them as a stream of events; the line for a
/// submission is written when the next one starts or its round's interviewer takes over.
final class SubmissionTally: @unchecked Sendable {
    private let progress: Progress
    /// The round in progress, as "[index/total] id".
    var round = ""
    private var problem: String?
    private var started = ContinuousClock.now
    private var total = 0
    private var passed = 0
    private var finished = 0
    private var firstFailure: Verdict?
    private var compileFailed = false

    init(progress: Progress) {
        self.progress = progress
    }

    /// Takes one judge event for `problem`: a new problem starts a new tally.
    func record(problem: String, _ event: JudgeEvent) {
        if problem != self.problem {
            flush()
            self.problem = problem
            started = .now
        }
        let prefix = "\(round) · \(problem)"
        switch event {
        case .preparing(let step): progress.status("\(prefix): \(step)")
        case .compiling: progress.status("\(prefix): compiling")
        case .compiled(let result):
            compileFailed = !result.ok
            progress.status("\(prefix): compiled" + (result.cached ? " (cached)" : "") + ", starting the tests")
        case .running(let index, let count, let name):
            total = count
            progress.status("\(prefix): test \(index)/\(count) \(name)")
        case .finished(let test):
            finished += 1
            if test.verdict == .AC {
                passed += 1
            } else if firstFailure == nil {
                firstFailure = test.verdict
            }
        }
    }

    /// Writes the line of the submission being tallied, if any, and starts afresh.
    func flush() {
        guard let problem else { return }
        let verdict = compileFailed ? Verdict.CE : (firstFailure ?? .AC)
        let counts = compileFailed ? " (compile error)" : ", \(passed)/\(max(total, finished)) tests passed"
        progress.milestone(
            "\(round) · \(problem): \(verdict.rawValue)\(counts) in \(Progress.seconds(.now - started))")
        self.problem = nil
        total = 0
        passed = 0
        finished = 0
        firstFailure = nil
        compileFailed = false
    }
}
