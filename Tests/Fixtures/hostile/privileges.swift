import Glibc

// Reads its own /proc/self/status. When Panel runs as root, the program must run as its box's own uid and
// gid (one of 60000..<61000, the same for real, effective, saved and filesystem ids), with no supplementary
// groups, no capability at all and no_new_privs set. Prints the right answer only if so; otherwise the
// lines that are wrong.
let box = getuid()
let ids = (60000..<61000).contains(box) ? "\(box) \(box) \(box) \(box)" : "a box uid, not \(box)"
let wanted = [
    "Uid:": ids, "Gid:": ids, "Groups:": "",
    "NoNewPrivs:": "1", "CapInh:": "0000000000000000", "CapPrm:": "0000000000000000",
    "CapEff:": "0000000000000000", "CapAmb:": "0000000000000000",
]
var status = ""
if let file = fopen("/proc/self/status", "r") {
    var line = [CChar](repeating: 0, count: 1024)
    while fgets(&line, Int32(line.count), file) != nil { status += String(cString: line) }
    fclose(file)
}
var wrong: [String] = []
var found = Set<String>()
for line in status.split(separator: "\n") {
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let key = fields.first.map(String.init), let expected = wanted[key] else { continue }
    found.insert(key)
    let value = fields.dropFirst().joined(separator: " ")
    if value != expected { wrong.append("\(key) \(value)") }
}
for key in wanted.keys where !found.contains(key) { wrong.append("no \(key)") }

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(wrong.isEmpty ? String(numbers.reduce(0, +)) : "PRIV " + wrong.sorted().joined(separator: "; "))
