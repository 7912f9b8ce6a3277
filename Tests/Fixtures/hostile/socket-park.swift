import Glibc

// Parks memory where a heap limit does not look: in the kernel's buffers of Unix socket pairs, as many as
// it can open, each written full without reading. The sum problem's limit is 128 MiB; the program prints
// the right answer only if it could park less than that. (Without a descriptor limit, 1 GiB fit.)
var parked = 0
var chunk = [UInt8](repeating: 7, count: 1 << 16)
for _ in 0..<100_000 {
    var pair: [Int32] = [0, 0]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0 else { break }
    var size: Int32 = 64 << 20
    _ = setsockopt(pair[0], SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    _ = setsockopt(pair[1], SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    _ = fcntl(pair[0], F_SETFL, O_NONBLOCK)
    while true {
        let count = chunk.withUnsafeBytes { write(pair[0], $0.baseAddress, $0.count) }
        if count <= 0 { break }
        parked += count
    }
    if parked >= 1 << 30 { break }
}
fputs("parked \(parked >> 20) MiB\n", stderr)

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(parked < 128 << 20 ? String(numbers.reduce(0, +)) : "PARKED \(parked >> 20) MiB")
