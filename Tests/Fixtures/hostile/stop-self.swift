import Glibc

// Stops itself with SIGSTOP, which cannot be caught: it uses no CPU and never ends on its own, so only the
// wall-clock limit can end the run.
if let arg0 = CommandLine.unsafeArgv[0] {
    let length = strlen(arg0)
    memset(arg0, 0, length)
    for (index, byte) in "{{TAG}}".utf8.prefix(length).enumerated() { arg0[index] = CChar(bitPattern: byte) }
}
raise(SIGSTOP)

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
