import Foundation

/// Combines the packets of every shard of one run into what a single run gives.
///
/// It refuses, naming the file: packets of another kind, Panel version, shard count or input fingerprint than
/// the first; two packets of the same shard; and a set with a shard missing (naming each missing i/n).
public enum PacketMerge {
    /// What the packets rebuild.
    public enum Result: Sendable {
        /// One loop report per candidate, in command-line order.
        case loop([LoopReport])
        /// One verification per problem, in the run's order.
        case verify([ProblemVerification])
    }

    /// Merges `packets` (path as the user gave it, and the packet read from it).
    /// - Throws: ``Packet/Refusal`` saying which file does not fit and why.
    public static func merge(_ packets: [(path: String, packet: Packet)]) throws(Packet.Refusal) -> Result {
        guard let (firstPath, first) = packets.first else {
            throw Packet.Refusal(description: "no packets to merge")
        }
        var seen: [Int: String] = [:]
        for (path, packet) in packets {
            func differs(_ mine: String, _ theirs: String) -> Packet.Refusal {
                Packet.Refusal(
                    description: "\(path): \(mine), but \(firstPath) \(theirs): these packets are not shards of the "
                        + "same run")
            }
            if packet.kind != first.kind {
                throw differs("is from panel \(packet.kind.rawValue)", "is from panel \(first.kind.rawValue)")
            }
            if packet.panelVersion != first.panelVersion {
                throw differs(
                    "was written by Panel \(packet.panelVersion)", "by Panel \(first.panelVersion)")
            }
            if packet.shard.count != first.shard.count {
                throw differs("is shard \(packet.shard)", "is shard \(first.shard)")
            }
            if packet.fingerprint != first.fingerprint {
                throw differs(
                    "judged other inputs (fingerprint \(packet.fingerprint.prefix(12))…)",
                    "has \(first.fingerprint.prefix(12))… (a candidate folder, problem package, loop file, "
                        + "rubric or scorecard differs, the candidates or problems named, or the Swift compiler or "
                        + "language table (PANEL_LANGUAGES) that built them)")
            }
            if let other = seen[packet.shard.index] {
                throw Packet.Refusal(
                    description: "\(path): shard \(packet.shard) again (\(other) is shard \(packet.shard) too); "
                        + "give each shard's packet once")
            }
            seen[packet.shard.index] = path
        }
        let missing = (1...first.shard.count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map { "\($0)/\(first.shard.count)" }
            throw Packet.Refusal(
                description: "missing shard\(missing.count == 1 ? "" : "s") \(names.joined(separator: ", ")): "
                    + "merge needs the packet of every shard of the run (got \(packets.count) of \(first.shard.count))")
        }
        let ordered = packets.sorted { $0.packet.shard.index < $1.packet.shard.index }
        switch first.kind {
        case .loop: return .loop(try loops(ordered))
        case .verify: return .verify(try verifications(ordered))
        }
    }

    private static func loops(_ packets: [(path: String, packet: Packet)]) throws(Packet.Refusal) -> [LoopReport] {
        guard let first = packets.first else { return [] }
        var reports: [LoopReport] = []
        for (position, header) in first.packet.loops.enumerated() {
            var parts: [LoopPart] = []
            var ranBy: [Int: String] = [:]
            for (path, packet) in packets {
                guard position < packet.loops.count, packet.loops[position].candidate == header.candidate else {
                    throw Packet.Refusal(description: "\(path): has no part for candidate \(header.candidate)")
                }
                let part = packet.loops[position]
                for round in part.rounds {
                    if let other = ranBy[round.index] {
                        throw Packet.Refusal(
                            description: "\(path): round \(round.report.id) of \(header.candidate) was run by "
                                + "\(other) too")
                    }
                    ranBy[round.index] = path
                }
                parts.append(part)
            }
            let notRun = header.roundIDs.indices.filter { ranBy[$0] == nil }.map { header.roundIDs[$0] }
            guard notRun.isEmpty, let firstPart = parts.first else {
                throw Packet.Refusal(
                    description: "no packet holds round \(notRun.joined(separator: ", ")) of \(header.candidate)")
            }
            reports.append(LoopReport.assemble(firstPart, Array(parts.dropFirst())))
        }
        return reports
    }

    private static func verifications(
        _ packets: [(path: String, packet: Packet)]
    ) throws(Packet.Refusal) -> [ProblemVerification] {
        guard let first = packets.first else { return [] }
        var byProblem: [String: (path: String, result: ProblemVerification)] = [:]
        for (path, packet) in packets {
            for result in packet.verifications {
                if let other = byProblem[result.problem] {
                    throw Packet.Refusal(
                        description: "\(path): problem \(result.problem) was verified by \(other.path) too")
                }
                byProblem[result.problem] = (path, result)
            }
        }
        var results: [ProblemVerification] = []
        for problem in first.packet.problems {
            guard let found = byProblem[problem] else {
                throw Packet.Refusal(description: "no packet holds the verification of problem \(problem)")
            }
            results.append(found.result)
        }
        return results
    }
}
