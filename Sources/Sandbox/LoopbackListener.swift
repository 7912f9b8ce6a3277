/// A TCP listener on 127.0.0.1, for proving that sandboxed programs cannot reach the host's network.
public final class LoopbackListener {
    /// The port the listener is bound to.
    public let port: UInt16
    private let descriptor: Int32

    /// Opens a non-blocking listener on an ephemeral port of 127.0.0.1.
    public init() throws(SandboxError) {
        let socketDescriptor = try syscall("socket") {
            socket(
                AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(socketDescriptor, 16) == 0 else {
            let code = errno
            close(socketDescriptor)
            throw SandboxError.systemCall("bind/listen on 127.0.0.1", errno: code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
        }
        descriptor = socketDescriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(descriptor) }

    /// Accepts and counts every connection waiting now, without blocking.
    public func acceptPending() -> Int {
        var count = 0
        while true {
            let connection = accept(descriptor, nil, nil)
            if connection < 0 { return count }
            close(connection)
            count += 1
        }
    }
}
