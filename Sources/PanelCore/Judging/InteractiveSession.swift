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
        // having ended first. The validator's read end is held too, so a solution writing after the
        // validator has gone blocks rather than dies of SIGPIPE before Panel has noted the validator's end.
        // The solution's stdin write end is not held: a validator that closes its output on purpose (to
        // say "no more replies") must let the solution see end-of-file at once.
        let solutionHolds = [duplicate(fromSolution.write), duplicate(toSolution.read)]
        let validatorHolds = [duplicate(fromSolution.read)]
        let repliesEnd = solutionHolds[1]

        // The validator runs on a thread of its own; each run owns (and closes) the pipe ends it was given.
        let validatorSide = Completion()
        let validatorLimits = validator.limits
        Thread.detachNewThread {
            let outcome = ValidatorRun(catching: { () throws(SandboxError) in
                try sandbox.run(validatorSpec, limits: validatorLimits)
            })
            validatorSide.finish(outcome)
            for descriptor in validatorHolds where descriptor >= 0 { close(descriptor) }
        }
        let solutionOutcome: RunOutcome
        do {
            solutionOutcome = try sandbox.run(solutionSpec, limits: solutionLimits)
        } catch {
            for descriptor in solutionHolds where descriptor >= 0 { close(descriptor) }
            _ = validatorSide.wait()
            throw .sandbox(error)
        }
        // The validator was done with the solution before it ended when its output is already closed
        // (it exited, or it closed its stdout to end the talk). The kernel knows this exactly, where a
        // clock read on the validator's thread may come late.
        let validatorHungUp = Self.writersGone(repliesEnd)
        let solutionEnded = ContinuousClock.now
        for descriptor in solutionHolds where descriptor >= 0 { close(descriptor) }
        let (validatorResult, validatorEnded) = validatorSide.wait()
        let validatorOutcome: RunOutcome
        do {
            validatorOutcome = try validatorResult.get()
        } catch {
            throw .sandbox(error)
        }
        return Result(
            solution: solutionOutcome, validator: validator.interpret(validatorOutcome),
            validatorFirst: validatorHungUp || validatorEnded < solutionEnded)
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
