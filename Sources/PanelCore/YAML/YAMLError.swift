/// A YAML syntax error with PyYAML's parts: what was being read and where it started (the context), and what
/// went wrong where (the problem).
struct YAMLError: Error, Sendable {
    var context: String?
    var contextMark: YAMLMark?
    var problem: String
    var mark: YAMLMark

    init(context: String? = nil, contextMark: YAMLMark? = nil, problem: String, mark: YAMLMark) {
        self.context = context
        self.contextMark = contextMark
        self.problem = problem
        self.mark = mark
    }

    /// The error as Panel reports it: the file and 1-based line, then the column and both parts.
    func specError(file: String) -> SpecError {
        var reason = "column \(mark.column + 1): \(problem)"
        if let context {
            if let contextMark, contextMark != mark {
                reason += " (\(context) on line \(contextMark.line + 1), column \(contextMark.column + 1))"
            } else {
                reason += " (\(context))"
            }
        }
        return .syntax(file: file, line: mark.line + 1, reason: reason)
    }
}
