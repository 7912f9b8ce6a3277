/// The result of judging one test case or a whole submission, in the ICPC vocabulary.
///
/// The cases keep the ICPC abbreviations that every judge, report and user shares.
// swift-format-ignore: AlwaysUseLowerCamelCase
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    /// Accepted.
    case AC
    /// Wrong answer: the output validator rejected the output.
    case WA
    /// Time limit exceeded: CPU time over the limit, or killed at the wall-clock limit.
    case TLE
    /// Memory limit exceeded.
    case MLE
    /// Output limit exceeded.
    case OLE
    /// Run-time error: a non-zero exit code or a signal.
    case RTE
    /// Compile error.
    case CE
    /// Judge error: the output validator failed; never the candidate's fault.
    case JE

    /// Rank in the precedence table, highest first: the verdict a test gets when several apply.
    ///
    /// | rank | verdict | when |
    /// |---|---|---|
    /// | 1 | CE | the submission did not compile (no test runs) |
    /// | 2 | TLE | CPU time over the limit, or the wall-clock limit fired (but MLE when the memory was at its limit) |
    /// | 3 | MLE | the memory limit was reached |
    /// | 4 | RTE | non-zero exit code or killed by a signal (SIGXFSZ with stdout at the output limit is OLE) |
    /// | 5 | OLE | the program ended cleanly having written more than the output limit to stdout |
    /// | 6 | JE | the output validator crashed, timed out or exited other than 42/43 |
    /// | 7 | WA | the output validator exited 43 |
    /// | 8 | AC | the output validator exited 42 |
    ///
    /// A run is classified by the first row that applies; the validator runs only for a clean exit. The output
    /// limit ranks after a crash as in DOMjudge (time limit, then a non-zero exit, then a truncated stdout): the
    /// program goes on past the cap (its writes fail), so what it does next decides. A stderr past the cap is cut
    /// and not judged, as neither DOMjudge nor problemtools judges it.
    /// A submission's verdict is the first non-AC test in case order, samples first.
    public var precedence: Int {
        switch self {
        case .CE: return 1
        case .TLE: return 2
        case .MLE: return 3
        case .RTE: return 4
        case .OLE: return 5
        case .JE: return 6
        case .WA: return 7
        case .AC: return 8
        }
    }

    /// Orders by precedence: the more severe verdict sorts first.
    public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.precedence < rhs.precedence }

    /// A short phrase for terminal output.
    public var phrase: String {
        switch self {
        case .AC: return "accepted"
        case .WA: return "wrong answer"
        case .TLE: return "time limit exceeded"
        case .MLE: return "memory limit exceeded"
        case .OLE: return "output limit exceeded"
        case .RTE: return "run-time error"
        case .CE: return "compile error"
        case .JE: return "judge error"
        }
    }
}
