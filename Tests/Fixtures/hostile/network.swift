import Glibc

// Tries to reach the test's TCP listener on the host's loopback and send it bytes, then solves the problem.
// The run's network namespace has no usable interface, so the listener must never see a connection.
let port = UInt16("{{PORT}}") ?? 0

for _ in 0..<3 {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    if descriptor < 0 { break }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = port.bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    if connected == 0 { _ = send(descriptor, "HOSTILE\n", 8, 0) }
    close(descriptor)
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
