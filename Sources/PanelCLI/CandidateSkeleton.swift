import PanelCore

/// The files of `panel init candidate`: a stub per problem and a NOTES.md, written so that an untouched
/// stub earns no credit for thinking out loud (its comment is too short to count as an approach).
enum CandidateSkeleton {
    /// A Swift file that compiles and reads its input, for the candidate to replace.
    static func stub(_ problem: ProblemPackage) -> String {
        """
        // \(problem.title): see `panel show \(problem.slug)`.
        // TODO: think out loud here.

        while let line = readLine() {
            _ = line
        }

        """
    }

    /// NOTES.md with one empty section per problem: a section is read as the problem's explanation.
    static func notes(candidate: String, loop: LoopFile, problems: [ProblemPackage]) -> String {
        var text = """
            # \(candidate): notes for the \(loop.title)

            <!-- One section per problem, written before coding: approach, complexity, edge cases. -->

            """
        for problem in problems {
            text += "\n## \(problem.slug)\n\n"
        }
        return text
    }
}
