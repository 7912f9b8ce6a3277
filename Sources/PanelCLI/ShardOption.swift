import Foundation
import PanelCore

/// `--shard i/n`: run only the units of work whose stable hash falls on shard i of n, and write a packet
/// for `panel merge` instead of the reports.
enum ShardOption {
    static let name = "--shard"

    /// The help lines of `panel loop` and `panel verify`: `units` are "rounds" or "problems", `key` names a unit.
    static func help(units: String, key: String) -> String {
        """
          --shard i/n       run only shard i of n: the \(units) whose key (\(key)) hashes (SHA-256)
                            to i-1 modulo n, the same on every machine; write a packet for panel merge
                            (packet.json in the report folder; --json prints it)
        """
    }

    /// The shard asked for, or nil for the whole run.
    /// - Throws: ``UsageError`` for a value that is not `i/n` with 1 ≤ i ≤ n.
    static func value(_ arguments: Arguments) throws(UsageError) -> Shard? {
        guard let text = arguments.value(name) else { return nil }
        do {
            return try Shard(parsing: text)
        } catch {
            throw UsageError("--shard \(error)", command: arguments.command)
        }
    }

    /// Writes `packet` into `folder`, and returns the line that says what the shard did and where it went.
    static func write(_ packet: Packet, to folder: String, command: String) throws -> String {
        do {
            try packet.write(to: URL(fileURLWithPath: folder))
        } catch let refusal as Packet.Refusal {
            throw UsageError("--report-dir: \(refusal)", command: command)
        }
        let units = packet.units.isEmpty ? "nothing to do here" : packet.units.joined(separator: ", ")
        return "shard \(packet.shard): \(packet.units.count) unit\(packet.units.count == 1 ? "" : "s") (\(units)); "
            + "packet in \(folder)/\(Packet.fileName)\nmerge every shard's packet: panel merge PACKET..."
    }
}
