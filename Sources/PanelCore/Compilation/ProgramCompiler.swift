import Foundation

/// A compiler whose programs the ``CompileCache`` keeps: Swift for submissions and validators, C and C++
/// for validators of packages written for other judges.
public protocol ProgramCompiler: Sendable {
    /// Compiler version and flags: part of every cache key, so a new compiler or new flags rebuild.
    var identity: String { get }

    /// Compiles `sources` into `directory/program`.
    ///
    /// - Parameters:
    ///   - directory: an empty folder Panel owns; the compiler writes only there.
    ///   - timeLimit: wall-clock limit, past which the result is a compile error.
    ///   - memoryMiB: memory for the compiler and the linker together.
    /// - Returns: the result; a compile error is a result, not an error.
    func compile(_ sources: [SourceFile], in directory: URL, timeLimit: Duration, memoryMiB: Int) throws(PanelError)
        -> CompileResult
}
