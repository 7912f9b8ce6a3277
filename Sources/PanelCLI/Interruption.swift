import Dispatch
import Foundation
import PanelCore
import Sandbox

/// Ctrl-C and SIGTERM: kill every program Panel is running and remove its temporary folders, then exit.
///
/// The signals are handled on a dispatch queue, not in a signal handler, so the cleanup may take locks
/// and touch files.
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
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
