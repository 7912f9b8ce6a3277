/// The signals of the candidate's own tests (``TestingEvidence``).
extension Signal {
    /// `tests_written`: how many; `tests_valid`: the share of them that is valid (nil when none was written);
    /// `answers_right`: the share of expected answers that are right (nil when none was given); `bugs_caught`:
    /// the share of the package's known bugs the valid tests catch (nil when the package knows none).
    func testingValue(_ tests: TestingEvidence) -> Double? {
        func share(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
        switch self {
        case .testsWritten: return Double(tests.written)
        case .testsValid: return share(tests.valid, tests.written)
        case .answersRight: return share(tests.rightAnswers, tests.answers)
        case .bugsCaught: return share(tests.bugsCaught, tests.bugsKnown)
        default: return nil
        }
    }

    /// The fact behind a testing signal: the summary once, then what went wrong (an invalid test, a wrong
    /// expected answer, the bugs missed).
    func testingFact(_ tests: TestingEvidence) -> String? {
        switch self {
        case .testsWritten:
            return "own tests: \(tests.summary)"
        case .testsValid:
            return tests.findings.first { $0.hasPrefix("test ") }
        case .answersRight:
            return tests.findings.first { $0.hasPrefix("your expected answer") }
        case .bugsCaught:
            return tests.written == 0 ? nil : tests.missedLine.map { "own tests \($0)" }
        default:
            return nil
        }
    }
}
