// Continue Watching, offline: read every line first. Each progress event could become a row
// entry (profile, timestamp, title); sort all of them by profile, then timestamp descending,
// then title, so each profile's row is a contiguous, already ordered range of slots. A Fenwick
// tree marks the slots that are current. Replaying the events keeps the current event per
// (profile, title) by last-writer-wins and moves its mark; a request finds the first k marked
// slots of the profile's range by k order-statistic descents. O(N log N + total k log N).

struct Line {
    var kind: UInt8   // "P", "F" or "L"
    var time = 0
    var profile = 0
    var title = 0
    var value = 0     // position for P, k for L
}

let count = Int(readLine()!)!
var input: [Line] = []
input.reserveCapacity(count)
for _ in 0..<count {
    let f = readLine()!.split(separator: " ")
    switch f[0] {
    case "P": input.append(Line(kind: 80, time: Int(f[1])!, profile: Int(f[2])!, title: Int(f[3])!, value: Int(f[4])!))
    case "F": input.append(Line(kind: 70, time: Int(f[1])!, profile: Int(f[2])!, title: Int(f[3])!))
    default: input.append(Line(kind: 76, profile: Int(f[1])!, value: Int(f[2])!))
    }
}

// Row slots: one per distinct (profile, time, title) of a progress event, in row order.
var slots: [(profile: Int, time: Int, title: Int)] = []
for line in input where line.kind == 80 {
    slots.append((line.profile, line.time, line.title))
}
slots.sort { a, b in
    if a.profile != b.profile { return a.profile < b.profile }
    if a.time != b.time { return a.time > b.time }
    return a.title < b.title
}
var distinct: [(profile: Int, time: Int, title: Int)] = []
for s in slots where distinct.last.map({ $0 != s }) ?? true { distinct.append(s) }
slots = distinct

struct SlotKey: Hashable {
    var profile: Int
    var time: Int
    var title: Int
}
var slotIndex: [SlotKey: Int] = [:]
var range: [Int: (start: Int, end: Int)] = [:]   // profile -> its slots [start, end)
for (i, s) in slots.enumerated() {
    slotIndex[SlotKey(profile: s.profile, time: s.time, title: s.title)] = i
    range[s.profile, default: (i, i)].end = i + 1
}

var tree = [Int](repeating: 0, count: slots.count + 1)   // Fenwick tree over marks
func add(_ slot: Int, _ delta: Int) {
    var i = slot + 1
    while i < tree.count {
        tree[i] += delta
        i += i & -i
    }
}
func marksBefore(_ slot: Int) -> Int {
    var i = slot
    var sum = 0
    while i > 0 {
        sum += tree[i]
        i -= i & -i
    }
    return sum
}
/// The slot of the `rank`-th mark (1-based); `tree.count - 1` when there are fewer marks.
func slotOfMark(_ rank: Int) -> Int {
    var position = 0
    var remaining = rank
    var step = 1
    while step * 2 < tree.count { step *= 2 }
    while step > 0 {
        if position + step < tree.count && tree[position + step] < remaining {
            position += step
            remaining -= tree[position]
        }
        step /= 2
    }
    return position
}

struct Key: Hashable {
    var profile: Int
    var title: Int
}
struct Current {
    var time: Int
    var finished: Bool
    var position: Int
}
var current: [Key: Current] = [:]
var positionAt = [Int](repeating: 0, count: slots.count)
var output: [String] = []

for line in input {
    if line.kind == 76 {
        guard let r = range[line.profile] else {
            output.append("EMPTY")
            continue
        }
        let before = marksBefore(r.start)
        var parts: [String] = []
        for j in 1...line.value {
            let slot = slotOfMark(before + j)
            if slot >= r.end { break }
            parts.append("\(slots[slot].title):\(positionAt[slot])")
        }
        output.append(parts.isEmpty ? "EMPTY" : parts.joined(separator: " "))
        continue
    }
    let key = Key(profile: line.profile, title: line.title)
    let finished = line.kind == 70
    let event = Current(time: line.time, finished: finished, position: finished ? 0 : line.value)
    if let old = current[key] {
        let newer =
            event.time != old.time ? event.time > old.time
            : finished != old.finished ? finished
            : !finished && event.position > old.position
        guard newer else { continue }
        if !old.finished {
            add(slotIndex[SlotKey(profile: line.profile, time: old.time, title: line.title)]!, -1)
        }
    }
    current[key] = event
    if !finished {
        let slot = slotIndex[SlotKey(profile: line.profile, time: line.time, title: line.title)]!
        add(slot, 1)
        positionAt[slot] = event.position
    }
}
print(output.joined(separator: "\n"))
