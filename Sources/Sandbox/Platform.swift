import CSandbox

#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Musl)
    @_exported import Musl
#endif

/// Calls `body` until it stops failing with `EINTR`; any other failure throws an error naming `call`.
///
/// `body` returns the raw result of a system call, where `-1` means failure with `errno` set.
@discardableResult
func syscall<Result: BinaryInteger>(
    _ call: @autoclosure () -> String,
    _ body: () -> Result
) throws(SandboxError) -> Result {
    while true {
        let result = body()
        if result != -1 { return result }
        let code = errno
        if code == EINTR { continue }
        throw SandboxError.systemCall(call(), errno: code)
    }
}

/// The text of `strerror` for an errno value.
func errnoDescription(_ code: Int32) -> String {
    String(cString: strerror(code))
}

/// The target of a symbolic link, or nil.
func readlinkText(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

extension Sandbox {
    /// A pipe whose ends close on exec, for connecting two runs (see ``ProcessSpec/stdinDescriptor``).
    public static func makePipe() throws(SandboxError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        _ = try syscall("pipe2") { panel_pipe_cloexec(&ends) }
        return (ends[0], ends[1])
    }
}
