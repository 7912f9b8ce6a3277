import Glibc

// Forks without end, and every child forks too. The pids cgroup caps the bomb at 64 processes and the
// clock ends the run; nothing may outlive it. Each process carries the test's tag in argv[0], so the
// test can look for survivors in /proc.
if let arg0 = CommandLine.unsafeArgv[0] {
    let length = strlen(arg0)
    memset(arg0, 0, length)
    for (index, byte) in "{{TAG}}".utf8.prefix(length).enumerated() { arg0[index] = CChar(bitPattern: byte) }
}
while true { _ = fork() }
