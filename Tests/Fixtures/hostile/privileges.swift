import Glibc

// Reads its own /proc/self/status. When Panel runs as root, the program must run as uid and gid 65534 with
// no supplementary groups, no capability at all and no_new_privs set. Prints the right answer only if so;
// otherwise the lines that are wrong.
let wanted = [
    "Uid:": "65534 65534 65534 65534", "Gid:": "65534 65534 65534 65534", "Groups:": "",
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
