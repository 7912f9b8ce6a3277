/// What the candidate's own tests of one problem show, judged as a reviewer would: which inputs are valid,
/// whether the expected answers are right, how the candidate's solution does on them, and which of the
/// package's known-wrong solutions they catch.
public struct TestingEvidence: Sendable, Codable, Equatable {
    /// Tests given (`.in` files, refused ones included).
    public var written: Int
    /// Tests whose input the problem's input validator accepts and the reference solution solves.
    public var valid: Int
    /// Valid tests with an expected answer (`.ans`).
    public var answers: Int
    /// Of those, answers the output validator accepts against the reference solution's output.
    public var rightAnswers: Int
    /// The candidate's own solution passes this many of the valid tests; nil when it did not run.
    public var solutionPassed: Int?
    /// Known-wrong solutions of the package (`wrong_answer`, `time_limit_exceeded`, `run_time_error`).
    public var bugsKnown: Int
    /// Known-wrong solutions some valid test makes fail.
    public var bugsCaught: Int
    /// The bugs caught, each with the first test that caught it.
    public var caught: [Bug]
    /// The bugs no test caught: category and file name, never code.
    public var missed: [Bug]
    /// Every test, in name order.
    public var tests: [Test]
    /// What was found and left alone, and why a step could not run ("no accepted solution: answers not checked").
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case written, valid, answers, caught, missed, tests, notes
        case rightAnswers = "right_answers"
        case solutionPassed = "solution_passed"
        case bugsKnown = "bugs_known"
        case bugsCaught = "bugs_caught"
    }

    /// A known-wrong solution of the package.
    public struct Bug: Sendable, Codable, Equatable {
        /// `wrong_answer`, `time_limit_exceeded` or `run_time_error`.
        public var category: String
        /// The file name (`inclusive_left_boundary.swift`).
        public var file: String
        /// The test that caught it and the verdict it got there (`03`, `WA`).
        public var test: String?
        public var verdict: Verdict?

        /// `wrong_answer/inclusive_left_boundary.swift`.
        public var name: String { "\(category)/\(file)" }
    }

    /// One of the candidate's tests.
    public struct Test: Sendable, Codable, Equatable {
        public var name: String
        /// Whether the input is valid for the problem.
        public var valid: Bool
        /// Why it is not ("the input validator rejects it: line 2: n out of range").
        public var reason: String?
        /// `right`, `wrong`, or `none` (no `.ans`); absent for an invalid test.
        public var answer: Answer?
        /// Why the expected answer is wrong (the output validator's message, capped).
        public var answerMessage: String?
        /// The candidate's solution's verdict on it.
        public var verdict: Verdict?

        enum CodingKeys: String, CodingKey {
            case name, valid, reason, answer, verdict
            case answerMessage = "answer_message"
        }
    }

    /// The candidate's expected answer against the reference solution's.
    public enum Answer: String, Sendable, Codable {
        case right, wrong, none
    }

    /// The evidence of a problem for which the candidate wrote no tests.
    public static func none(bugsKnown: Int, notes: [String] = []) -> TestingEvidence {
        TestingEvidence(
            written: 0, valid: 0, answers: 0, rightAnswers: 0, solutionPassed: nil, bugsKnown: bugsKnown,
            bugsCaught: 0, caught: [], missed: [], tests: [], notes: notes)
    }

    /// "6 tests, 6 valid, 5/5 expected answers right, catch 3 of 4 known bugs", or "no tests written".
    public var summary: String {
        guard written > 0 else { return "no tests written" }
        var parts = ["\(written) test\(written == 1 ? "" : "s")", "\(valid) valid"]
        if answers > 0 { parts.append("\(rightAnswers)/\(answers) expected answers right") }
        if bugsKnown > 0 { parts.append("catch \(bugsCaught) of \(bugsKnown) known bugs") }
        return parts.joined(separator: ", ")
    }

    /// "your expected answer for 03 is wrong", "test 04 is invalid: …": one line per problem found.
    public var findings: [String] {
        var lines: [String] = []
        for test in tests {
            if !test.valid {
                lines.append("test \(test.name) is invalid: \(test.reason ?? "not usable")")
            } else if test.answer == .wrong {
                lines.append(
                    "your expected answer for \(test.name) is wrong" + (test.answerMessage.map { " (\($0))" } ?? ""))
            }
        }
        return lines
    }

    /// "missed: time_limit_exceeded/scan_all_hits_loop.swift, …", or nil when every known bug is caught.
    public var missedLine: String? {
        missed.isEmpty ? nil : "missed: " + missed.map(\.name).joined(separator: ", ")
    }
}
