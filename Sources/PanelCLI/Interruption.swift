import Dispatch
import Foundation
import PanelCore
import Sandbox
import Synchronization

/// Ctrl-C and SIGTERM: kill every program Panel is running and remove its temporary folders, then exit.
///
/// The signals are handled on a dispatch queue, not in a signal handler, so the cleanup may take locks
/// and touch files.
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let received = Atomic<Int32>(0)

    /// Whether Ctrl-C, SIGTERM or SIGHUP came: from then on, the handler decides the exit code.
    static var happened: Bool { received.load(ordering: .acquiring) != 0 }

    /// Parks the calling thread while the handler stops everything and exits with 128 + the signal.
    static func waitForExit() -> Never {
        while true { pause() }
    }

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // The first signal wins; a second Ctrl-C while cleaning up changes nothing.
                guard
                    received.compareExchange(expected: 0, desired: signalNumber, ordering: .acquiringAndReleasing)
                        .exchanged
                else { return }
                Sandbox.interruptAll()
                TemporaryFolders.removeAll()
                FileHandle.standardError.write(Data("\npanel: interrupted; every child process was stopped\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
