/// A position in a YAML text: 0-based character index, line and column (as PyYAML's marks count them).
struct YAMLMark: Sendable, Equatable {
    var index: Int
    var line: Int
    var column: Int
}

/// One token of the YAML scanner, in PyYAML's vocabulary (`YAMLScanner` makes them, `YAMLParser` reads them).
struct YAMLToken: Sendable {
    enum Kind: Sendable, Equatable {
        case streamStart, streamEnd
        case directive(name: String, value: [String])
        case documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowMappingStart, flowSequenceEnd, flowMappingEnd
        case key, value, blockEntry, flowEntry
        case alias(String)
        case anchor(String)
        /// `handle` is nil for a verbatim `!<…>` tag or the lone `!`.
        case tag(handle: String?, suffix: String)
        /// `style` is nil for plain, else `'`, `"`, `|` or `>`.
        case scalar(String, plain: Bool, style: Character?)

        /// The token's name in messages, quoted as PyYAML prints it.
        var name: String { "'\(id)'" }

        private var id: String {
            switch self {
            case .streamStart: return "<stream start>"
            case .streamEnd: return "<stream end>"
            case .directive: return "<directive>"
            case .documentStart: return "<document start>"
            case .documentEnd: return "<document end>"
            case .blockSequenceStart: return "<block sequence start>"
            case .blockMappingStart: return "<block mapping start>"
            case .blockEnd: return "<block end>"
            case .flowSequenceStart: return "["
            case .flowMappingStart: return "{"
            case .flowSequenceEnd: return "]"
            case .flowMappingEnd: return "}"
            case .key: return "?"
            case .value: return ":"
            case .blockEntry: return "-"
            case .flowEntry: return ","
            case .alias: return "<alias>"
            case .anchor: return "<anchor>"
            case .tag: return "<tag>"
            case .scalar: return "<scalar>"
            }
        }

        /// True when both are the same kind of token, whatever their values.
        func isSame(as other: Kind) -> Bool {
            switch (self, other) {
            case (.directive, .directive), (.alias, .alias), (.anchor, .anchor), (.tag, .tag), (.scalar, .scalar):
                return true
            default:
                return self == other
            }
        }
    }

    var kind: Kind
    var start: YAMLMark
    var end: YAMLMark
}
