import Foundation

/// Turns a judging into the evidence interviewers rate: counts per group and role, the first failure, the
/// measurements against the limits, the "think out loud" and the complexity check.
enum EvidenceCollector {
    /// Compiler warnings kept as lines in the evidence.
    static let warningLinesKept = 5

    /// The evidence of one problem. `report` is nil when the candidate has no solution for it; `solutionNote`
    /// then says why, when the folder holds something like one.
    static func evidence(
        problem: ProblemPackage,
        solution: String?,
        sourceText: String?,
        notes: String?,
        report: SubmissionReport?,
        solutionNote: String? = nil
    ) -> ProblemEvidence {
        let limits = problem.metadata.limits
        let inputSizes = Dictionary(
            problem.testCases.map { ($0.name, Self.size(of: $0.input)) }, uniquingKeysWith: { first, _ in first })
        let runs = (report?.tests ?? []).map { test in
            var run = ProblemEvidence.Run(
                name: test.name, group: test.group, verdict: test.verdict, cpuMilliseconds: test.cpuMilliseconds,
                wallMilliseconds: test.wallMilliseconds, memoryKiB: test.memoryKiB,
                inputBytes: inputSizes[test.name] ?? 0, detail: test.detail)
            run.rerunCPUMilliseconds = test.rerunCPUMilliseconds
            return run
        }

        // Groups come from the package, so tests that never ran (no solution, a compile error) count as failed.
        var groupOrder: [String] = []
        var totals: [String: Int] = [:]
        for testCase in problem.testCases {
            if totals[testCase.group] == nil { groupOrder.append(testCase.group) }
            totals[testCase.group, default: 0] += 1
        }
        let groups = groupOrder.map { name in
            let ran = runs.filter { $0.group == name }
            return ProblemEvidence.Group(
                name: name, role: .of(group: name), passed: ran.count { $0.verdict == .AC },
                total: totals[name] ?? 0, verdicts: counts(ran))
        }

        var build: ProblemEvidence.Build?
        if let compile = report?.compile {
            let warnings = candidateWarnings(in: compile.diagnostics)
            build = .init(
                ok: compile.ok, seconds: (compile.seconds * 100).rounded() / 100, cached: compile.cached,
                warnings: warnings.count, warningLines: warnings.prefix(warningLinesKept).map(String.init),
                errors: compile.ok ? nil : String(compile.diagnostics.prefix(2000)))
        }

        let slowest = runs.max { $0.cpuMilliseconds < $1.cpuMilliseconds }
        let resources = ProblemEvidence.Resources(
            timeLimitMilliseconds: limits.timeLimit.milliseconds, memoryLimitKiB: limits.memoryMiB * 1024,
            maxCPUMilliseconds: slowest?.cpuMilliseconds, maxWallMilliseconds: runs.map(\.wallMilliseconds).max(),
            maxMemoryKiB: runs.map(\.memoryKiB).max(), slowestTest: slowest?.name)

        let explanation =
            solution == nil
            ? Explanation.none
            : Explanation.read(source: sourceText, notes: notes, slug: problem.slug, title: problem.title)
        let performanceRuns = runs.filter { ProblemEvidence.Role.of(group: $0.group) == .performance }

        var evidence = ProblemEvidence(
            problem: problem.slug, title: problem.title, solution: solution, build: build, verdict: report?.verdict,
            score: report?.score,
            tests: .init(passed: runs.count { $0.verdict == .AC }, total: problem.testCases.count),
            groups: groups, verdicts: counts(runs), firstFailure: report?.firstFailure.map(failure),
            resources: resources, explanation: explanation,
            complexity: ComplexityCheck.check(
                complexityLine: explanation.complexityLine, performanceRuns: solution == nil ? [] : performanceRuns),
            runs: runs)
        evidence.solutionNote = solutionNote
        return evidence
    }

    /// The candidate's own warnings ("lru-cache.swift:12:9: warning: ..."), not the linker's notes about the
    /// static runtime, which every program importing Foundation triggers and no candidate can act on.
    static func candidateWarnings(in diagnostics: String) -> [Substring] {
        diagnostics.split(separator: "\n").filter {
            $0.range(of: #"^[^/\s]+\.swift:\d+:\d+: warning:"#, options: .regularExpression) != nil
        }
    }

    private static func counts(_ runs: [ProblemEvidence.Run]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for run in runs { counts[run.verdict.rawValue, default: 0] += 1 }
        return counts
    }

    /// The first failure, as much as may be shown: for a sample the first differing line; for a secret case
    /// only its `.hint`/`.desc` and a custom validator's message (the judge already withholds the rest).
    private static func failure(_ test: TestResult) -> ProblemEvidence.Failure {
        var message = test.message
        if let difference = test.firstDifference {
            message =
                "line \(difference.line): expected \(difference.expected.map { "'\($0)'" } ?? "(end of answer)"), "
                + "got \(difference.actual.map { "'\($0)'" } ?? "(end of output)")"
        }
        return ProblemEvidence.Failure(
            test: test.name, group: test.group, verdict: test.verdict, detail: test.detail, hint: test.hint,
            description: test.caseDescription, message: message.map { String($0.prefix(500)) })
    }

    private static func size(of url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
