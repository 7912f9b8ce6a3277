import Glibc

// Holds 80 MiB in shared memory (an anonymous shared mapping, which the kernel keeps in shmem and counts
// as page cache) rather than on the heap, and answers. The run's reported peak memory must include it.
let size = 80 << 20
let memory = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
var held = 0
if let memory, memory != MAP_FAILED {
    memset(memory, 9, size)
    held = size
}
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(held == size ? String(numbers.reduce(0, +)) : "HELD \(held)")
