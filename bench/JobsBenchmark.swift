import Foundation
import PanelCore
import Sandbox

/// `panel-bench --jobs N`: the wall time of judging one submission of many small tests, and of `panel verify`
/// on the whole bank (or the given problems), at -j 1 and at -j N, in alternating rounds so both see the same
/// machine load. Also the median per-case CPU time at each (and the median ratio of each reference
/// solution's slowest case in verify), which pinning should keep equal, and whether the verdicts match.
func jobsBenchmark(
    jobs: Int, rounds: Int, judge baseJudge: Judge, sandbox: Sandbox, solution: URL, problem: ProblemPackage,
    verifyProblems: [String]
) -> Int32 {
    var wall: [Int: [Double]] = [:]
    var cpu: [Int: [Double]] = [:]
    var verdicts: [Int: [String]] = [:]
    var pinning: [Int: String] = [:]
    // A first judging compiles the program, so no round below pays for the compiler.
    _ = try? baseJudge.judge(source: solution, displayName: solution.lastPathComponent, problem: problem)
    for round in 0..<rounds {
        // Alternate which goes first, so neither always meets the other's leftovers.
        for width in round % 2 == 0 ? [1, jobs] : [jobs, 1] {
            var judge = baseJudge
            judge.jobs = width
            judge.cpuPlan = sandbox.reserve(jobs: width)
            let start = ContinuousClock.now
            let report: SubmissionReport
            do {
                report = try judge.judge(source: solution, displayName: solution.lastPathComponent, problem: problem)
            } catch {
                fail("\(error)")
            }
            wall[width, default: []].append((ContinuousClock.now - start).seconds)
            cpu[width, default: []] += report.tests.map { Double($0.cpuMilliseconds) }
            verdicts[width] = report.tests.map { "\($0.name) \($0.verdict.rawValue)" }
            pinning[width] = report.sandbox.pinning ?? "not said"
        }
    }
    _ = sandbox.reserve(jobs: 1)
    let tests = problem.testCases.count
    print(
        "jobs benchmark: -j 1 against -j \(jobs), \(rounds) rounds alternating; load average before: \(loadAverage())")
    for width in [1, jobs] {
        print("  -j \(width) pinning: \(pinning[width] ?? "")")
    }
    let one = median(wall[1] ?? [])
    let many = median(wall[jobs] ?? [])
    print(String(format: "submission of %d tests, -j 1:  %7.2f s wall (median of %d)", tests, one, rounds))
    print(String(format: "submission of %d tests, -j %d:  %7.2f s wall (median of %d)", tests, jobs, many, rounds))
    print(String(format: "wall ratio -j %d / -j 1:        %7.2fx", jobs, many / one))
    let cpuOne = median(cpu[1] ?? [])
    let cpuMany = median(cpu[jobs] ?? [])
    // cpu_ms is whole milliseconds: cases that take less than a few compare their rounding, not their time (the
    // slowest-case ratio of verify below compares rows of 20 ms or more).
    let ratio =
        min(cpuOne, cpuMany) >= 5
        ? String(format: "ratio %.2f; target within ±5%%", cpuMany / cpuOne)
        : "under the 1 ms resolution of cpu_ms to compare; see the slowest-case ratio of verify"
    print(String(format: "median cpu_ms per case: -j 1 %.1f, -j %d %.1f (", cpuOne, jobs, cpuMany) + ratio + ")")
    print("same verdicts per case: \(verdicts[1] == verdicts[jobs] ? "yes" : "NO")")

    let panel = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
        "panel")
    var verifyWall: [Int: [Double]] = [:]
    var verifyRows: [Int: String] = [:]
    var slowest: [Int: [String: [Double]]] = [:]
    for round in 0..<rounds {
        for width in round % 2 == 0 ? [1, jobs] : [jobs, 1] {
            let start = ContinuousClock.now
            let output = runPanel(panel, ["verify"] + verifyProblems + ["--json", "--jobs", String(width)])
            verifyWall[width, default: []].append((ContinuousClock.now - start).seconds)
            verifyRows[width] = verificationRows(output)
            for (row, milliseconds) in slowestCases(output) {
                slowest[width, default: [:]][row, default: []].append(milliseconds)
            }
        }
    }
    let verifyOne = median(verifyWall[1] ?? [])
    let verifyMany = median(verifyWall[jobs] ?? [])
    let names = verifyProblems.isEmpty ? "(whole bank)" : verifyProblems.joined(separator: ", ")
    print(String(format: "panel verify %@, -j 1:  %7.2f s wall (median of %d)", names, verifyOne, rounds))
    print(String(format: "panel verify %@, -j %d:  %7.2f s wall (median of %d)", names, jobs, verifyMany, rounds))
    print(
        String(
            format: "verify wall ratio -j %d / -j 1: %7.2fx (target on 2 cores: <= 0.6x)", jobs, verifyMany / verifyOne)
    )
    // Each row's median over the rounds at each width, then the median of the per-row ratios; rows under
    // 20 ms are left out, where a millisecond of rounding is 5%.
    let ratios = (slowest[1] ?? [:]).compactMap { row, times -> Double? in
        let one = median(times)
        guard one >= 20, let many = slowest[jobs]?[row] else { return nil }
        return median(many) / one
    }
    print(
        String(
            format: "median ratio of each solution's slowest case, -j %d / -j 1: %.2f (%d rows of 20 ms or more)",
            jobs, median(ratios), ratios.count))
    print("same verification verdicts: \(verifyRows[1] == verifyRows[jobs] ? "yes" : "NO")")
    print("load average after: \(loadAverage())")
    return verdicts[1] == verdicts[jobs] && verifyRows[1] == verifyRows[jobs] ? 0 : 1
}

/// The 1, 5 and 15 minute load averages, for reading the figures on a shared machine.
func loadAverage() -> String {
    let text = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Runs the `panel` binary and returns its stdout.
func runPanel(_ panel: URL, _ arguments: [String]) -> Data {
    let process = Process()
    process.executableURL = panel
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    do {
        try process.run()
    } catch {
        fail("cannot run \(panel.path): \(error)")
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return data
}

/// Each reference solution's slowest case in milliseconds of CPU, by problem and file.
func slowestCases(_ json: Data) -> [(String, Double)] {
    guard let problems = (try? JSONSerialization.jsonObject(with: json)) as? [[String: Any]] else { return [] }
    return problems.flatMap { problem in
        (problem["submissions"] as? [[String: Any]] ?? []).compactMap { row in
            (row["slowest_ms"] as? NSNumber).map {
                ("\(problem["problem"] ?? "") \(row["file"] ?? "")", $0.doubleValue)
            }
        }
    }
}

/// Each problem's solutions with their verdicts and whether they hold, timings left out.
func verificationRows(_ json: Data) -> String {
    guard let problems = (try? JSONSerialization.jsonObject(with: json)) as? [[String: Any]] else {
        return "unreadable"
    }
    return problems.map { problem in
        let rows = (problem["submissions"] as? [[String: Any]] ?? []).map { row in
            "\(row["file"] ?? "") \(row["verdict"] ?? "") \(row["ok"] ?? "")"
        }
        return "\(problem["problem"] ?? ""): " + rows.joined(separator: "; ")
    }.joined(separator: "\n")
}
