import Dispatch
import Foundation
import Sandbox

/// One test case of an interactive problem: the solution and the output validator run at the same time,
/// each one's stdout piped into the other's stdin, both sandboxed under their own limits.
///
/// Neither side can hold the other forever: the solution's wall-clock limit ends it, which closes its end
/// of both pipes, so a validator waiting for it reads end-of-file and finishes.
struct InteractiveSession {
    /// What happened on both sides.
    struct Result {
        /// The solution's run.
        var solution: RunOutcome
        /// The validator's judgement.
        var validator: ValidatorOutcome
        /// Whether the validator finished before the solution did.
        var validatorFirst: Bool

        /// The ICPC verdict rules: a rejecting validator that finished first wins; otherwise the solution's
        /// own failure (TLE, MLE, RTE) comes first; otherwise the validator decides, and AC also needs the
        /// solution to have exited cleanly (which `classification` being nil says).
        func verdict(classification: (Verdict, String)?) -> (Verdict, detail: String?) {
            if validatorFirst && validator.verdict == .WA { return (.WA, nil) }
            // A solution that wrote into a pipe its validator had closed lets the validator decide, as
            // problemtools does.
            let brokenPipe = solution.termination == .signaled(SIGPIPE)
            if let (verdict, detail) = classification, !(brokenPipe && verdict == .RTE) { return (verdict, detail) }
            return (validator.verdict, nil)
        }
    }

    /// Runs `solution` against the validator `run` describes.
    static func run(
        solution: ProcessSpec,
        solutionLimits: ResourceLimits,
        validator: OutputValidator.ProgramRun,
        sandbox: Sandbox
    ) throws(PanelError) -> Result {
        let toSolution: (read: Int32, write: Int32)
        let fromSolution: (read: Int32, write: Int32)
        do {
            toSolution = try Sandbox.makePipe()
        } catch {
            throw .sandbox(error)
        }
        do {
            fromSolution = try Sandbox.makePipe()
        } catch {
            close(toSolution.read)
            close(toSolution.write)
            throw .sandbox(error)
        }
        var solutionSpec = solution
        solutionSpec.stdinDescriptor = toSolution.read
        solutionSpec.stdoutDescriptor = fromSolution.write
        var spec = validator.spec
        spec.stdinDescriptor = fromSolution.read
        spec.stdoutDescriptor = toSolution.write
        let validatorSpec = spec

        // Panel keeps its own copies of the solution's pipe ends until it has seen the solution end (as
        // problemtools does): the validator cannot notice that end (end-of-file, a broken pipe) before
        // Panel has noted it, so a validator that rejects because the solution died never counts as
        // having ended first. The solution's stdin write end is not held: a validator that closes its output
        // on purpose (to say "no more replies") must let the solution see end-of-file at once. Nothing holds
        // the validator's stdin but the validator, so its exit shows at once on Panel's copy of the
        // solution's output end (no reader left), from the kernel, however late the validator's thread runs.
        let solutionHolds = [duplicate(fromSolution.write), duplicate(toSolution.read)]
        let answersEnd = solutionHolds[0]

        // The validator runs on a thread of its own; each run owns (and closes) the pipe ends it was given.
        let validatorSide = Completion()
        let validatorLimits = validator.limits
        Thread.detachNewThread {
            let outcome = ValidatorRun(catching: { () throws(SandboxError) in
                try sandbox.run(validatorSpec, limits: validatorLimits)
            })
            validatorSide.finish(outcome)
        }
        let solutionOutcome: RunOutcome
        do {
            solutionOutcome = try sandbox.run(solutionSpec, limits: solutionLimits)
        } catch {
            for descriptor in solutionHolds where descriptor >= 0 { close(descriptor) }
            _ = validatorSide.wait()
            throw .sandbox(error)
        }
        // The validator ended first when it has exited (or stopped reading) before the solution ended: the
        // order of exits decides, as in DOMjudge and problemtools. A validator that only closed its output
        // and still waits for the answer has not ended; the solution's own TLE or crash then stands.
        var validatorExited = Self.readersGone(answersEnd)
        // A validator that exits closes its output and its input one after the other: the solution may have
        // seen the first (end-of-file) and ended before the kernel released the second. One that has hung up
        // its output is given a moment to show its exit; one that only closed its output and still waits
        // for the answer (held back by Panel's copy) does not exit in it, and the solution's end stands.
        if !validatorExited && Self.writersGone(solutionHolds[1]) {
            for _ in 0..<100 where !validatorExited {
                usleep(5_000)
                validatorExited = Self.readersGone(answersEnd)
            }
        }
        let solutionEnded = ContinuousClock.now
        // The validator now sees the solution's end (end-of-file on its input). What it still writes to the
        // solution goes into a pipe Panel keeps reading and discarding until the validator is done, as
        // DOMjudge and problemtools, which ignore SIGPIPE, let it: a validator is never killed by a broken pipe
        // for talking to a solution that has ended, and decides on the answers it got.
        if answersEnd >= 0 { close(answersEnd) }
        Self.drain(solutionHolds[1])
        let (validatorResult, validatorEnded) = validatorSide.wait()
        let validatorOutcome: RunOutcome
        do {
            validatorOutcome = try validatorResult.get()
        } catch {
            throw .sandbox(error)
        }
        return Result(
            solution: solutionOutcome, validator: validator.interpret(validatorOutcome),
            validatorFirst: validatorExited || validatorEnded < solutionEnded)
    }

    /// Reads `descriptor` to its end on a thread of its own, discarding the bytes, then closes it.
    private static func drain(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 || (count < 0 && errno == EINTR) { continue }
                break
            }
            close(descriptor)
        }
    }

    /// A copy of `descriptor` that no program Panel starts inherits.
    private static func duplicate(_ descriptor: Int32) -> Int32 {
        fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
    }

    /// Whether every write end of the pipe `readEnd` reads from is closed.
    private static func writersGone(_ readEnd: Int32) -> Bool {
        guard readEnd >= 0 else { return false }
        var entry = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, 0) == 1 && entry.revents & Int16(POLLHUP) != 0
    }

    /// Whether every read end of the pipe `writeEnd` writes to is closed (Linux reports POLLERR then).
    private static func readersGone(_ writeEnd: Int32) -> Bool {
        guard writeEnd >= 0 else { return false }
        var entry = pollfd(fd: writeEnd, events: Int16(POLLOUT), revents: 0)
        return poll(&entry, 1, 0) == 1 && entry.revents & Int16(POLLERR) != 0
    }

    /// A run's outcome, or why it could not run.
    private typealias ValidatorRun = Swift.Result<RunOutcome, SandboxError>

    /// Hands the validator's outcome and the moment it ended from its thread to the judging thread.
    private final class Completion: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var value: (ValidatorRun, ContinuousClock.Instant) = (
            .failure(.systemCall("validator thread", errno: 0)), .now
        )

        func finish(_ result: ValidatorRun) {
            value = (result, ContinuousClock.now)
            done.signal()
        }

        func wait() -> (ValidatorRun, ContinuousClock.Instant) {
            done.wait()
            // The semaphore orders the write on the validator's thread before this read.
            return value
        }
    }
}
