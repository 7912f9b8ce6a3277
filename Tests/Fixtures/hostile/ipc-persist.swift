import Glibc

// Looks for the System V objects an earlier run of this program made (key 0x5a17_0000 + n), then makes
// them: a shared-memory segment of 8 MiB, a semaphore set and a message queue. Each test is a fresh run;
// if one run found what another left, the objects outlived their run (a channel between runs, and memory
// charged to the next). Prints the right answer only if it found nothing.
var seen: [String] = []
let key = key_t(0x5a17_0000)
if shmget(key, 0, 0) >= 0 { seen.append("shared memory") }
if semget(key, 0, 0) >= 0 { seen.append("semaphores") }
if msgget(key, 0) >= 0 { seen.append("message queue") }
let segment = shmget(key, 8 << 20, IPC_CREAT | 0o600)
if segment >= 0, let memory = shmat(segment, nil, 0), memory != UnsafeMutableRawPointer(bitPattern: -1) {
    memset(memory, 1, 8 << 20)
    shmdt(memory)
}
_ = semget(key, 1, IPC_CREAT | 0o600)
_ = msgget(key, IPC_CREAT | 0o600)

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(seen.isEmpty ? String(numbers.reduce(0, +)) : "FOUND " + seen.joined(separator: ", "))
