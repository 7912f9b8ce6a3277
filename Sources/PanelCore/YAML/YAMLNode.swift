/// One node of a parsed YAML document: a null, a scalar, a sequence or a mapping, with the line it starts on.
///
/// Scalars stay text: the reader never resolves `5` to a number or `true` to a boolean, so a spec loader decides
/// what each field means (see `YAMLFields`, and `YAMLResolver` for YAML 1.1's reading of a plain scalar). Only
/// plain `null`, `~`, an absent value and `!!null` become `.null`.
public struct YAMLNode: Sendable, Equatable {
    /// The shape of a node and its contents.
    public enum Kind: Sendable, Equatable {
        /// An empty value (`key:`), a plain `null` or `~`, or an empty document.
        case null
        /// Text. `quoted` is true for every non-plain style (single-quoted, double-quoted, `|` and `>` blocks)
        /// and for `!!str`: YAML never resolves those to a null, boolean or number.
        case scalar(String, quoted: Bool)
        /// Items in file order.
        case sequence([YAMLNode])
        /// Entries in file order; keys are unique within one mapping.
        case mapping([YAMLEntry])
    }

    /// What the node holds.
    public var kind: Kind
    /// The 1-based line where the node starts (for an empty value, the line of its key or `-`).
    public var line: Int
    /// The 1-based column where the node starts (0 when unknown).
    public var column: Int
    /// The explicit tag, resolved to its full name (`tag:yaml.org,2002:int` for `!!int`); nil without one.
    public var tag: String?

    /// Makes a node; parsed documents come from `YAMLReader`.
    public init(kind: Kind, line: Int, column: Int = 0, tag: String? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.tag = tag
    }

    /// The prefix `!!` stands for.
    public static let coreTagPrefix = "tag:yaml.org,2002:"

    /// How the node reads in an error message: `'fast'` for a scalar, or "a sequence", "a mapping", "nothing".
    ///
    /// Long scalars are cut to 40 characters so a message stays on one line.
    public var summary: String {
        switch kind {
        case .null:
            return "nothing"
        case .scalar(let text, _):
            let limit = 40
            let shown = text.count > limit ? String(text.prefix(limit)) + "..." : text
            return "'\(shown)'"
        case .sequence:
            return "a sequence"
        case .mapping:
            return "a mapping"
        }
    }
}

/// One `key: value` pair of a YAML mapping, with the line of its key.
public struct YAMLEntry: Sendable, Equatable {
    /// The key as text (quotes removed, escapes resolved; "" for an empty key).
    public var key: String
    /// The 1-based line of the key.
    public var line: Int
    /// The value; `.null` when the key has no value.
    public var value: YAMLNode
    /// The key as a node (a scalar, or `.null` for an empty key), for readers that care whether it was quoted.
    public var keyNode: YAMLNode

    /// Makes an entry; parsed documents come from `YAMLReader`. Without `keyNode`, the key is a plain scalar.
    public init(key: String, line: Int, value: YAMLNode, keyNode: YAMLNode? = nil) {
        self.key = key
        self.line = line
        self.value = value
        self.keyNode = keyNode ?? YAMLNode(kind: .scalar(key, quoted: false), line: line)
    }
}
