import Testing

@testable import PanelCore

/// `--shard i/n`: parsing, and a split that is stable across processes and machines and covers every unit once.
@Suite struct ShardTests {
    @Test(arguments: ["1/1", "1/2", "2/2", "7/10", "1000/1000"])
    func aShardIsIFromOneToN(text: String) throws {
        let shard = try Shard(parsing: text)
        #expect(shard.description == text)
    }

    @Test(arguments: [
        ("0/2", "counts from 1 to 2"), ("3/2", "counts from 1 to 2"), ("1/0", "from 1 to 1000"),
        ("1/1001", "from 1 to 1000"), ("2", "expected i/n"), ("a/b", "expected i/n"), ("1/2/3", "expected i/n"),
        ("", "expected i/n"), ("-1/2", "counts from 1"),
    ])
    func anythingElseIsRefusedSayingWhatWasExpected(text: String, message: String) {
        #expect {
            try Shard(parsing: text)
        } throws: { error in
            "\(error)".contains(message) && "\(error)".contains("'\(text)'")
        }
    }

    /// Pinned to SHA-256 computed elsewhere (Python's hashlib): a machine or process with another hash would
    /// split a run differently, and its shards would not add up.
    @Test func theHashIsTheFirst64BitsOfSHA256() {
        #expect(Shard.stableHash("loop/ana/screen") == 15_148_400_981_332_436_242)
        #expect(Shard.stableHash("verify/verify-sum") == 16_818_400_046_139_293_512)
    }

    @Test(arguments: [1, 2, 3, 5, 16])
    func everyUnitFallsOnExactlyOneShardAndTheSplitIsEven(count: Int) {
        let keys = (0..<600).map { Shard.loopKey(candidate: "candidate-\($0 / 6)", round: "round-\($0 % 6)") }
        var perShard = Array(repeating: 0, count: count)
        for key in keys {
            let owners = (1...count).filter { Shard(index: $0, count: count).owns(key) }
            #expect(owners.count == 1, "\(key) is owned by \(owners)")
            if let owner = owners.first { perShard[owner - 1] += 1 }
        }
        let fair = keys.count / count
        #expect(perShard.allSatisfy { abs($0 - fair) < fair / 3 + 10 }, "\(perShard)")
    }

    /// FNV-1a put every round of a three-round loop on one shard of two (its low bit is a parity); the split
    /// used now spreads a single candidate's rounds.
    @Test func oneCandidatesRoundsSpreadOverTwoShards() {
        let rounds = ["technical-screen", "onsite-coding-1", "onsite-coding-2", "design-implementation", "keeper-test"]
        let first = rounds.filter { Shard(index: 1, count: 2).owns(Shard.loopKey(candidate: "ana", round: $0)) }
        #expect(!first.isEmpty && first.count < rounds.count, "shard 1/2 holds \(first)")
    }
}
