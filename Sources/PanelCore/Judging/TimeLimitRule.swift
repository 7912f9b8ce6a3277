import Foundation

/// The one rule that sets a problem's time limit, shared by `submit`, `loop` and `verify`.
///
/// A stated limit wins: `limits.time_limit`, else a `.timelimit` file (as DOMjudge reads it). Without one, the
/// limit is derived as problemtools' verifyproblem derives it and the 2025-09 spec defines it ("the smallest
/// integer multiple of `time_resolution`" with `T_ac * ac_to_time_limit <= time_limit`): the slowest case of
/// the accepted reference solutions times `ac_to_time_limit`, rounded up to a multiple of `time_resolution`,
/// and at least one `time_resolution`. The accepted solutions run once, each under ``ceiling``; the result is
/// kept in Panel's cache (`<cache>/time-limits/`), keyed by the package's files, the toolchains those solutions
/// need and the language table, so a later `submit` or `loop` takes it from there.
///
/// When no accepted solution is judged AC here (none ships, none has its toolchain on this machine, or none
/// passes), the limit is one `time_resolution` (1 s unless stated): the smallest the spec's rule allows, and
/// BAPCtools' default (`time_limit` defaults to `time_resolution`); never the 2 s Panel once used, which no
/// reference tool uses.
public struct TimeLimitRule: Sendable {
    /// The judge that runs the accepted solutions; its cache folder holds the derived limits.
    public let judge: Judge

    /// The CPU time each accepted solution may take per case while the limit is derived: `bt time_limit`'s
    /// default timeout (problemtools allows 300 s, which a hanging solution would spend on every case).
    static let ceiling: Duration = .seconds(60)

    /// Creates the rule for `judge`.
    public init(judge: Judge) {
        self.judge = judge
    }

    /// What the derivation found, as kept in the cache.
    struct Derivation: Codable, Equatable {
        /// The limit, in milliseconds.
        var milliseconds: Int
        /// How many accepted solutions were judged AC and timed.
        var accepted: Int
        /// Their slowest case, in CPU milliseconds (nil when none was judged).
        var slowestMilliseconds: Int?
    }

    /// `problem` with its time limit resolved: unchanged when the package states one, else with the derived
    /// limit (or the fallback) and a source saying which. `progress` names the step while solutions run.
    ///
    /// - Throws: ``JudgeSetupError`` for a broken `submissions.yaml` or a failure of Panel itself; a solution
    ///   that cannot be built or judged is left out, never thrown.
    public func resolve(_ problem: ProblemPackage, progress: (String) -> Void = { _ in }) throws(JudgeSetupError)
        -> ProblemPackage
    {
        guard problem.metadata.limits.timeLimitPending else { return problem }
        let entry = try cacheEntry(problem)
        if let cached = Self.load(entry.file) { return Self.resolved(problem, cached) }
        // One derivation per key at a time, in this process (a cohort's candidates) and across processes: the
        // second waits and finds the entry.
        let lock: KeyLock
        do {
            lock = try KeyLock(judge.cache.directory.appendingPathComponent("locks").appendingPathComponent(entry.key))
        } catch {
            throw .panel(error)
        }
        defer { lock.release() }
        if let cached = Self.load(entry.file) { return Self.resolved(problem, cached) }
        let derivation = try derive(
            problem, accepted: entry.accepted, expectations: entry.expectations, progress: progress)
        record(derivation, at: entry.file)
        return Self.resolved(problem, derivation)
    }

    /// Where the derivation for `problem` is kept, with the accepted solutions it rests on.
    struct CacheEntry {
        var file: URL
        var key: String
        var accepted: [ReferenceSubmission]
        var expectations: SubmissionExpectations
    }

    /// The cache entry of `problem`'s derivation (which may not exist yet).
    func cacheEntry(_ problem: ProblemPackage) throws(JudgeSetupError) -> CacheEntry {
        let expectations: SubmissionExpectations
        do {
            expectations = try SubmissionExpectations.read(problem)
        } catch {
            throw .spec(error)
        }
        let accepted = problem.submissions.filter { submission in
            Self.isAccepted(expectations.rules(for: Self.path(of: submission), source: submission.source))
        }
        let key = cacheKey(problem, accepted: accepted)
        let file = judge.cache.directory.appendingPathComponent("time-limits").appendingPathComponent(key)
        return CacheEntry(file: file, key: key, accepted: accepted, expectations: expectations)
    }

    /// The derivation kept at `file`, if there is a readable one.
    static func load(_ file: URL) -> Derivation? {
        FileManager.default.contents(atPath: file.path).flatMap {
            try? JSONDecoder().decode(Derivation.self, from: $0)
        }
    }

    /// Keeps `derivation` at `file` for later commands.
    func record(_ derivation: Derivation, at file: URL) {
        if let data = try? JSONEncoder().encode(derivation) { TestRunCache.publish(data, at: file) }
    }

    /// `problem` judged at the derivation's limit, its source saying where the limit came from.
    static func resolved(_ problem: ProblemPackage, _ derivation: Derivation) -> ProblemPackage {
        var resolved = problem
        resolved.metadata.limits.timeLimit = .milliseconds(Int64(derivation.milliseconds))
        resolved.metadata.limits.timeLimitSource = source(derivation, limits: problem.metadata.limits)
        return resolved
    }

    /// `problem` at the ceiling the accepted solutions run under while the limit is derived (as problemtools
    /// judges accepted solutions before it knows the limit).
    static func atCeiling(_ problem: ProblemPackage) -> ProblemPackage {
        var ceilingProblem = problem
        ceilingProblem.metadata.limits.timeLimit = ceiling
        ceilingProblem.metadata.limits.timeLimitSource = "ceiling while the time limit is derived"
        return ceilingProblem
    }

    /// The derivation from the slowest case of each accepted solution judged AC (none: the fallback).
    static func derivation(slowestCases: [Int], limits: ProblemLimits) -> Derivation {
        guard let slowest = slowestCases.max() else {
            return Derivation(milliseconds: Int(limits.timeResolution.milliseconds), accepted: 0)
        }
        let limit = derivedLimit(
            slowest: .milliseconds(Int64(slowest)), factor: limits.timeMultiplier, resolution: limits.timeResolution)
        return Derivation(
            milliseconds: Int(limit.milliseconds), accepted: slowestCases.count, slowestMilliseconds: slowest)
    }

    /// The limit the slowest accepted case gives: `slowest * factor` rounded up to a multiple of `resolution`,
    /// at least one `resolution` (problemtools' `max(1, ceil(T_ac * ac_to_time_limit / resolution)) * resolution`).
    public static func derivedLimit(slowest: Duration, factor: Double, resolution: Duration) -> Duration {
        let step = max(1, resolution.milliseconds)
        let wanted = Double(slowest.milliseconds) * factor / Double(step)
        // A product such as 0.35 * 2 that lands a hair above a whole number of steps is that number.
        let steps = max(1, Int((wanted - 1e-9).rounded(.up)))
        return .milliseconds(Int64(steps * step))
    }

    /// The report's words for where a derived limit came from.
    static func source(_ derivation: Derivation, limits: ProblemLimits) -> String {
        let step = "\(max(1, limits.timeResolution.milliseconds)) ms"
        guard let slowest = derivation.slowestMilliseconds, derivation.accepted > 0 else {
            return "default: one time_resolution (\(step)); no accepted solution could be judged on this machine"
        }
        let solutions = derivation.accepted == 1 ? "1 accepted solution" : "\(derivation.accepted) accepted solutions"
        return "derived from \(solutions): slowest case \(slowest) ms x \(Self.number(limits.timeMultiplier)) "
            + "(ac_to_time_limit), rounded up to a multiple of \(step)"
    }

    /// Whether `rules` make a submission one that bounds the limit from below: AC on every case and nothing
    /// else (the `accepted/` folder, or a submissions.yaml entry saying so) unless `use_for_time_limit: false`
    /// opts that rule out, or any rule with `use_for_time_limit: lower` (``CategoryRule/boundsFromBelow``).
    static func isAccepted(_ rules: [CategoryRule]) -> Bool {
        rules.contains { $0.boundsFromBelow }
    }

    /// Whether a lower-bound submission is timed on some cases only: its rules bounding the limit from below
    /// are all about test groups (`sample: {use_for_time_limit: lower}`). It is then timed on those cases and
    /// judged again, in full, once the limit is known.
    static func isTimedOnPart(_ rules: [CategoryRule]) -> Bool {
        isAccepted(rules) && !rules.contains { $0.boundsFromBelow && $0.cases == nil }
    }

    /// `problem` with the cases a lower-bound submission is timed on: every case, or for one timed on part
    /// (``isTimedOnPart(_:)``) those its lower-bound rules are about.
    static func timedCases(_ problem: ProblemPackage, rules: [CategoryRule]) -> ProblemPackage {
        guard isTimedOnPart(rules) else { return problem }
        var timed = problem
        timed.testCases = problem.testCases.filter { test in
            rules.contains { $0.boundsFromBelow && $0.isAbout(test.name) }
        }
        return timed
    }

    /// Whether a lower-bound submission's run counts for the limit: AC, or WA or RTE where a rule opted it in
    /// with `use_for_time_limit: lower` (as `permitted: [AC, WA, RTE]`: its slowest case counts whatever it
    /// printed).
    static func counts(_ verdict: Verdict, under rules: [CategoryRule]) -> Bool {
        verdict == .AC || ([.WA, .RTE].contains(verdict) && rules.contains { $0.timeLimitUse == .lower })
    }

    /// A submission's path under `submissions/`, as submissions.yaml patterns name it.
    static func path(of submission: ReferenceSubmission) -> String {
        "\(submission.category)/\(submission.source.lastPathComponent)"
    }

    /// Runs every accepted solution under ``ceiling`` and derives the limit from the slowest case of those
    /// judged AC; one that does not build, lacks its toolchain or fails is left out (verify reports it).
    private func derive(
        _ problem: ProblemPackage, accepted: [ReferenceSubmission], expectations: SubmissionExpectations,
        progress: (String) -> Void
    ) throws(JudgeSetupError) -> Derivation {
        let ceilingProblem = Self.atCeiling(problem)
        var slowestCases: [Int] = []
        for submission in accepted {
            let path = Self.path(of: submission)
            progress("deriving the time limit: \(path)")
            let program = expectations.program(for: path)
            var options = Judge.Options(failFast: true, checksCodeSize: false)
            options.language = program.language
            options.entrypoint = program.entrypoint
            let report: SubmissionReport
            let rules = expectations.rules(for: path, source: submission.source)
            do throws(JudgeSetupError) {
                report = try judge.judge(
                    source: submission.source, displayName: path,
                    problem: Self.timedCases(ceilingProblem, rules: rules), options: options)
            } catch .languageUnavailable {
                continue
            }
            // A multi-pass case counts its slowest pass: the limit applies to each pass.
            let slowest = report.tests.map(\.limitedCPUMilliseconds).max()
            guard report.compile.ok, Self.counts(report.verdict, under: rules), let slowest else { continue }
            slowestCases.append(slowest)
        }
        return Self.derivation(slowestCases: slowestCases, limits: problem.metadata.limits)
    }

    /// Everything the derived limit depends on: the rule's version, the package's files (data, solutions,
    /// validators, problem.yaml), each accepted solution's language with its commands and the identity of the
    /// tools they start (path, size, modification time: an upgraded compiler is another toolchain), and
    /// whether cgroups measure the CPU time.
    private func cacheKey(_ problem: ProblemPackage, accepted: [ReferenceSubmission]) -> String {
        var parts = ["time-limit-rule 1", Self.packageDigest(problem.directory)]
        for submission in accepted {
            parts.append(Self.path(of: submission))
            guard let language = judge.languages.detect(ProgramBuilder.files(of: submission.source))?.language
            else {
                parts.append("no language")
                continue
            }
            parts.append(language.id)
            for command in [language.compile ?? [], language.run] {
                parts.append(command.joined(separator: " "))
                parts.append(language.tool(of: command).map(Self.toolIdentity) ?? "absent")
            }
        }
        parts.append(judge.sandbox.isolation.limits)
        return TestRunCache.key(parts)
    }

    /// The SHA-256 of the package's files (names and contents, in name order), hidden ones left out: a `.git`
    /// folder would cost time and say nothing, and `.panel/cache`, where Panel run inside the package keeps
    /// its cache, would change the key with every entry written.
    static func packageDigest(_ directory: URL) -> String {
        var digest = SHA256()
        let files = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var names: [(String, URL)] = []
        let base = directory.standardizedFileURL.path
        while let file = files?.nextObject() as? URL {
            guard (try? file.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let path = file.standardizedFileURL.path
            names.append((path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path, file))
        }
        for (name, file) in names.sorted(by: { $0.0 < $1.0 }) {
            guard let data = FileManager.default.contents(atPath: file.path) else { continue }
            digest.update(Array("\(name)\0\(data.count)\0".utf8))
            digest.update(Array(data))
        }
        return digest.hexDigest()
    }

    /// A tool's resolved path, size and modification time.
    private static func toolIdentity(_ path: String) -> String {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved) else { return resolved }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(resolved) \(size) \(modified)"
    }

    /// `2` rather than `2.0`, `1.5` as it is.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
