import Foundation
import PanelCore

/// Colour for the reports Panel prints on stdout: green for what passed, red for what did not, yellow
/// for what is undecided.
///
/// `--color=auto` (the default) colours only a terminal, and never when `NO_COLOR` is set to anything
/// (no-color.org) or `TERM` is `dumb`; `--color=always` and `--color=never` decide outright.
struct Palette: Sendable {
    /// Whether escape sequences are written at all.
    let enabled: Bool

    static let plain = Palette(enabled: false)

    /// The choice of `--color` (`auto`, `always` or `never`), made once by ``Panel/run(_:)``.
    nonisolated(unsafe) static var choice = "auto"

    /// The palette for stdout in this process.
    static var current: Palette {
        switch choice {
        case "always": return Palette(enabled: true)
        case "never": return .plain
        default:
            let environment = ProcessInfo.processInfo.environment
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            return Palette(enabled: isatty(1) == 1 && !noColor && environment["TERM"] != "dumb")
        }
    }

    func good(_ text: String) -> String { paint(text, "32") }
    func bad(_ text: String) -> String { paint(text, "31") }
    func undecided(_ text: String) -> String { paint(text, "33") }
    func bold(_ text: String) -> String { paint(text, "1") }

    /// A verdict in its colour: AC green, JE yellow (the judge's fault), the rest red.
    func verdict(_ verdict: Verdict, _ text: String? = nil) -> String {
        let text = text ?? verdict.rawValue
        switch verdict {
        case .AC: return good(text)
        case .JE: return undecided(text)
        default: return bad(text)
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
