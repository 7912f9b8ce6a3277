import Foundation

/// The stated complexity of a solution against how its CPU time grows with input size over the performance
/// group: the median slope of log(CPU ms) against log(input bytes) between its cases is the measured exponent.
///
/// The check is honest about what it cannot tell: cases faster than ``floorMilliseconds`` are timer noise and
/// process start-up, cases whose sizes differ by less than ``minimumSizeRatio`` say nothing about growth, and a
/// case stopped at the time limit gives only a lower bound. Performance cases also differ in shape, not only in
/// size, so the exponent is an estimate, reported with the cases it came from.
public struct ComplexityCheck: Sendable, Codable, Equatable {
    /// How the running time grows with the input, in the classes a fit can tell apart.
    public enum Growth: String, Sendable, Codable, Comparable {
        /// O(n) or O(n log n) in the input size (O(1) or O(log n) per operation): exponent below 1.5.
        case nearLinear = "near_linear"
        /// O(n²), O(n·m), O(n) per operation: exponent 1.5 to 2.5.
        case quadratic
        /// Exponent 2.5 or more.
        case cubic = "cubic_or_worse"

        /// The class of a measured exponent.
        init(exponent: Double) {
            self = exponent < 1.5 ? .nearLinear : exponent < 2.5 ? .quadratic : .cubic
        }

        /// The class of a polynomial degree in the input size.
        init(degree: Int) {
            self = degree <= 1 ? .nearLinear : degree == 2 ? .quadratic : .cubic
        }

        public var phrase: String {
            switch self {
            case .nearLinear: return "near-linear (n or n log n)"
            case .quadratic: return "quadratic"
            case .cubic: return "cubic or worse"
            }
        }

        private var order: Int {
            switch self {
            case .nearLinear: return 1
            case .quadratic: return 2
            case .cubic: return 3
            }
        }

        public static func < (lhs: Growth, rhs: Growth) -> Bool { lhs.order < rhs.order }
    }

    /// Whether the statement and the measurement agree.
    public enum Agreement: String, Sendable, Codable {
        case agrees
        case disagrees
        /// The timings cannot tell (too fast, too few cases, sizes too close, every case timed out).
        case inconclusive
        /// No complexity is stated.
        case notStated = "not_stated"
    }

    /// One performance case in the fit.
    public struct Point: Sendable, Codable, Equatable {
        public var test: String
        public var inputBytes: Int
        public var cpuMilliseconds: Int
        /// The case was stopped at the time limit: its true time is at least this.
        public var timedOut: Bool

        enum CodingKeys: String, CodingKey {
            case test
            case inputBytes = "input_bytes"
            case cpuMilliseconds = "cpu_ms"
            case timedOut = "timed_out"
        }
    }

    /// The big-O term the candidate states for the running time, with what follows it ("O(1) per GET").
    public var stated: String?
    /// The class of the stated term, as total growth in the input size.
    public var statedGrowth: Growth?
    /// The fitted exponent of CPU time in input bytes.
    public var measuredExponent: Double?
    /// True when the exponent is only a lower bound (the largest case timed out).
    public var exponentIsLowerBound: Bool
    /// The class of the measured exponent.
    public var measuredGrowth: Growth?
    /// The cases the fit used (or would have used).
    public var points: [Point]
    public var agreement: Agreement
    /// One sentence a reader can check.
    public var note: String

    enum CodingKeys: String, CodingKey {
        case stated, points, agreement, note
        case statedGrowth = "stated_growth"
        case measuredExponent = "measured_exponent"
        case exponentIsLowerBound = "exponent_is_lower_bound"
        case measuredGrowth = "measured_growth"
    }

    /// The points above the noise floor: the ones the fit uses.
    public var fittedPoints: [Point] { Self.usable(points) }

    static func usable(_ points: [Point]) -> [Point] {
        points.filter { $0.cpuMilliseconds >= floorMilliseconds && $0.inputBytes > 0 }
    }

    /// Cases faster than this are start-up and timer noise.
    public static let floorMilliseconds = 20
    /// The largest and smallest case must differ at least this much in size.
    public static let minimumSizeRatio = 1.5
    /// Two cases closer in size than this give no slope: timing noise would swamp it.
    static let minimumPairRatio = 1.25

    /// Compares the complexity stated in `complexityLine` with the performance runs.
    public static func check(complexityLine: String?, performanceRuns: [ProblemEvidence.Run]) -> ComplexityCheck {
        let stated = complexityLine.flatMap(statedTerm)
        let growth = stated.map(growth(ofStated:))
        let points = performanceRuns.filter { $0.verdict == .AC || $0.verdict == .TLE }.map {
            Point(
                test: $0.name, inputBytes: $0.inputBytes, cpuMilliseconds: $0.cpuMilliseconds,
                timedOut: $0.verdict == .TLE)
        }.sorted { $0.inputBytes < $1.inputBytes }
        var result = ComplexityCheck(
            stated: stated, statedGrowth: growth, measuredExponent: nil, exponentIsLowerBound: false,
            measuredGrowth: nil, points: points, agreement: .inconclusive, note: "")
        let measured = measure(points)
        result.note = measured.note
        if let exponent = measured.exponent {
            result.measuredExponent = (exponent * 100).rounded() / 100
            result.exponentIsLowerBound = measured.lowerBound
            let growthClass = Growth(exponent: exponent)
            // A lower bound below 1.5 says nothing: the true exponent may be anything above it.
            result.measuredGrowth = measured.lowerBound && growthClass == .nearLinear ? nil : growthClass
        }
        guard let growth else {
            result.agreement = .notStated
            result.note = "no complexity stated. " + result.note
            return result
        }
        guard let measuredGrowth = result.measuredGrowth else { return result }
        let agrees = measured.lowerBound ? growth >= measuredGrowth : growth == measuredGrowth
        result.agreement = agrees ? .agrees : .disagrees
        let statedText = stated ?? ""
        result.note =
            agrees
            ? "stated \(statedText) (\(growth.phrase)) agrees with the measurement: \(measured.note)"
            : "stated \(statedText) (\(growth.phrase)) but the running time grows \(measuredGrowth.phrase): "
                + measured.note
        return result
    }

    /// The measured exponent of the points, or why there is none.
    ///
    /// The exponent is the median of the slopes between every two finished cases that differ enough in size
    /// (Theil–Sen): one case of another shape, or one noisy timing, does not move it, where a least-squares
    /// line would follow it. A case stopped at the time limit took at least the limit, so against the largest
    /// finished case below it in size it bounds the exponent from below; when that bound is in a steeper class
    /// than the median, it is the answer, marked as a lower bound.
    static func measure(_ points: [Point]) -> (exponent: Double?, lowerBound: Bool, note: String) {
        guard !points.isEmpty else {
            return (nil, false, "no performance case ran to completion, so growth cannot be measured")
        }
        if points.allSatisfy(\.timedOut) {
            return (nil, false, "every performance case hit the time limit, so growth cannot be measured")
        }
        let usable = usable(points)
        let finished = usable.filter { !$0.timedOut }
        var bound: (exponent: Double, finished: Point, stopped: Point)?
        for stopped in usable where stopped.timedOut {
            guard let below = finished.last(where: { apart($0, stopped) }) else { continue }
            let exponent = slope(below, stopped)
            if exponent > bound?.exponent ?? -.infinity { bound = (exponent, below, stopped) }
        }
        var median: Double?
        var ratio = 1.0
        if let small = finished.first, let large = finished.last {
            ratio = Double(large.inputBytes) / Double(small.inputBytes)
            if ratio >= minimumSizeRatio {
                var slopes: [Double] = []
                for (offset, first) in finished.enumerated() {
                    for second in finished[(offset + 1)...] where apart(first, second) {
                        slopes.append(slope(first, second))
                    }
                }
                slopes.sort()
                let middle = slopes.count / 2
                median = slopes.count % 2 == 1 ? slopes[middle] : (slopes[middle - 1] + slopes[middle]) / 2
            }
        }
        let slowest = points.map(\.cpuMilliseconds).max() ?? 0
        guard median != nil || bound != nil else {
            if finished.count >= 2 {
                return (
                    nil, false,
                    String(
                        format: "the performance cases differ only %.1fx in size, too little to tell growth", ratio)
                )
            }
            return (
                nil, false,
                "too fast to tell: \(points.count) performance case\(points.count == 1 ? "" : "s"), "
                    + "\(usable.count) above the \(floorMilliseconds) ms noise floor (slowest \(slowest) ms)"
            )
        }
        var notes: [String] = []
        if let median {
            let cases = finished.map { "\($0.test) \(kilobytes($0.inputBytes)) in \($0.cpuMilliseconds) ms" }
            notes.append(
                String(
                    format: "CPU time grows as size^%.2f over %d finished case%@ spanning %.1fx in input size (%@)",
                    median, finished.count, finished.count == 1 ? "" : "s", ratio, cases.joined(separator: "; "))
                    + (finished.count == 2 ? "; two cases only, so a rough estimate" : ""))
        }
        // The bound matters only when it puts the growth in a steeper class than the finished cases do.
        if let bound, median.map({ Growth(exponent: bound.exponent) > Growth(exponent: $0) }) ?? true {
            notes.append(
                String(
                    format: "%@ stopped at the time limit after %d ms, where %@ took %d ms: at least size^%.2f",
                    bound.stopped.test, bound.stopped.cpuMilliseconds, bound.finished.test,
                    bound.finished.cpuMilliseconds, bound.exponent))
            return (bound.exponent, true, notes.joined(separator: "; but "))
        }
        return (median, false, notes.joined(separator: "; "))
    }

    /// Two cases whose sizes differ enough for the slope between them to mean something.
    private static func apart(_ small: Point, _ large: Point) -> Bool {
        Double(large.inputBytes) >= Double(small.inputBytes) * minimumPairRatio
    }

    /// The exponent of the power law through two cases.
    private static func slope(_ small: Point, _ large: Point) -> Double {
        log(Double(large.cpuMilliseconds) / Double(small.cpuMilliseconds))
            / log(Double(large.inputBytes) / Double(small.inputBytes))
    }

    private static func kilobytes(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? String(format: "%.1f MiB", Double(bytes) / 1_048_576) : "\(max(1, bytes / 1024)) KiB"
    }
}
