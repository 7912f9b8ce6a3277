import Dispatch
import Foundation
import PanelCore
import Sandbox
import Synchronization

/// Ctrl-C and SIGTERM: kill every program Panel is running and remove its temporary folders, then exit
/// with 128 + the signal's number (130 for Ctrl-C, 143 for SIGTERM).
///
/// The signals are handled on a dispatch queue, not in a signal handler, so the cleanup may take locks
/// and touch files. The command's own thread sees its programs die meanwhile; ``isInterrupted`` tells it
/// that this is no failure to report, and ``awaitExit()`` leaves the exit code to the handler.
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []
    private static let received = Atomic<Int32>(0)

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                // The first signal decides the exit code; a second Ctrl-C during cleanup changes nothing.
                let first = received.compareExchange(
                    expected: 0, desired: signalNumber, ordering: .sequentiallyConsistent)
                guard first.exchanged else { return }
                Sandbox.interruptAll()
                TemporaryFolders.removeAll()
                FileHandle.standardError.write(Data("\npanel: interrupted; every child process was stopped\n".utf8))
                exit(128 + signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Whether a signal arrived: whatever the command saw since then is the interruption's doing.
    static var isInterrupted: Bool { received.load(ordering: .sequentiallyConsistent) != 0 }

    /// Waits for the signal handler to finish its cleanup and exit the process with its code.
    static func awaitExit() -> Never {
        while true { sleep(60) }
    }
}
