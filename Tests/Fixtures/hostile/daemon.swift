import Glibc

// Leaves a daemon behind: a double fork with setsid, out of the program's process group and parented to
// init. The daemon waits 2 s, past the end of the run, then tries to write a marker file into a host folder
// that anyone may write to. The program itself solves the problem at once.
if let arg0 = CommandLine.unsafeArgv[0] {
    let length = strlen(arg0)
    memset(arg0, 0, length)
    for (index, byte) in "{{TAG}}".utf8.prefix(length).enumerated() { arg0[index] = CChar(bitPattern: byte) }
}
let child = fork()
if child == 0 {
    _ = setsid()
    signal(SIGHUP, SIG_IGN)
    if fork() == 0 {
        sleep(2)
        for path in ["{{MARKER}}", "/tmp/hostile-{{TAG}}"] {
            let descriptor = open(path, O_WRONLY | O_CREAT, 0o666)
            if descriptor >= 0 {
                _ = write(descriptor, "daemon\n", 7)
                close(descriptor)
            }
        }
        sleep(600)
    }
    _exit(0)
}
if child > 0 { waitpid(child, nil, 0) }

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
