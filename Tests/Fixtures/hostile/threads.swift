import Glibc

// Eight threads and the main thread burn CPU at once. The CPU time of every thread counts against the
// limit, so the run is a TLE with at least the limit's worth of CPU time.
var threads: [pthread_t] = []
for _ in 0..<8 {
    var thread = pthread_t()
    let created = pthread_create(
        &thread, nil,
        { _ in
            var counter = 0
            while true { counter &+= 1 }
        }, nil)
    if created == 0 { threads.append(thread) }
}
var counter = 0
while true { counter &+= 1 }
