// An example external interviewer for Panel: "the edge-case hunter", a senior engineer who has been paged
// for every boundary bug in production and rates a round by the cases that break code.
//
// It speaks Panel's interviewer protocol, version 2 (docs/INTERVIEWERS.md): one JSON request on stdin (the
// round and its evidence, nothing about other rounds), one JSON scorecard on stdout, and a log on stderr.
// Panel compiles this file like a submission and runs it sandboxed, with a time limit; if it fails, its
// round gets no_decision and the loop is on HOLD.
//
// Copy it as a starting point for an interviewer of your own, in any language.

import Foundation

// MARK: - The parts of the request this interviewer reads

struct Request: Decodable {
    let protocolVersion: Int
    let candidate: String
    let round: Round
    let evidence: Evidence

    struct Round: Decodable {
        let id: String
        let title: String
    }

    struct Evidence: Decodable {
        let problems: [Problem]
    }

    struct Problem: Decodable {
        let problem: String
        let solution: String?
        let build: Build?
        let tests: Counts
        let groups: [Group]
        let verdicts: [String: Int]
        let firstFailure: Failure?
        let resources: Resources
        let explanation: Explanation
        /// The candidate's own tests (protocol version 2); absent without a solution.
        let candidateTests: OwnTests?
    }

    struct OwnTests: Decodable {
        let written: Int
        let valid: Int
        let answers: Int
        let rightAnswers: Int
        let bugsKnown: Int
        let bugsCaught: Int
    }

    struct Build: Decodable {
        let ok: Bool
        let warnings: Int
    }

    struct Counts: Decodable {
        let passed: Int
        let total: Int
    }

    struct Group: Decodable {
        let name: String
        let role: String
        let passed: Int
        let total: Int
    }

    struct Failure: Decodable {
        let test: String
        let verdict: String
        let hint: String?
        let description: String?
    }

    struct Resources: Decodable {
        let timeLimitMs: Int
        let maxCpuMs: Int?
    }

    struct Explanation: Decodable {
        let edgeCases: Bool
    }
}

// MARK: - The scorecard it writes

struct Rated: Encodable {
    let rating: String
    let reasons: [String]
}

struct Response: Encodable {
    let protocolVersion = 2
    let interviewer = "Edge-case hunter (senior engineer, production on-call)"
    let version = "1.0"
    let recommendation: String
    let attributes: [String: Rated]
    let strengths: [String]
    let concerns: [String]
    let notes: String

    enum CodingKeys: String, CodingKey {
        case protocolVersion = "protocol_version"
        case interviewer, version, recommendation, attributes, strengths, concerns, notes
    }
}

let levels = ["strong_no_hire", "no_hire", "hire", "strong_hire"]

func log(_ message: String) {
    FileHandle.standardError.write(Data("edge-case-hunter: \(message)\n".utf8))
}

func share(_ groups: [Request.Group], role: String) -> (passed: Int, total: Int) {
    groups.filter { $0.role == role }.reduce((0, 0)) { ($0.0 + $1.passed, $0.1 + $1.total) }
}

/// Rates one problem; each attribute is an index into `levels`, or nil for not assessed.
func rate(_ problem: Request.Problem) -> [String: (level: Int, reason: String)] {
    guard problem.solution != nil else {
        let reason = "no solution for \(problem.problem)"
        return ["problem_solving": (0, reason), "testing": (0, reason), "technical_competency": (0, reason)]
    }
    var ratings: [String: (level: Int, reason: String)] = [:]
    let edge = share(problem.groups, role: "correctness")
    let edgeRate = edge.total == 0 ? 1.0 : Double(edge.passed) / Double(edge.total)
    let named = problem.explanation.edgeCases
    // Tests of their own that catch at least half the package's known bugs count as much as naming the edge cases.
    let own = problem.candidateTests
    let catches = own.map { $0.bugsKnown > 0 && $0.bugsCaught * 2 >= $0.bugsKnown } ?? false
    var edgeLevel = edgeRate == 1 ? (named || catches ? 3 : 2) : edgeRate >= 0.8 ? 1 : 0
    // An expected answer that is wrong is a test that would fail correct code.
    if let own, own.rightAnswers < own.answers { edgeLevel = max(0, edgeLevel - 1) }
    var testing =
        "\(problem.problem): \(edge.passed)/\(edge.total) hidden edge cases pass"
        + (named ? ", and the candidate named the edge cases up front" : ", edge cases not named in the notes")
    if let own {
        testing +=
            own.written == 0
            ? "; no tests written"
            : "; own tests: \(own.valid)/\(own.written) valid, \(own.rightAnswers)/\(own.answers) answers right, "
                + "catch \(own.bugsCaught) of \(own.bugsKnown) known bugs"
    }
    ratings["testing"] = (edgeLevel, testing)

    let all = problem.tests
    let allRate = all.total == 0 ? 0 : Double(all.passed) / Double(all.total)
    ratings["problem_solving"] = (
        allRate == 1 ? 3 : allRate >= 0.9 ? 2 : allRate >= 0.6 ? 1 : 0,
        "\(problem.problem): \(all.passed)/\(all.total) tests pass"
    )

    let crashes = problem.verdicts["RTE"] ?? 0
    if let build = problem.build {
        let level = !build.ok ? 0 : crashes > 0 ? 1 : build.warnings > 0 ? 2 : 3
        ratings["technical_competency"] = (
            level,
            !build.ok
                ? "\(problem.problem) does not compile"
                : "\(problem.problem): \(crashes) run-time error(s), \(build.warnings) compiler warning(s)"
        )
    }

    let performance = share(problem.groups, role: "performance")
    if performance.total > 0, let cpu = problem.resources.maxCpuMs {
        let fraction = Double(cpu) / Double(max(1, problem.resources.timeLimitMs))
        let level = performance.passed < performance.total ? 0 : fraction <= 0.5 ? 3 : 2
        ratings["efficiency"] = (
            level,
            "\(problem.problem): \(performance.passed)/\(performance.total) performance cases, "
                + "slowest \(cpu) ms of \(problem.resources.timeLimitMs) ms"
        )
    }
    return ratings
}

// MARK: - Main

let input = FileHandle.standardInput.readDataToEndOfFile()
let decoder = JSONDecoder()
decoder.keyDecodingStrategy = .convertFromSnakeCase
guard let request = try? decoder.decode(Request.self, from: input) else {
    log("the request is not the JSON this interviewer understands")
    exit(2)
}
guard request.protocolVersion == 2 else {
    log("request speaks protocol version \(request.protocolVersion); this interviewer speaks 2")
    exit(2)
}
log("rating round \(request.round.id) of \(request.candidate): \(request.evidence.problems.count) problem(s)")

// Each attribute takes the lowest rating any problem gets; communication is left to the humans.
var merged: [String: (level: Int, reasons: [String])] = [:]
for problem in request.evidence.problems {
    for (attribute, rating) in rate(problem) {
        let previous = merged[attribute]
        merged[attribute] = (min(previous?.level ?? 3, rating.level), (previous?.reasons ?? []) + [rating.reason])
    }
}
var attributes: [String: Rated] = merged.mapValues { Rated(rating: levels[$0.level], reasons: $0.reasons) }
attributes["communication"] = Rated(rating: "not_assessed", reasons: ["left to the human interviewers"])

// The hunter is strict: the overall is the lowest rated attribute.
let overall = merged.values.map(\.level).min() ?? 0
var concerns: [String] = []
for problem in request.evidence.problems {
    if let failure = problem.firstFailure {
        let about = failure.description ?? failure.hint ?? "no hint given"
        concerns.append("\(problem.problem): \(failure.test) fails with \(failure.verdict) — \(about)")
    }
}
let strengths = merged.filter { $0.value.level == 3 }.keys.sorted().map {
    "\($0.replacingOccurrences(of: "_", with: " ")): \(merged[$0]?.reasons.first ?? "")"
}
let response = Response(
    recommendation: levels[overall], attributes: attributes, strengths: strengths, concerns: concerns,
    notes: "Strict by design: the overall is the weakest attribute. Communication is for the humans.")

let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
guard let output = try? encoder.encode(response) else {
    log("cannot encode the scorecard")
    exit(3)
}
FileHandle.standardOutput.write(output)
log("recommendation: \(levels[overall])")
