import PanelCore

/// A command line split into positionals, options with values, and flags, checked against what a
/// command accepts.
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    private var flags: Set<String> = []
    /// The command these arguments belong to, for messages.
    let command: String

    /// Parses `arguments` for a command that takes `valueOptions` (such as `--problem`) and `flagOptions`.
    /// - Throws: ``UsageError`` for an unknown option (with a suggestion) or a missing value.
    init(_ arguments: [String], command: String, valueOptions: [String], flagOptions: [String]) throws(UsageError) {
        self.command = command
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                positionals += arguments[index...]
                break
            }
            guard argument.hasPrefix("-") && argument != "-" else {
                positionals.append(argument)
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if valueOptions.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < arguments.count {
                    values[name] = arguments[index]
                    index += 1
                } else {
                    throw UsageError("option '\(name)' needs a value", command: command)
                }
            } else if flagOptions.contains(name) && inlineValue == nil {
                flags.insert(name)
            } else {
                let known = valueOptions + flagOptions
                let suggestion = Suggestion.nearest(to: name, among: known)
                throw UsageError(
                    "unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""), command: command)
            }
        }
    }

    /// The value of an option, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Whether a flag was given.
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake on the command line (exit code 2).
struct UsageError: Error, CustomStringConvertible {
    let message: String
    let command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    var description: String {
        let help = command.map { "See 'panel \($0) --help'." } ?? "See 'panel --help'."
        return "\(message)\n\(help)"
    }
}
