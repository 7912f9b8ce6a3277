import Foundation

/// The charts of the HTML report, drawn as inline SVG and CSS: a radar of a round's attributes, a small
/// log-log plot of CPU time against input size, and per-test bars of CPU time and memory against the limits.
enum HTMLCharts {
    private static let e = HTMLReport.e

    /// A radar of the five attributes on the 1–4 scale. Attributes not assessed have no point on their axis
    /// and a grey label; the polygon joins the rated ones.
    static func radar(_ attributes: AttributeRatings, recommendation: Recommendation?) -> String {
        let width = 360.0
        let height = 250.0
        let center = (x: 180.0, y: 128.0)
        let radius = 84.0
        let axes = Attribute.allCases
        let short: [Attribute: String] = [
            .problemSolving: "Problem solving", .technicalCompetency: "Technical", .testing: "Testing",
            .communication: "Communication", .efficiency: "Efficiency",
        ]
        func point(_ index: Int, _ fraction: Double) -> (x: Double, y: Double) {
            let angle = -Double.pi / 2 + Double(index) * 2 * Double.pi / Double(axes.count)
            return (center.x + cos(angle) * radius * fraction, center.y + sin(angle) * radius * fraction)
        }
        func pair(_ p: (x: Double, y: Double)) -> String { String(format: "%.1f,%.1f", p.x, p.y) }
        var svg = """
            <svg class="radar" viewBox="0 0 \(Int(width)) \(Int(height))" width="300" height="\(Int(height * 300 / width))" \
            role="img" aria-label="radar chart of attribute ratings">
            """
        for level in 1...4 {
            let ring = axes.indices.map { pair(point($0, Double(level) / 4)) }.joined(separator: " ")
            svg += "<polygon class=\"ring\(level == 3 ? " bar" : "")\" points=\"\(ring)\"/>"
        }
        for index in axes.indices {
            let end = point(index, 1)
            svg += String(
                format: "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", center.x, center.y,
                end.x, end.y)
        }
        for level in 1...4 {
            let at = point(0, Double(level) / 4)
            svg += String(format: "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%d</text>", at.x + 4, at.y + 3, level)
        }
        let rated = axes.enumerated().compactMap { index, attribute -> (Int, Level)? in
            attributes[attribute].rating.level.map { (index, $0) }
        }
        let cls = "shape r-\(recommendation?.description ?? "not_run")"
        if rated.count >= 3 {
            let points = rated.map { pair(point($0.0, Double($0.1.rawValue) / 4)) }.joined(separator: " ")
            svg += "<polygon class=\"\(cls)\" points=\"\(points)\"/>"
        } else if rated.count == 2 {
            let a = point(rated[0].0, Double(rated[0].1.rawValue) / 4)
            let b = point(rated[1].0, Double(rated[1].1.rawValue) / 4)
            svg += String(
                format: "<line class=\"\(cls)\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", a.x, a.y, b.x, b.y)
        }
        for (index, level) in rated {
            let p = point(index, Double(level.rawValue) / 4)
            svg += String(format: "<circle class=\"dot r-%@\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", level.name, p.x, p.y)
        }
        for (index, attribute) in axes.enumerated() {
            let p = point(index, 1.2)
            let anchor = abs(p.x - center.x) < 10 ? "middle" : p.x < center.x ? "end" : "start"
            let assessed = attributes[attribute].rating.level != nil
            // The label carries the value, so the chart reads without counting rings.
            let level = attributes[attribute].rating.level
            let label = (short[attribute] ?? attribute.title) + (level.map { " \($0.rawValue)" } ?? " n/a")
            svg += String(
                format: "<text class=\"label%@\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%@\">%@</text>",
                assessed ? "" : " na", p.x, p.y + (p.y > center.y ? 8 : 0), anchor, e(label))
        }
        return svg + "</svg>"
    }

    /// A thin bar showing a share from 0 to 1.
    static func meter(_ share: Double) -> String {
        let cls = share >= 1 ? "ok" : share >= 0.9 ? "warn" : "bad"
        return "<span class=\"meter\"><span class=\"\(cls)\" style=\"width:\(percent(share))\"></span></span>"
    }

    /// CPU time against input size on log-log axes: the performance cases, the fitted line, and the slope the
    /// stated complexity predicts through the same centre, so a reader sees whether they agree.
    static func growth(_ check: ComplexityCheck) -> String {
        let points = check.points.filter { $0.inputBytes > 0 && $0.cpuMilliseconds > 0 }
        guard !points.isEmpty else { return "" }
        let width = 270.0
        let height = 144.0
        let left = 46.0
        let bottom = 34.0
        let xs = points.map { log10(Double($0.inputBytes)) }
        let ys = points.map { log10(Double(max(1, $0.cpuMilliseconds))) }
        let xMin = (xs.min() ?? 0) - 0.3
        let xMax = (xs.max() ?? 1) + 0.3
        let floorY = log10(Double(ComplexityCheck.floorMilliseconds))
        let yMin = min((ys.min() ?? 0) - 0.3, 0)
        let yMax = max((ys.max() ?? 1) + 0.5, floorY + 0.5)
        func sx(_ x: Double) -> Double { left + (x - xMin) / (xMax - xMin) * (width - left - 8) }
        func sy(_ y: Double) -> Double { (height - bottom) - (y - yMin) / (yMax - yMin) * (height - bottom - 12) }
        var svg = """
            <svg class="growth" viewBox="0 0 \(Int(width)) \(Int(height))" width="\(Int(width))" height="\(Int(height))" \
            role="img" aria-label="CPU time against input size, log-log">
            """
        svg += String(
            format: "<rect class=\"plot\" x=\"%.1f\" y=\"12\" width=\"%.1f\" height=\"%.1f\"/>", left, width - left - 8,
            height - bottom - 12)
        svg += String(
            format: "<line class=\"floor\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", left, width - 8,
            sy(floorY), sy(floorY))
        svg += String(
            format: "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">noise floor</text>", width - 60, sy(floorY) - 3)
        let meanX = xs.reduce(0, +) / Double(xs.count)
        let meanY = ys.reduce(0, +) / Double(ys.count)
        // A line through the centre of the points, cut to the plot (so its drawn slope stays true).
        func line(_ slope: Double, _ cls: String) -> String {
            var x1 = xMin
            var x2 = xMax
            if slope > 0 {
                x1 = max(x1, meanX + (yMin - meanY) / slope)
                x2 = min(x2, meanX + (yMax - meanY) / slope)
            }
            guard x1 < x2 else { return "" }
            let y1 = meanY + slope * (x1 - meanX)
            let y2 = meanY + slope * (x2 - meanX)
            return String(
                format: "<line class=\"%@\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", cls, sx(x1), sy(y1),
                sx(x2), sy(y2))
        }
        if let stated = check.statedGrowth {
            let slope = stated == .nearLinear ? 1.0 : stated == .quadratic ? 2.0 : 3.0
            svg += line(slope, "stated")
        }
        if let exponent = check.measuredExponent { svg += line(exponent, "fit") }
        for (point, (x, y)) in zip(points, zip(xs, ys)) {
            svg += String(
                format: "<circle class=\"pt%@\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\"><title>%@</title></circle>",
                point.timedOut ? " tle" : "", sx(x), sy(y),
                e(
                    "\(point.test): \(point.inputBytes) bytes, \(point.cpuMilliseconds) ms\(point.timedOut ? " (time limit)" : "")"
                ))
        }
        // Axis values: the smallest and largest input and CPU time measured, so the chart reads on its own.
        let sizes = points.map(\.inputBytes)
        for size in Set([sizes.min() ?? 0, sizes.max() ?? 0]) {
            let x = sx(log10(Double(size)))
            svg += String(
                format: "<line class=\"axis\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", x, x,
                height - bottom, height - bottom + 3)
            svg += String(
                format: "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%@</text>", x,
                height - bottom + 12, e(HTMLReport.byteSize(size)))
        }
        let times = points.map { max(1, $0.cpuMilliseconds) }
        for time in Set([times.min() ?? 1, times.max() ?? 1]) {
            let y = sy(log10(Double(time)))
            svg += String(
                format: "<text class=\"tick\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d</text>", left - 3, y + 3,
                time)
        }
        svg += String(
            format: "<text class=\"axis-label\" x=\"%.1f\" y=\"%.1f\">input size (log) →</text>", left, height - 4)
        svg += "<text class=\"axis-label\" x=\"2\" y=\"7\">CPU ms (log)</text>"
        svg += "</svg>"
        var legend = "<div class=\"legend small\">"
        if check.measuredExponent != nil { legend += "<span class=\"k fit\"></span> measured " }
        if check.statedGrowth != nil { legend += "<span class=\"k stated\"></span> stated " }
        legend += "<span class=\"k pt\"></span> performance case</div>"
        return svg + legend
    }

    /// One row per test: verdict, CPU time as a bar against the time limit, peak memory against the memory limit.
    static func testBars(_ problem: ProblemEvidence) -> String {
        let limit = max(1, problem.resources.timeLimitMilliseconds)
        let memoryLimit = max(1, problem.resources.memoryLimitKiB)
        let rows = problem.runs.map { run -> String in
            let cpuShare = Double(run.cpuMilliseconds) / Double(limit)
            let memoryShare = Double(run.memoryKiB) / Double(memoryLimit)
            let cpuClass = run.verdict == .TLE || cpuShare >= 1 ? "over" : cpuShare > 0.5 ? "high" : ""
            let memoryClass = run.verdict == .MLE || memoryShare >= 1 ? "over" : memoryShare > 0.5 ? "high" : ""
            let role = ProblemEvidence.Role.of(group: run.group)
            return """
                <tr class="role-\(role.rawValue)"><td class="name" title="\(e(run.name))">\(e(run.name))</td>\
                <td><span class="verdict v-\(run.verdict.rawValue)">\(run.verdict.rawValue)</span></td>\
                <td class="bar" data-label="CPU of \(limit) ms"><span class="track"><span class="fill cpu \(cpuClass)" style="width:\(percent(cpuShare))"></span>\
                <span class="half"></span></span><span class="val">\(run.cpuMilliseconds) ms</span></td>\
                <td class="bar" data-label="memory of \(memoryLimit / 1024) MiB"><span class="track"><span class="fill mem \(memoryClass)" style="width:\(percent(memoryShare))"></span>\
                <span class="half"></span></span><span class="val">\(HTMLReport.mebibytes(run.memoryKiB))</span></td></tr>
                """
        }.joined(separator: "\n")
        return """
            <table class="bars"><thead><tr><th>test</th><th></th>\
            <th>CPU time — bar is the \(limit) ms limit</th>\
            <th>peak memory — bar is the \(memoryLimit / 1024) MiB limit</th></tr></thead><tbody>
            \(rows)
            </tbody></table>
            """
    }

    /// A share as a CSS width, at least a hairline so a tiny value stays visible, at most the whole track.
    private static func percent(_ share: Double) -> String {
        let value = min(100, max(0.6, share * 100))
        return String(format: "%.1f%%", value)
    }
}
