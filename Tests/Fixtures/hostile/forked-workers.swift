import Glibc

// Does its work in two child processes, 0.6 s of CPU each, in parallel, and never waits for them: they
// send their results through a pipe and are left for Panel to kill. The main process itself uses almost
// no CPU, but the run as a whole uses 1.2 s, over the 1 s limit, so it must be a TLE.
func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

var pipeEnds: [Int32] = [0, 0]
_ = pipe(&pipeEnds)
for _ in 0..<2 where fork() == 0 {
    var counter: UInt64 = 0
    while cpuSeconds() < 0.6 {
        for _ in 0..<100_000 { counter &+= 1 }
    }
    var byte = UInt8(counter & 0x7F)
    _ = write(pipeEnds[1], &byte, 1)
    pause()
}
var byte: UInt8 = 0
for _ in 0..<2 { _ = read(pipeEnds[0], &byte, 1) }

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
