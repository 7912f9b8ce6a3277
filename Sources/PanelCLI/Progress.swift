import Dispatch
import Foundation
import PanelCore
import Synchronization

/// Progress on stderr, shaped for who reads it.
///
/// On a terminal: one live line, rewritten in place as the work moves on. Anywhere else (a CI log, a
/// file): whole lines only — a line per finished piece of work (``milestone(_:)``), and a heartbeat
/// every ``interval`` while a step runs, so a silent minute in a CI job is never a mystery. stdout is
/// never touched, so `--json` stays one document.
final class Progress: Sendable {
    enum Mode: Sendable { case live, log, off }

    let mode: Mode
    /// Seconds between heartbeats in log mode (`PANEL_HEARTBEAT_SECONDS`, default 5).
    let interval: Double
    private let started = ContinuousClock.now
    private let state = Mutex(State())
    /// Set once in `init`, cancelled once in `end()`: a dispatch source is safe to cancel from any thread.
    nonisolated(unsafe) private let timer: (any DispatchSourceTimer)?

    private struct State {
        /// The step in progress and when it started.
        var status: String?
        var statusSince = ContinuousClock.now
        /// When a line was last written in log mode.
        var lastLine = ContinuousClock.now
        /// Whether the terminal's live line holds text.
        var liveShown = false
    }

    /// Progress for this process: live when stderr is a terminal, log lines otherwise, none with
    /// `PANEL_PROGRESS=off`.
    init(environment: [String: String]) {
        switch environment["PANEL_PROGRESS"] {
        case "off": mode = .off
        case "log": mode = .log
        case "live": mode = .live
        default: mode = isatty(2) == 1 ? .live : .log
        }
        interval = environment["PANEL_HEARTBEAT_SECONDS"].flatMap(Double.init).map { max(0.2, $0) } ?? 5
        timer = mode == .log ? DispatchSource.makeTimerSource(queue: .global()) : nil
        if let timer {
            timer.schedule(deadline: .now() + interval, repeating: interval / 4)
            timer.setEventHandler { [weak self] in self?.heartbeat() }
            timer.resume()
        }
    }

    deinit { timer?.cancel() }

    /// The step now running ("compiling lru-cache.swift"): the live line on a terminal, the heartbeat's
    /// subject in a log.
    func status(_ text: String) {
        // A status names a candidate's files: their control characters are shown, never acted on.
        let text = TerminalText.visible(text)
        let now = ContinuousClock.now
        let changed = state.withLock { state in
            let changed = state.status != text
            if changed { state.statusSince = now }
            state.status = text
            if mode == .live { state.liveShown = true }
            return changed
        }
        if mode == .live && changed { write("\r\u{1B}[K\(Self.fitted(text + "…"))") }
    }

    /// A finished piece of work, one line that stays ("lru-cache.swift: AC, 21/21 tests passed (3.2 s)").
    /// - Parameter onTerminal: whether a terminal shows it too; false where stdout reports the same.
    func milestone(_ text: String, onTerminal: Bool = true) {
        let text = TerminalText.visible(text)
        switch mode {
        case .off: return
        case .live:
            guard onTerminal else { return }
            clearLiveLine()
            write(text + "\n")
        case .log:
            state.withLock { $0.lastLine = .now }
            write("panel: [\(elapsed())] \(text)\n")
        }
    }

    /// The work is over: the live line is cleared and heartbeats stop.
    func end() {
        timer?.cancel()
        state.withLock { $0.status = nil }
        if mode == .live { clearLiveLine() }
    }

    private func clearLiveLine() {
        let shown = state.withLock { state in
            defer { state.liveShown = false }
            return state.liveShown
        }
        if shown { write("\r\u{1B}[K") }
    }

    /// In log mode, a line about the running step when nothing was written for ``interval``.
    private func heartbeat() {
        let now = ContinuousClock.now
        let line: String? = state.withLock { state in
            guard let status = state.status, now - state.lastLine >= .seconds(interval) else { return nil }
            state.lastLine = now
            return "\(status) (\(Self.seconds(now - state.statusSince)) so far)"
        }
        if let line { write("panel: [\(elapsed())] \(line)\n") }
    }

    /// `text` cut to the terminal's width: a live line that wraps cannot be rewritten in place.
    private static func fitted(_ text: String) -> String {
        var size = winsize()
        let columns = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        return text.count < columns ? text : String(text.prefix(columns - 2)) + "…"
    }

    private func elapsed() -> String { Self.seconds(ContinuousClock.now - started) }

    static func seconds(_ duration: Duration) -> String {
        String(format: "%.1f s", Double(duration.milliseconds) / 1000)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
