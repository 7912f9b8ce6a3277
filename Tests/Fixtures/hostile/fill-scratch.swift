import Glibc

// Fills the scratch folder (/tmp, its working directory) with 1 MiB files until a write is refused, trying
// for up to 192 MiB, then solves the problem. Files are kept at 1 MiB, the output limit, which RLIMIT_FSIZE
// applies to every file. Prints the right answer only when /tmp is a file system of at most 64 MiB and it
// could write something, but no more than that; "UNCAPPED" past the cap, "EMPTY" when nothing was written.
var info = statvfs()
let capacity = statvfs("/tmp", &info) == 0 ? Int(info.f_blocks) * Int(info.f_frsize) : Int.max
signal(SIGXFSZ, SIG_IGN)
let chunk = [UInt8](repeating: 0x5A, count: 1 << 18)
var written = 0
var full = false
var index = 0
while !full && written < 192 << 20 {
    let descriptor = open("/tmp/fill-\(index)", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    index += 1
    if descriptor < 0 { break }
    for _ in 0..<4 {
        let count = write(descriptor, chunk, chunk.count)
        if count > 0 { written += count }
        if count < chunk.count {
            full = true
            break
        }
    }
    close(descriptor)
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
if written > 64 << 20 || capacity > 64 << 20 {
    print("UNCAPPED: wrote \(written) bytes to a /tmp of \(capacity)")
} else if written == 0 {
    print("EMPTY errno \(errno)")
} else {
    print(numbers.reduce(0, +))
}
