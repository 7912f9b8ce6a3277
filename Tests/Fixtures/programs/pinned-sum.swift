import Glibc

// Prints the sum of the input only when this process may run on exactly one CPU, as each case of a pinned
// parallel judging (`panel submit -j 2` where a cpuset can be had) may; otherwise it prints the CPUs it may
// run on (`Cpus_allowed_list` of /proc/self/status), so the verdict is WA. `.ci/host-cells` uses it to prove
// that pinning happened on cgroup v2, and that the check can fail (PANEL_NO_CPUSET=1).
var allowed = "unknown"
if let file = fopen("/proc/self/status", "r") {
    var line: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    while getline(&line, &capacity, file) > 0, let text = line.map({ String(cString: $0) }) {
        if text.hasPrefix("Cpus_allowed_list:") {
            allowed = String(text.dropFirst("Cpus_allowed_list:".count).filter { !$0.isWhitespace })
        }
    }
    free(line)
    fclose(file)
}
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
if !allowed.isEmpty && allowed.allSatisfy(\.isNumber) {
    print(numbers.reduce(0, +))
} else {
    print("may run on CPUs \(allowed)")
}
