import Foundation

/// What one shard of `panel loop --shard i/n` or `panel verify --shard i/n` hands to `panel merge`: the
/// results of the units it owns, the fingerprint of the inputs it judged and the Panel version that judged
/// them. Written as `packet.json` in the shard's report folder; a shard with nothing to do writes one too.
public struct Packet: Sendable, Codable {
    /// Identifies the document's shape.
    public var schema = Packet.schemaName
    /// Which command made it.
    public var kind: Kind
    /// The version of Panel that judged (packets of different versions are never merged).
    public var panelVersion: String
    /// ``Fingerprint`` of every input the run depended on.
    public var fingerprint: String
    public var shard: Shard
    /// The unit keys this shard owned (``Shard/loopKey(candidate:round:)``, ``Shard/verifyKey(problem:)``).
    public var units: [String]
    /// `loop`: one part per candidate, in command-line order, each with the rounds this shard ran.
    public var loops: [LoopPart]
    /// `verify`: every problem of the run, in order, whichever shard verified it.
    public var problems: [String]
    /// `verify`: the problems this shard verified.
    public var verifications: [ProblemVerification]
    /// When the shard finished (ISO 8601, UTC).
    public var generatedAt: String

    /// The `schema` value this version writes and reads.
    public static let schemaName = "panel.packet/v1"
    /// The file inside a packet folder.
    public static let fileName = "packet.json"

    /// The command a packet came from.
    public enum Kind: String, Sendable, Codable {
        case loop
        case verify
    }

    enum CodingKeys: String, CodingKey {
        case schema, kind, fingerprint, shard, units, loops, problems, verifications
        case panelVersion = "panel_version"
        case generatedAt = "generated_at"
    }

    public init(
        kind: Kind, fingerprint: String, shard: Shard, units: [String], loops: [LoopPart] = [],
        problems: [String] = [], verifications: [ProblemVerification] = []
    ) {
        self.kind = kind
        panelVersion = PanelVersion.current
        self.fingerprint = fingerprint
        self.shard = shard
        self.units = units
        self.loops = loops
        self.problems = problems
        self.verifications = verifications
        generatedAt = ISO8601DateFormatter().string(from: Date())
    }

    /// Writes the packet as `folder/packet.json`, making the folder; a folder holding anything but an earlier
    /// packet is refused, so a shard never mixes its packet into other files.
    /// - Throws: ``Refusal`` for such a folder; ``PanelError`` when writing fails.
    public func write(to folder: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Refusal(description: "\(folder.path) is a file, not a folder") }
            let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            let foreign = present.filter { $0 != Self.fileName }.sorted()
            guard foreign.isEmpty else {
                throw Refusal(
                    description:
                        "\(folder.path) holds files that are not a packet ("
                        + "\(foreign.prefix(3).joined(separator: ", "))); "
                        + "give a new or empty folder")
            }
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try PanelJSON.encode(self).write(to: folder.appendingPathComponent(Self.fileName), options: .atomic)
        } catch {
            throw PanelError.io(path: folder.path, reason: error.localizedDescription)
        }
    }

    /// Reads a packet from a packet folder or a `packet.json` file.
    /// - Throws: ``Refusal`` naming the file and what is wrong with it.
    public static func read(_ path: String) throws(Refusal) -> Packet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Refusal(description: "\(path): no such packet (expected a shard's report folder or its packet.json)")
        }
        let file = isDirectory.boolValue ? URL(fileURLWithPath: path).appendingPathComponent(fileName).path : path
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Refusal(description: "\(file): cannot be read (expected the packet.json a shard writes)")
        }
        struct Header: Decodable { var schema: String? }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw Refusal(description: "\(file): not JSON, or not a JSON object (expected a Panel packet)")
        }
        guard header.schema == schemaName else {
            throw Refusal(
                description: "\(file): schema '\(header.schema ?? "none")', expected '\(schemaName)' "
                    + "(a packet.json written by panel loop --shard or panel verify --shard)")
        }
        do {
            return try JSONDecoder().decode(Packet.self, from: data)
        } catch {
            throw Refusal(description: "\(file): not a valid packet: \(describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            return "field '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))' is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            return
                "field '\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        default:
            return "\(error)"
        }
    }

    /// Why a packet cannot be written, read or merged.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }
}
