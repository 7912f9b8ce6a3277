// panel-bench: prints what Panel costs. Not a test: figures depend on the machine and its load.
//
//   swift run -c release panel-bench [--tests N] [--rounds R]
//   swift run -c release panel-bench --stress-spawn N [--spawners S] [--churners C]
//   swift run -c release panel-bench --fork-bomb N [--bomb PROGRAM]
//   swift run -c release panel-bench --jobs N [--tests T] [--rounds R] [--verify p1,p2,…]
//
// --jobs: wall time of judging the T-test submission and of `panel verify` on the whole bank, or the given
// shipped problems (run from the repository root), at -j 1 and at -j N, alternating, with the median
// per-case CPU time at each and whether the verdicts match.
//
// --stress-spawn: N sandboxed runs of /bin/true from S threads at once while C threads create threads and
// allocate without pause (the glibc locks a child between fork and exec must never need), with a watchdog
// that kills a child stuck before its exec. Prints the hangs and wrong outcomes (goal: 0 of N).
//
// --fork-bomb: N runs of a fork bomb (Python, or PROGRAM: Tests/Fixtures/hostile/fork-bomb.swift compiled forks faster) under a 1 s wall-clock limit and 64 processes; prints how long
// each run took from start to return, how much of it came after the wall-clock limit (killing what it forked),
// and how many processes survived. Run it as root and as a user, with and without cgroups.
//
// 1. compile time of a typical solution (cold cache), 2. a cached resubmit, 3. Panel's per-test cost
// against running the same binary on the same inputs in a bare shell loop (median ms per test).
import Dispatch
import Foundation
import PanelCore
import Sandbox
import Synchronization

let arguments = CommandLine.arguments
let testCount = arguments.firstIndex(of: "--tests").flatMap { Int(arguments[$0 + 1]) } ?? 200
let manager = FileManager.default
let work = manager.temporaryDirectory.appendingPathComponent("panel-bench-\(UUID().uuidString)")
defer { try? manager.removeItem(at: work) }

func fail(_ message: String) -> Never {
    Sandbox.interruptAll()
    FileHandle.standardError.write(Data("panel-bench: \(message)\n".utf8))
    exit(3)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1
        ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The spawn stress (see the header): returns the number of hangs plus wrong outcomes.
func stressSpawn(count: Int, spawners: Int, churners: Int) -> Int {
    let sandbox = Sandbox()
    let limits = ResourceLimits(
        cpuTime: .seconds(5), wallTime: .seconds(10), memoryBytes: 256 << 20, outputBytes: 1 << 20, processCount: 64)
    let next = Atomic<Int>(0)
    let hangs = Atomic<Int>(0)
    let wrong = Atomic<Int>(0)
    let churning = Atomic<Bool>(true)
    let started = Mutex([Int: ContinuousClock.Instant]())
    let examples = Mutex([String]())
    let group = DispatchGroup()
    let begin = ContinuousClock.now

    for _ in 0..<churners {
        Thread.detachNewThread {
            while churning.load(ordering: .relaxed) {
                // Threads born and joined without pause: glibc's stack cache and its lock, always in use.
                var thread = pthread_t()
                if pthread_create(
                    &thread, nil,
                    { _ in
                        if let block = malloc(1 << 16) {
                            memset(block, 1, 1 << 16)
                            free(block)
                        }
                        return nil
                    }, nil) == 0
                {
                    pthread_join(thread, nil)
                }
                let block = malloc(Int.random(in: 1...(1 << 20)))
                free(block)
            }
        }
    }
    for worker in 0..<spawners {
        let root = work.appendingPathComponent("stress-root-\(worker)")
        try? manager.createDirectory(at: root, withIntermediateDirectories: true)
        group.enter()
        Thread.detachNewThread {
            defer { group.leave() }
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                if index >= count { return }
                let spec = ProcessSpec(
                    executable: "/bin/true", environment: ["PATH=/usr/bin:/bin"], stdinPath: nil,
                    stdoutPath: work.appendingPathComponent("out-\(worker)").path,
                    stderrPath: work.appendingPathComponent("err-\(worker)").path, privateRoot: root.path,
                    executableAsProgram: false, binds: ProcessSpec.systemBinds)
                started.withLock { $0[worker] = .now }
                let outcome = Result { try sandbox.run(spec, limits: limits) }
                started.withLock { $0[worker] = nil }
                var problem: String?
                switch outcome {
                case .success(let run) where run.termination.isSuccess: break
                case .success(let run): problem = "run \(index): \(run.termination)"
                case .failure(let error): problem = "run \(index): \(error)"
                }
                if let problem {
                    wrong.add(1, ordering: .relaxed)
                    examples.withLock { if $0.count < 5 { $0.append(problem) } }
                }
                if index > 0 && index % 1000 == 0 {
                    let seconds = (ContinuousClock.now - begin).seconds
                    FileHandle.standardError.write(Data("stress: \(index) of \(count) runs, \(Int(seconds)) s\n".utf8))
                }
            }
        }
    }
    // The watchdog: a run that has not returned in 15 s is a hang; its child, still Panel's image (never
    // exec'd), is killed so that the spawner can go on.
    let watchdog = Thread {
        var reported = Set<Int>()
        while churning.load(ordering: .relaxed) {
            sleep(1)
            let stuck = started.withLock { $0.filter { ContinuousClock.now - $0.value > .seconds(15) } }
            for (worker, _) in stuck where !reported.contains(worker) {
                reported.insert(worker)
                hangs.add(1, ordering: .relaxed)
                FileHandle.standardError.write(
                    Data("stress: spawner \(worker) hangs; killing unexec'd children\n".utf8))
                killUnexecutedChildren()
            }
            reported = reported.filter { worker in stuck.contains { $0.key == worker } }
        }
    }
    watchdog.start()
    group.wait()
    churning.store(false, ordering: .relaxed)
    let seconds = (ContinuousClock.now - begin).seconds
    sandbox.shutdown()
    print(
        String(
            format: "spawn stress: %d runs from %d threads with %d churning threads in %.1f s (%.2f ms per run)",
            count, spawners, churners, seconds, seconds * 1000 / Double(max(count, 1))))
    print("hangs: \(hangs.load(ordering: .relaxed)) of \(count)")
    print("wrong outcomes: \(wrong.load(ordering: .relaxed)) of \(count)")
    for example in examples.withLock({ $0 }) { print("  \(example)") }
    return hangs.load(ordering: .relaxed) + wrong.load(ordering: .relaxed)
}

/// Kills this process's children that still run its own executable (stuck between fork and exec).
func killUnexecutedChildren() {
    let me = getpid()
    let ownImage = (try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
    for name in (try? manager.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let pid = Int32(name), pid != me,
            let status = try? String(contentsOfFile: "/proc/\(name)/status", encoding: .utf8),
            status.split(separator: "\n").contains(where: { $0 == "PPid:\t\(me)" }),
            (try? manager.destinationOfSymbolicLink(atPath: "/proc/\(name)/exe")) == ownImage
        else { continue }
        kill(pid, SIGKILL)
    }
}

if let index = arguments.firstIndex(of: "--stress-spawn") {
    let count = Int(arguments.dropFirst(index + 1).first ?? "") ?? 1000
    let spawners = arguments.firstIndex(of: "--spawners").flatMap { Int(arguments[$0 + 1]) } ?? 4
    let churners = arguments.firstIndex(of: "--churners").flatMap { Int(arguments[$0 + 1]) } ?? 2
    try? manager.createDirectory(at: work, withIntermediateDirectories: true)
    let failures = stressSpawn(count: count, spawners: spawners, churners: churners)
    try? manager.removeItem(at: work)
    exit(failures == 0 ? 0 : 1)
}

/// The fork-bomb cleanup figures (see the header); returns the number of runs that left a process behind.
func forkBomb(count: Int, program: String?) -> Int {
    let sandbox = Sandbox()
    defer { sandbox.shutdown() }
    let limits = ResourceLimits(
        cpuTime: .seconds(1), wallTime: .seconds(1), memoryBytes: 256 << 20, outputBytes: 1 << 20, processCount: 64)
    print(
        "fork bomb: \(count) runs; isolation: \(sandbox.isolation.limits); namespaces \(sandbox.isolation.namespaces)")
    // Every process forks without end and shrugs off a refused fork (RLIMIT_NPROC, the pids cgroup).
    let bomb = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    var totals: [Double] = []
    var cleanups: [Double] = []
    var leaky = 0
    for _ in 0..<count {
        let spec = ProcessSpec(
            executable: program ?? "/usr/bin/python3", arguments: program == nil ? ["-c", bomb] : [],
            environment: ["PATH=/usr/bin:/bin"],
            stdinPath: nil, stdoutPath: work.appendingPathComponent("bomb-out").path,
            stderrPath: work.appendingPathComponent("bomb-err").path)
        let start = ContinuousClock.now
        guard (try? sandbox.run(spec, limits: limits)) != nil else { fail("the fork bomb did not start") }
        let total = (ContinuousClock.now - start).seconds * 1000
        totals.append(total)
        cleanups.append(total - limits.wallTime.seconds * 1000)
        // As `panel doctor` does: a killed process of the box may still be exiting for a moment.
        usleep(200_000)
        if !sandbox.leftoverProcesses().isEmpty { leaky += 1 }
    }
    print(String(format: "run, start to return:        %8.1f ms (median; max %.1f)", median(totals), totals.max() ?? 0))
    print(
        String(
            format: "beyond the wall-clock limit: %8.1f ms (median; max %.1f)", median(cleanups), cleanups.max() ?? 0))
    print("runs that left a process in the box: \(leaky) of \(count)")
    return leaky
}

if let index = arguments.firstIndex(of: "--fork-bomb") {
    try? manager.createDirectory(at: work, withIntermediateDirectories: true)
    let leaky = forkBomb(
        count: Int(arguments.dropFirst(index + 1).first ?? "") ?? 5,
        program: arguments.firstIndex(of: "--bomb").map { arguments[$0 + 1] })
    try? manager.removeItem(at: work)
    exit(leaky == 0 ? 0 : 1)
}

// A problem with `testCount` small cases: read a line of numbers, print their sum.
let problemDirectory = work.appendingPathComponent("bench-sum")
let secret = problemDirectory.appendingPathComponent("data/secret")
do {
    try manager.createDirectory(at: secret, withIntermediateDirectories: true)
    try "name: Bench Sum\nlimits:\n  time_limit: 1\n  memory: 256\n".write(
        to: problemDirectory.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
    var generator = SystemRandomNumberGenerator()
    for index in 0..<testCount {
        let numbers = (0..<20).map { _ in Int.random(in: -1000...1000, using: &generator) }
        let name = String(format: "%04d", index)
        try "\(numbers.count)\n\(numbers.map(String.init).joined(separator: " "))\n".write(
            to: secret.appendingPathComponent("\(name).in"), atomically: true, encoding: .utf8)
        try "\(numbers.reduce(0, +))\n".write(
            to: secret.appendingPathComponent("\(name).ans"), atomically: true, encoding: .utf8)
    }
} catch {
    fail("cannot write the benchmark problem: \(error)")
}
let solution = work.appendingPathComponent("bench-sum.swift")
let solutionText = """
    // A typical interview solution: read with readLine, compute, print.
    _ = readLine()
    let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
    var total = 0
    for number in numbers { total += number }
    print(total)
    // \(UUID().uuidString): a fresh cache key, so the first compile is cold.

    """
try? solutionText.write(to: solution, atomically: true, encoding: .utf8)

let sandbox = Sandbox()
defer { sandbox.shutdown() }
let environment = ProcessInfo.processInfo.environment
let compiler: SwiftCompiler
do {
    compiler = try SwiftCompiler(sandbox: sandbox, environment: environment)
} catch {
    fail("\(error)")
}
let cache = CompileCache(directory: work.appendingPathComponent("cache"), compiler: compiler)
let judge = Judge(sandbox: sandbox, cache: cache)
let problem: ProblemPackage
do {
    problem = try ProblemLoader.load(problemDirectory)
} catch {
    fail("\(error)")
}

print(
    "Panel benchmark: \(testCount) small tests, one at a time, on \(ProcessInfo.processInfo.activeProcessorCount) cores"
)
print(
    "isolation: \(sandbox.isolation.limits); uid \(sandbox.isolation.runAsUID.map(String.init) ?? "unchanged"); "
        + "namespaces \(sandbox.isolation.namespaces.joined(separator: ","))")
print("compiler: \(compiler.version)")

if let index = arguments.firstIndex(of: "--jobs") {
    let jobs = Int(arguments.dropFirst(index + 1).first ?? "") ?? max(2, CPUTopology.current.defaultJobs)
    let verify = arguments.firstIndex(of: "--verify").map { arguments[$0 + 1].split(separator: ",").map(String.init) }
    exit(
        jobsBenchmark(
            jobs: jobs, rounds: arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 3,
            judge: judge, sandbox: sandbox, solution: solution, problem: problem,
            verifyProblems: verify ?? []))
}

// 1 and 2: a cold compile, then a cached resubmit (the whole compile step, cache hit).
let source: SourceFile
do {
    source = try SourceFile(contentsOf: solution)
} catch {
    fail("\(error)")
}
let coldStart = ContinuousClock.now
let cold = try? cache.program(for: [source], timeLimit: .seconds(60), memoryMiB: 2048)
let coldSeconds = (ContinuousClock.now - coldStart).seconds
guard let cold, cold.ok, let program = cold.program else { fail("the benchmark solution did not compile") }
var hits: [Double] = []
for _ in 0..<5 {
    let start = ContinuousClock.now
    _ = try? cache.program(for: [source], timeLimit: .seconds(60), memoryMiB: 2048)
    hits.append((ContinuousClock.now - start).seconds * 1000)
}
print(String(format: "compile (cold cache):        %8.2f s", coldSeconds))
print(String(format: "cached resubmit (cache hit): %8.2f ms (median of 5)", median(hits)))

// 3. Panel against the bare loop, in alternating rounds so both see the same machine load.
let rounds = arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 3
var perTest: [Double] = []
var bareTimes: [Double] = []
var panelTotal = 0.0
let bare = work.appendingPathComponent("bare")
try? manager.createDirectory(at: bare, withIntermediateDirectories: true)
try? manager.copyItem(at: program, to: bare.appendingPathComponent("program"))

for _ in 0..<rounds {
    // Panel: every test through the sandbox and the default validator, timed from start to verdict.
    var started: [String: ContinuousClock.Instant] = [:]
    let panelStart = ContinuousClock.now
    let report: SubmissionReport
    do {
        report = try judge.judge(source: solution, displayName: solution.lastPathComponent, problem: problem) {
            event in
            switch event {
            case .running(_, _, let name): started[name] = .now
            case .finished(let result):
                if let start = started[result.name] { perTest.append((ContinuousClock.now - start).seconds * 1000) }
            default: break
            }
        }
    } catch {
        fail("\(error)")
    }
    panelTotal += (ContinuousClock.now - panelStart).seconds
    guard report.verdict == .AC else { fail("the benchmark solution got \(report.verdict.rawValue), expected AC") }

    // The bare loop: the same binary on the same inputs from a shell, each run timed by bash itself.
    let script = """
        cd "\(bare.path)"
        for f in "\(secret.path)"/*.in; do
          s=$EPOCHREALTIME; ./program < "$f" > out; e=$EPOCHREALTIME
          echo "$s $e"
        done
        """
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/bash")
    shell.arguments = ["-c", script]
    let pipe = Pipe()
    shell.standardOutput = pipe
    do {
        try shell.run()
    } catch {
        fail("cannot run bash: \(error)")
    }
    let bareOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    shell.waitUntilExit()
    bareTimes += bareOutput.split(separator: "\n").compactMap { line -> Double? in
        let parts = line.split(separator: " ").compactMap { Double($0) }
        return parts.count == 2 ? (parts[1] - parts[0]) * 1000 : nil
    }
}

let panelMedian = median(perTest)
let bareMedian = median(bareTimes)
print(String(format: "bare shell loop per test:    %8.2f ms (median of %d)", bareMedian, bareTimes.count))
print(
    String(
        format: "panel per test:              %8.2f ms (median of %d; run + measure + validate)", panelMedian,
        perTest.count))
print(String(format: "ratio panel / bare:          %8.2fx (target <= 1.15x)", panelMedian / bareMedian))
print(
    String(
        format: "panel whole submission:      %8.2f s for %d tests (mean of %d rounds)", panelTotal / Double(rounds),
        testCount, rounds))
