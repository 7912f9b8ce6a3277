extension ProblemVerification: Decodable {
    /// Reads what ``encode(to:)`` wrote (`ok` is derived, so it is not read back), for `panel merge`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        problem = try container.decode(String.self, forKey: .problem)
        timeLimitMilliseconds = try container.decode(Int.self, forKey: .timeLimitMilliseconds)
        timeLimitSource = try container.decode(String.self, forKey: .timeLimitSource)
        submissions = try container.decode([SubmissionVerification].self, forKey: .submissions)
        inputValidation = try container.decode(InputValidationSummary.self, forKey: .inputValidation)
        slowestAcceptedMilliseconds = try container.decodeIfPresent(Int.self, forKey: .slowestAcceptedMilliseconds)
        problems = try container.decode([String].self, forKey: .problems)
        warnings = try container.decode([String].self, forKey: .warnings)
        acceptedMargin = try container.decode(Double.self, forKey: .acceptedMargin)
        timeoutMargin = try container.decode(Double.self, forKey: .timeoutMargin)
    }
}
