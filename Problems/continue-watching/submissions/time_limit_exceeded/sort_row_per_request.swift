// TIME LIMIT EXCEEDED (naive): last-writer-wins per (profile, title) in a dictionary, which is
// right, but every request collects the profile's titles, filters out the finished ones and
// sorts them: O(T log T) per request for a profile with T titles. With 10^5 titles in
// progress and 10^5 requests that is over 10^10 steps.

struct Current {
    var time: Int
    var finished: Bool
    var position: Int
}

var titles: [Int: [Int: Current]] = [:]   // profile -> title -> current event
var output: [String] = []

let lines = Int(readLine()!)!
for _ in 0..<lines {
    let f = readLine()!.split(separator: " ")
    if f[0] == "L" {
        let profile = Int(f[1])!
        let k = Int(f[2])!
        let row = (titles[profile] ?? [:])
            .filter { !$0.value.finished }
            .sorted { a, b in a.value.time != b.value.time ? a.value.time > b.value.time : a.key < b.key }
            .prefix(k)
        output.append(row.isEmpty ? "EMPTY" : row.map { "\($0.key):\($0.value.position)" }.joined(separator: " "))
        continue
    }
    let profile = Int(f[2])!
    let title = Int(f[3])!
    let event = Current(time: Int(f[1])!, finished: f[0] == "F", position: f[0] == "F" ? 0 : Int(f[4])!)
    if let old = titles[profile]?[title] {
        let newer =
            event.time != old.time ? event.time > old.time
            : event.finished != old.finished ? event.finished
            : !event.finished && event.position > old.position
        if !newer { continue }
    }
    titles[profile, default: [:]][title] = event
}
print(output.joined(separator: "\n"))
