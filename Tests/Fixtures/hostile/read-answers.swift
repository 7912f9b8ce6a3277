import Glibc

// Looks for the hidden answer of secret/1-small everywhere it might be visible: the host path, the same
// path through /proc, paths relative to the working directory, and the .ans next to the input file that
// stdin was opened from. Prints "LEAK:" and whatever it read; with nothing read, solves the problem.
let answer = "{{ANSWER}}"
let problem = "{{PROBLEM}}"

func contents(of path: String) -> String? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
        let count = read(descriptor, &buffer, buffer.count)
        if count <= 0 { break }
        bytes += buffer[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
}

func entries(of path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        names.append(name)
    }
    return names
}

var buffer = [CChar](repeating: 0, count: 4096)
let linkLength = readlink("/proc/self/fd/0", &buffer, buffer.count - 1)
let input = linkLength > 0 ? String(decoding: buffer[0..<linkLength].map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
var paths = [
    answer, "/proc/self/root" + answer, "/proc/1/root" + answer, "../data/secret/1-small.ans",
    "data/secret/1-small.ans", "Tests/Fixtures/problems/sum/data/secret/1-small.ans",
]
if input.hasSuffix(".in") { paths.append(String(input.dropLast(3)) + ".ans") }
var leaked: [String] = []
for path in paths {
    if let text = contents(of: path) { leaked.append("\(path)=\(text)") }
}
for folder in [problem + "/data/secret", problem + "/data"] {
    if let names = entries(of: folder) { leaked.append("\(folder)=\(names.joined(separator: ","))") }
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(leaked.isEmpty ? String(numbers.reduce(0, +)) : "LEAK:" + leaked.joined(separator: ";"))
