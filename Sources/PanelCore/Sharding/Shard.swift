/// One part of a sharded run (`--shard i/n`): the units of work whose stable hash falls on it.
///
/// A unit is a loop round of a candidate (`loop/<candidate>/<round-id>`) or a problem of `panel verify`
/// (`verify/<slug>`). The hash is the first 64 bits of the SHA-256 of the key's UTF-8 bytes, the same on every
/// machine and in every process (Swift's `hashValue` is seeded per process, so it never decides a shard). Not
/// FNV-1a: its lowest bit is the parity of the bytes' lowest bits, so modulo 2 it splits poorly (every round
/// of a three-round loop fell on one shard).
public struct Shard: Sendable, Codable, Equatable, Hashable, CustomStringConvertible {
    /// 1-based: the first shard is 1/n.
    public var index: Int
    /// How many shards there are.
    public var count: Int

    /// The whole run as one shard.
    public static let whole = Shard(index: 1, count: 1)

    /// A shard from its parts; `index` must be in 1...count.
    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    /// Parses `i/n` (1 ≤ i ≤ n ≤ 1000).
    /// - Throws: ``Refusal`` saying what was expected.
    public init(parsing text: String) throws(Refusal) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw Refusal(description: "'\(text)': expected i/n, such as 1/2 (shard i of n)")
        }
        guard count >= 1, count <= Self.maximumCount else {
            throw Refusal(description: "'\(text)': the shard count must be from 1 to \(Self.maximumCount)")
        }
        guard index >= 1, index <= count else {
            throw Refusal(description: "'\(text)': the shard index counts from 1 to \(count)")
        }
        self.init(index: index, count: count)
    }

    /// The most shards a run may be split into.
    public static let maximumCount = 1000

    /// `i/n`.
    public var description: String { "\(index)/\(count)" }

    /// Whether the unit named `key` belongs to this shard.
    public func owns(_ key: String) -> Bool {
        Int(Self.stableHash(key) % UInt64(count)) == index - 1
    }

    /// The first 64 bits (big-endian) of the SHA-256 of `key`'s UTF-8 bytes.
    public static func stableHash(_ key: String) -> UInt64 {
        var digest = SHA256()
        digest.update(Array(key.utf8))
        return digest.hexDigest().prefix(16).reduce(0) { hash, digit in
            (hash << 4) | UInt64(digit.hexDigitValue ?? 0)
        }
    }

    /// The unit key of a loop round.
    public static func loopKey(candidate: String, round: String) -> String { "loop/\(candidate)/\(round)" }

    /// The unit key of a problem of `panel verify`.
    public static func verifyKey(problem: String) -> String { "verify/\(problem)" }

    /// Why a `--shard` value is not one.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }
}
