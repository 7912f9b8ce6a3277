import Foundation
import Testing

@testable import PanelCore

/// How `panel verify` judges each reference submission of the shipped fixture with one of every category.
@Suite struct VerifyOptionsTests {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/problems/verify-sum")

    /// The options of each submission, by its path under `submissions/`.
    static func options() throws -> [String: Judge.Options] {
        let problem = try ProblemLoader.load(package)
        let expectations = try SubmissionExpectations.read(problem)
        var options: [String: Judge.Options] = [:]
        for submission in problem.submissions {
            let path = TimeLimitRule.path(of: submission)
            options[path] = Verifier.options(
                category: submission.category, rules: expectations.rules(for: path, source: submission.source),
                program: expectations.program(for: path))
        }
        return options
    }

    @Test func rejectedSolutionsStopAtTheirFirstFailureAndRunTheirCasesInTurn() throws {
        let options = try Self.options()
        #expect(options.count == 4)
        for path in ["time_limit_exceeded/spinner.swift", "wrong_answer/first-two.swift", "run_time_error/crash.swift"]
        {
            let rejected = try #require(options[path])
            #expect(rejected.failFast, "\(path)")
            // Other submissions fill the other slots; a case beside the first failure would be wasted.
            #expect(!rejected.casesInParallel, "\(path)")
        }
    }

    @Test func acceptedSolutionsRunEveryCaseInParallel() throws {
        let accepted = try #require(try Self.options()["accepted/sum.swift"])
        #expect(!accepted.failFast)
        #expect(accepted.casesInParallel)
        #expect(accepted.checksFileNames && !accepted.checksCodeSize)
    }

    /// The `time_limit_exceeded` folder's rule must time out with the margin (`time_limit_to_tle`), unless
    /// submissions.yaml says `use_for_time_limit: false`.
    @Test func timeLimitExceededBoundsTheLimitFromAboveUnlessOptedOut() throws {
        var rule = try #require(CategoryRule.of("time_limit_exceeded"))
        #expect(rule.timeLimitUse == nil)
        #expect(rule.boundsFromAbove)
        rule.timeLimitUse = .upper
        #expect(rule.boundsFromAbove)
        rule.timeLimitUse = CategoryRule.TimeLimitUse.none
        #expect(!rule.boundsFromAbove)
        #expect(try #require(CategoryRule.of("wrong_answer")).boundsFromAbove == false)
    }
}
