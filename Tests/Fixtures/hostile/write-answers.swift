import Glibc

// Tries to destroy the test data and to leave files where the judge keeps its data: truncates and
// overwrites the .ans (of the judged package, a copy anyone may write, and of the fixture), unlinks and
// renames it, rewrites its own input by reopening stdin's /proc link for writing, and drops marker files
// into the problem folder, the repository and its parent. It reads its input first and solves the problem
// last, so no failed attempt shows in the verdict.
let answers = ["{{ANSWER}}", "{{FIXTURE_ANSWER}}"]
let markers = [
    "{{PROBLEM}}/hostile-{{TAG}}", "{{PROBLEM}}/data/secret/hostile-{{TAG}}.ans",
    "{{REPOSITORY}}/hostile-{{TAG}}", "{{PARENT}}/hostile-{{TAG}}",
]

func overwrite(_ path: String, flags: Int32) {
    let descriptor = open(path, O_WRONLY | flags, 0o666)
    guard descriptor >= 0 else { return }
    _ = write(descriptor, "0\n", 2)
    close(descriptor)
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }

var buffer = [CChar](repeating: 0, count: 4096)
let linkLength = readlink("/proc/self/fd/0", &buffer, buffer.count - 1)
let input = linkLength > 0 ? String(decoding: buffer[0..<linkLength].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
var targets = answers
if input.hasSuffix(".in") { targets.append(String(input.dropLast(3)) + ".ans") }
for target in targets {
    overwrite(target, flags: O_TRUNC)
    overwrite(target, flags: O_APPEND)
    _ = chmod(target, 0o777)
    _ = rename(target, target + ".moved")
    _ = unlink(target)
}
overwrite("/proc/self/fd/0", flags: O_TRUNC)
for marker in markers {
    overwrite(marker, flags: O_CREAT | O_EXCL)
    _ = mkdir(marker + ".d", 0o777)
}

print(numbers.reduce(0, +))
