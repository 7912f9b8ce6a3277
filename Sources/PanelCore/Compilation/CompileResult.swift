import Foundation

/// The outcome of compiling a submission or a validator. A compile error is a result, not a thrown error.
public struct CompileResult: Sendable, Codable, Equatable {
    /// Whether a program was produced.
    public var ok: Bool
    /// Wall-clock seconds the compiler took (of the original compile, when served from the cache).
    public var seconds: Double
    /// Compiler messages, capped at ``CompileResult/diagnosticsCap`` bytes.
    public var diagnostics: String
    /// Whether this result came from the cache without running the compiler.
    public var cached: Bool
    /// The compiled program, when `ok`.
    public var program: URL?
    /// True when the compiler did not finish by itself (killed by a signal or a limit, as on Ctrl-C or on a
    /// loaded machine): such a failure says nothing about the sources, so the cache does not keep it.
    public var unfinished: Bool? = nil

    /// Compiler output kept per compile, as DMOJ keeps.
    public static let diagnosticsCap = 64 * 1024
}

/// One source file handed to the compiler.
public struct SourceFile: Sendable, Equatable {
    /// The name shown in diagnostics.
    public var name: String
    /// The file's bytes.
    public var contents: [UInt8]

    /// Creates a source file from memory.
    public init(name: String, contents: [UInt8]) {
        self.name = name
        self.contents = contents
    }

    /// Reads a source file.
    public init(contentsOf url: URL) throws(PanelError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .io(path: url.path, reason: "cannot read the source file")
        }
        self.init(name: url.lastPathComponent, contents: Array(data))
    }
}
