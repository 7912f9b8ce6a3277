import PanelCore

/// `--case`: the test cases one name selects, so a candidate can rerun the case that failed.
enum CaseSelection {
    /// The cases `selection` names: a case by its full name (`secret/perf/01-full-cache-mixed`) or by its
    /// number (`secret/perf/01`), or every case of a group (`secret/perf`, `sample`).
    /// - Throws: ``UsageError`` naming the groups there are, with a suggestion, when nothing matches.
    static func select(_ selection: String, from problem: ProblemPackage) throws(UsageError) -> [TestCase] {
        let wanted = selection.hasSuffix("/") ? String(selection.dropLast()) : selection
        let exact = problem.testCases.filter { $0.name == wanted }
        if !exact.isEmpty { return exact }
        let chosen = problem.testCases.filter { $0.name.hasPrefix(wanted + "/") || $0.name.hasPrefix(wanted + "-") }
        guard chosen.isEmpty else { return chosen }
        var groups: [String] = []
        for testCase in problem.testCases where !groups.contains(testCase.group) { groups.append(testCase.group) }
        let names = groups + problem.testCases.map(\.name)
        let suggestion = Suggestion.nearest(to: wanted, among: names)
        throw UsageError(
            "--case \(selection): no case or group of \(problem.slug) has that name; groups: "
                + groups.joined(separator: ", ") + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""),
            command: "submit")
    }
}
