import Glibc

// Looks around: at its environment (which must be Panel's five documented variables and must not carry the
// test's secret), at /proc (which must show no process but itself), and, when the run has a private root,
// at the host's folders (none of which may exist), and at its mount table (which must not name the
// problem's folder or the test case). Prints the right answer only when it saw nothing it
// should not; otherwise what it saw.
let secret = "{{SECRET}}"
let privateRoot = "{{ISOLATED}}" == "1"
var seen: [String] = []

var entry = environ
while let pointer = entry.pointee {
    let variable = String(cString: pointer)
    let name = String(variable.prefix { $0 != "=" })
    if variable.contains(secret) || variable.contains("PANEL_TEST_SECRET") { seen.append("secret in \(name)") }
    if !["PATH", "HOME", "TMPDIR", "LANG", "SWIFT_BACKTRACE"].contains(name) { seen.append("variable \(name)") }
    entry += 1
}

if let directory = opendir("/proc") {
    while let item = readdir(directory) {
        let name = withUnsafeBytes(of: item.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        if let pid = Int32(name), pid != getpid() { seen.append("process \(pid)") }
    }
    closedir(directory)
}

if privateRoot {
    for path in ["/work", "/root", "/home", "/etc", "/usr", "/var", "/opt", "/sys", "{{REPOSITORY}}", "{{PROBLEM}}"] {
        var info = stat()
        if stat(path, &info) == 0 { seen.append("folder \(path)") }
    }
}

// The mount table names the source of every bind: the problem's folder or its test case must not show.
if let table = fopen("/proc/self/mountinfo", "r") {
    var line = [CChar](repeating: 0, count: 4096)
    while fgets(&line, Int32(line.count), table) != nil {
        let text = String(cString: line)
        for path in ["{{REPOSITORY}}", "{{PROBLEM}}", "data/secret", "data/sample"] where text.contains(path) {
            seen.append("mount of \(path)")
        }
    }
    fclose(table)
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(seen.isEmpty ? String(numbers.reduce(0, +)) : "SAW " + seen.joined(separator: "; "))
