// WRONG ANSWER (classic bug): applies events in arrival order, so the last event to arrive
// for a (profile, title) becomes current even when it happened earlier. A late upload from an
// offline device rolls the position back, moves the title in the row, or brings a finished
// title back. Otherwise the same lazy-deletion heap as the accepted solution.

struct Current {
    var time: Int
    var finished: Bool
    var position: Int
    var version: Int
}

struct Entry {
    var time: Int
    var title: Int
    var slot: Int      // index into `current`
    var version: Int

    /// Row order: later first, then smaller title id.
    func comesBefore(_ other: Entry) -> Bool {
        time != other.time ? time > other.time : title < other.title
    }
}

struct RowHeap {
    var items: [Entry] = []

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            if !items[i].comesBefore(items[parent]) { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let last = items.popLast() else { return nil }
        guard !items.isEmpty else { return last }
        let top = items[0]
        items[0] = last
        var i = 0
        while true {
            let left = 2 * i + 1
            let right = left + 1
            var best = i
            if left < items.count && items[left].comesBefore(items[best]) { best = left }
            if right < items.count && items[right].comesBefore(items[best]) { best = right }
            if best == i { break }
            items.swapAt(i, best)
            i = best
        }
        return top
    }
}

struct Key: Hashable {
    var profile: Int
    var title: Int
}

var profileIndex: [Int: Int] = [:]
var heaps: [RowHeap] = []
var slotOf: [Key: Int] = [:]
var current: [Current] = []
var output: [String] = []

func profileSlot(_ profile: Int) -> Int {
    if let index = profileIndex[profile] { return index }
    profileIndex[profile] = heaps.count
    heaps.append(RowHeap())
    return heaps.count - 1
}

/// Applies an event if it beats the current one for (profile, title).
func apply(time: Int, profile: Int, title: Int, finished: Bool, position: Int) {
    let p = profileSlot(profile)
    let key = Key(profile: profile, title: title)
    let slot: Int
    if let existing = slotOf[key] {
        let old = current[existing]
        // BUG: no timestamp comparison, the newest arrival wins
        slot = existing
        current[slot] = Current(time: time, finished: finished, position: position, version: old.version + 1)
    } else {
        slot = current.count
        slotOf[key] = slot
        current.append(Current(time: time, finished: finished, position: position, version: 0))
    }
    if !finished {
        heaps[p].push(Entry(time: time, title: title, slot: slot, version: current[slot].version))
    }
}

func row(profile: Int, limit: Int) -> String {
    guard let p = profileIndex[profile] else { return "EMPTY" }
    var shown: [Entry] = []
    var parts: [String] = []
    while shown.count < limit, let entry = heaps[p].pop() {
        let state = current[entry.slot]
        guard state.version == entry.version && !state.finished else { continue }   // stale: drop for good
        shown.append(entry)
        parts.append("\(entry.title):\(state.position)")
    }
    for entry in shown { heaps[p].push(entry) }
    return parts.isEmpty ? "EMPTY" : parts.joined(separator: " ")
}

let lines = Int(readLine()!)!
for _ in 0..<lines {
    let fields = readLine()!.split(separator: " ")
    switch fields[0] {
    case "P":
        apply(time: Int(fields[1])!, profile: Int(fields[2])!, title: Int(fields[3])!, finished: false,
              position: Int(fields[4])!)
    case "F":
        apply(time: Int(fields[1])!, profile: Int(fields[2])!, title: Int(fields[3])!, finished: true, position: 0)
    default:
        output.append(row(profile: Int(fields[1])!, limit: Int(fields[2])!))
    }
}
print(output.joined(separator: "\n"))
