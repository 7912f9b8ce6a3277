import Glibc

// Allocates and touches memory a MiB at a time, without end, outside Swift's arrays: the memory cgroup's
// OOM killer (or, on hosts without one, RLIMIT_AS and a refused allocation) must stop it. The blocks are
// kept, so the optimizer cannot drop the allocations.
var blocks: [UnsafeMutableRawPointer] = []
while true {
    guard let block = malloc(1 << 20) else {
        fputs("out of memory\n", stderr)
        abort()
    }
    memset(block, 1, 1 << 20)
    blocks.append(block)
}
