import Glibc

// Ignores every signal it may ignore (SIGXCPU, SIGTERM, SIGINT, SIGHUP, ...) and spins: only SIGKILL can
// end it, from the CPU backstop's hard limit or the wall clock.
if let arg0 = CommandLine.unsafeArgv[0] {
    let length = strlen(arg0)
    memset(arg0, 0, length)
    for (index, byte) in "{{TAG}}".utf8.prefix(length).enumerated() { arg0[index] = CChar(bitPattern: byte) }
}
for number in 1...31 { _ = signal(Int32(number), SIG_IGN) }
var counter = 0
while true { counter &+= 1 }
