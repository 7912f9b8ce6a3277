/// Builds the node tree of one YAML document from `YAMLScanner`'s tokens, following PyYAML's `parser.py` grammar
/// and doing the work of its composer and safe constructor on the way: anchors and aliases, tags, merge keys
/// (`<<`), and the single-document rule of `yaml.safe_load`.
///
/// Where PyYAML would build something Panel has no node for (a set, binary data, a sequence used as a key) the
/// parser says so instead of guessing. Duplicate keys, which PyYAML silently overwrites, are an error.
struct YAMLParser {
    private static let defaultTags = ["!": "!", "!!": YAMLNode.coreTagPrefix]

    let file: String
    private var scanner: YAMLScanner
    private var anchors: [String: YAMLNode] = [:]
    private var tagHandles = YAMLParser.defaultTags

    init(text: String, file: String) {
        self.file = file
        self.scanner = YAMLScanner(text)
    }

    /// Parses the whole text as one document; an empty stream is a `.null` node on line 1.
    mutating func parseDocument() throws(SpecError) -> YAMLNode {
        if let (mark, character) = scanner.firstNonPrintable {
            let code = String(character.value, radix: 16, uppercase: true)
            throw YAMLError(
                problem: "unacceptable character U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code): "
                    + "special characters are not allowed", mark: mark
            ).specError(file: file)
        }
        do {
            return try parseStream()
        } catch {
            throw error.specError(file: file)
        }
    }

    // MARK: - Tokens

    private mutating func peek() throws(YAMLError) -> YAMLToken {
        guard let token = try scanner.peekToken() else {
            throw YAMLError(problem: "unexpected end of the token stream", mark: YAMLMark(index: 0, line: 0, column: 0))
        }
        return token
    }

    private mutating func take() throws(YAMLError) -> YAMLToken {
        let token = try peek()
        _ = try scanner.nextToken()
        return token
    }

    private mutating func check(_ kinds: YAMLToken.Kind...) throws(YAMLError) -> Bool {
        let token = try peek()
        return kinds.contains { token.kind.isSame(as: $0) }
    }

    private static let anyScalar = YAMLToken.Kind.scalar("", plain: true, style: nil)
    private static let anyTag = YAMLToken.Kind.tag(handle: nil, suffix: "")
    private static let anyDirective = YAMLToken.Kind.directive(name: "", value: [])

    // MARK: - Stream and documents

    private mutating func parseStream() throws(YAMLError) -> YAMLNode {
        _ = try take()
        var document: YAMLNode?
        var documentMark = YAMLMark(index: 0, line: 0, column: 0)
        if try !check(Self.anyDirective, .documentStart, .streamEnd) {
            documentMark = try peek().start
            document = try parseNode(block: true)
            if try check(.documentEnd) { _ = try take() }
        }
        while true {
            while try check(.documentEnd) { _ = try take() }
            if try check(.streamEnd) { break }
            let start = try peek().start
            try processDirectives()
            guard try check(.documentStart) else {
                throw YAMLError(
                    problem: "expected '<document start>', but found \(try peek().kind.name)", mark: try peek().start)
            }
            if document != nil {
                throw YAMLError(
                    context: "expected a single document in the stream", contextMark: documentMark,
                    problem: "but found another document", mark: start)
            }
            let marker = try take()
            documentMark = start
            if try check(Self.anyDirective, .documentStart, .documentEnd, .streamEnd) {
                document = empty(at: marker.end)
            } else {
                document = try parseNode(block: true)
            }
            if try check(.documentEnd) { _ = try take() }
        }
        if let document { try checkValue(document) }
        return document ?? YAMLNode(kind: .null, line: 1)
    }

    private mutating func processDirectives() throws(YAMLError) {
        var version: [String]?
        tagHandles = [:]
        while try check(Self.anyDirective) {
            let token = try take()
            guard case .directive(let name, let value) = token.kind else { continue }
            if name == "YAML" {
                guard version == nil else {
                    throw YAMLError(problem: "found duplicate YAML directive", mark: token.start)
                }
                guard value.first == "1" else {
                    throw YAMLError(
                        problem: "found incompatible YAML document (version 1.* is required)", mark: token.start)
                }
                version = value
            } else if name == "TAG", value.count == 2 {
                guard tagHandles[value[0]] == nil else {
                    throw YAMLError(problem: "duplicate tag handle '\(value[0])'", mark: token.start)
                }
                tagHandles[value[0]] = value[1]
            }
        }
        for (handle, prefix) in Self.defaultTags where tagHandles[handle] == nil {
            tagHandles[handle] = prefix
        }
    }

    // MARK: - Nodes

    private func empty(at mark: YAMLMark) -> YAMLNode {
        YAMLNode(kind: .null, line: mark.line + 1, column: mark.column + 1)
    }

    private mutating func parseNode(block: Bool, indentlessSequence: Bool = false) throws(YAMLError) -> YAMLNode {
        if try check(.alias("")) {
            let token = try take()
            guard case .alias(let name) = token.kind else { throw unexpected(token, block: block) }
            guard let node = anchors[name] else {
                throw YAMLError(problem: "found undefined alias '\(name)'", mark: token.start)
            }
            return node
        }
        var anchor: String?
        var rawTag: (handle: String?, suffix: String)?
        var start: YAMLMark?
        var tagMark: YAMLMark?
        for _ in 0..<2 {
            if anchor == nil, try check(.anchor("")) {
                let token = try take()
                if case .anchor(let name) = token.kind { anchor = name }
                start = start ?? token.start
            } else if rawTag == nil, try check(Self.anyTag) {
                let token = try take()
                if case .tag(let handle, let suffix) = token.kind { rawTag = (handle, suffix) }
                tagMark = token.start
                start = start ?? token.start
            }
        }
        var tag: String?
        if let rawTag {
            if let handle = rawTag.handle {
                guard let prefix = tagHandles[handle] else {
                    throw YAMLError(
                        context: "while parsing a node", contextMark: start,
                        problem: "found undefined tag handle '\(handle)'", mark: tagMark ?? nodeMark(start))
                }
                tag = prefix + rawTag.suffix
            } else {
                tag = rawTag.suffix
            }
        }
        let nodeStart: YAMLMark
        if let start { nodeStart = start } else { nodeStart = try peek().start }
        if let anchor, let first = anchors[anchor] {
            throw YAMLError(
                context: "found duplicate anchor '\(anchor)'; first occurrence",
                contextMark: YAMLMark(index: 0, line: first.line - 1, column: max(first.column - 1, 0)),
                problem: "second occurrence", mark: nodeStart)
        }
        let node: YAMLNode
        if indentlessSequence, try check(.blockEntry) {
            node = try parseIndentlessSequence(start: nodeStart, tag: tag)
        } else if try check(Self.anyScalar) {
            let token = try take()
            guard case .scalar(let value, let plain, _) = token.kind else { throw unexpected(token, block: block) }
            node = try scalar(value, plain: plain, tag: tag, at: nodeStart)
        } else if try check(.flowSequenceStart) {
            node = try parseFlowSequence(start: nodeStart, tag: tag)
        } else if try check(.flowMappingStart) {
            node = try parseFlowMapping(start: nodeStart, tag: tag)
        } else if block, try check(.blockSequenceStart) {
            node = try parseBlockSequence(start: nodeStart, tag: tag)
        } else if block, try check(.blockMappingStart) {
            node = try parseBlockMapping(start: nodeStart, tag: tag)
        } else if anchor != nil || tag != nil {
            node = try scalar("", plain: true, tag: tag, at: nodeStart)
        } else {
            throw YAMLError(
                context: "while parsing a \(block ? "block" : "flow") node", contextMark: nodeStart,
                problem: "expected the node content, but found \(try peek().kind.name)", mark: try peek().start)
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    private func nodeMark(_ mark: YAMLMark?) -> YAMLMark {
        mark ?? YAMLMark(index: 0, line: 0, column: 0)
    }

    private mutating func unexpected(_ token: YAMLToken, block: Bool) -> YAMLError {
        YAMLError(
            context: "while parsing a \(block ? "block" : "flow") node", problem: "found \(token.kind.name)",
            mark: token.start)
    }

    // MARK: - Collections

    private mutating func parseBlockSequence(start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        let opening = try take()
        var items: [YAMLNode] = []
        while try check(.blockEntry) {
            let entry = try take()
            items.append(try check(.blockEntry, .blockEnd) ? empty(at: entry.end) : try parseNode(block: true))
        }
        guard try check(.blockEnd) else {
            throw YAMLError(
                context: "while parsing a block collection", contextMark: opening.start,
                problem: "expected <block end>, but found \(try peek().kind.name)", mark: try peek().start)
        }
        _ = try take()
        return try sequence(items, start: start, tag: tag)
    }

    private mutating func parseIndentlessSequence(start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        var items: [YAMLNode] = []
        while try check(.blockEntry) {
            let entry = try take()
            items.append(
                try check(.blockEntry, .key, .value, .blockEnd) ? empty(at: entry.end) : try parseNode(block: true))
        }
        return try sequence(items, start: start, tag: tag)
    }

    private mutating func parseBlockMapping(start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        let opening = try take()
        var pairs: [(YAMLNode, YAMLNode)] = []
        while try check(.key) {
            let keyToken = try take()
            let key =
                try check(.key, .value, .blockEnd)
                ? empty(at: keyToken.end) : try parseNode(block: true, indentlessSequence: true)
            var value: YAMLNode
            if try check(.value) {
                let valueToken = try take()
                value =
                    try check(.key, .value, .blockEnd)
                    ? empty(at: valueToken.end) : try parseNode(block: true, indentlessSequence: true)
            } else {
                value = empty(at: try peek().start)
            }
            pairs.append((key, value))
        }
        guard try check(.blockEnd) else {
            throw YAMLError(
                context: "while parsing a block mapping", contextMark: opening.start,
                problem: "expected <block end>, but found \(try peek().kind.name)", mark: try peek().start)
        }
        _ = try take()
        return try mapping(pairs, start: start, tag: tag)
    }

    private mutating func parseFlowSequence(start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        let opening = try take()
        var items: [YAMLNode] = []
        var first = true
        while try !check(.flowSequenceEnd) {
            if !first {
                guard try check(.flowEntry) else {
                    throw YAMLError(
                        context: "while parsing a flow sequence", contextMark: opening.start,
                        problem: "expected ',' or ']', but got \(try peek().kind.name)", mark: try peek().start)
                }
                _ = try take()
            }
            first = false
            if try check(.key) {
                // `[a: 1]`: a single-pair mapping inside the sequence.
                let keyToken = try take()
                let pairStart = keyToken.start
                let key =
                    try check(.value, .flowEntry, .flowSequenceEnd)
                    ? empty(at: keyToken.end) : try parseNode(block: false)
                let value = try flowValue(closing: .flowSequenceEnd)
                items.append(try mapping([(key, value)], start: pairStart, tag: nil))
            } else if try !check(.flowSequenceEnd) {
                items.append(try parseNode(block: false))
            }
        }
        _ = try take()
        return try sequence(items, start: start, tag: tag)
    }

    private mutating func parseFlowMapping(start: YAMLMark, tag: String?) throws(YAMLError) -> YAMLNode {
        let opening = try take()
        var pairs: [(YAMLNode, YAMLNode)] = []
        var first = true
        while try !check(.flowMappingEnd) {
            if !first {
                guard try check(.flowEntry) else {
                    throw YAMLError(
                        context: "while parsing a flow mapping", contextMark: opening.start,
                        problem: "expected ',' or '}', but got \(try peek().kind.name)", mark: try peek().start)
                }
                _ = try take()
            }
            first = false
            if try check(.key) {
                let keyToken = try take()
                let key =
                    try check(.value, .flowEntry, .flowMappingEnd)
                    ? empty(at: keyToken.end) : try parseNode(block: false)
                pairs.append((key, try flowValue(closing: .flowMappingEnd)))
            } else if try !check(.flowMappingEnd) {
                let key = try parseNode(block: false)
                pairs.append((key, empty(at: try peek().start)))
            }
        }
        _ = try take()
        return try mapping(pairs, start: start, tag: tag)
    }

    /// The value after a flow key: `: node`, `:` alone, or nothing.
    private mutating func flowValue(closing: YAMLToken.Kind) throws(YAMLError) -> YAMLNode {
        guard try check(.value) else { return empty(at: try peek().start) }
        let valueToken = try take()
        return try check(.flowEntry, closing) ? empty(at: valueToken.end) : try parseNode(block: false)
    }
}
