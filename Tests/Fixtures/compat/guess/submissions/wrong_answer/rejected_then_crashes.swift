// Sends a line the validator rejects at once, then waits for a reply that never comes and crashes on the
// end of its input. The validator exited first with a rejection, so the verdict is WA, not RTE.
import Glibc

_ = readLine()!
print("hello")
fflush(stdout)
let reply = readLine()!
print("! \(reply)")
