import Sandbox

/// What one shard of `panel loop` found for one candidate: the rounds it ran, with everything
/// ``LoopReport/assemble(_:_:generatedAt:)`` needs to rebuild the packet a single run writes.
public struct LoopPart: Sendable, Codable, Equatable {
    /// The candidate folder's name.
    public var candidate: String
    /// The candidate folder as given.
    public var candidateDirectory: String
    public var loop: LoopReport.LoopInfo
    /// Every round id of the loop, in order: the merge checks that each ran in exactly one shard.
    public var roundIDs: [String]
    /// The rounds this shard ran, in loop order.
    public var rounds: [PartRound]
    /// What the candidate folder itself gave cause to say (notes, unmatched files, ignored scorecards).
    public var warnings: [String]
    public var unmatchedFiles: [CandidateFolder.Unmatched]
    /// The isolation this shard's programs ran under.
    public var sandbox: Isolation
    /// How long this shard took for the candidate.
    public var seconds: Double

    enum CodingKeys: String, CodingKey {
        case candidate, loop, rounds, warnings, sandbox, seconds
        case candidateDirectory = "candidate_dir"
        case roundIDs = "round_ids"
        case unmatchedFiles = "unmatched_files"
    }

    /// One round a shard ran, with the warnings judging it raised.
    public struct PartRound: Sendable, Codable, Equatable {
        /// The round's place in the loop, from 0.
        public var index: Int
        public var report: RoundReport
        public var warnings: [String]
    }
}
