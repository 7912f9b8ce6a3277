// Adaptive bitrate with the BBA-0 rate map precomputed as a table: for every buffer level
// inside the cushion (Rv < b < Rv + Cu, at most 10^6 levels) the rung is found by one pointer
// that only moves up the ladder as b grows, so the table costs O(Cu + L) and each segment an
// O(1) look-up. Then the buffer is simulated segment by segment in 64-bit integers.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let rungs = header[0]
let segmentMs = header[1]
let maxBufferMs = header[2]
let reservoirMs = header[3]
let cushionMs = header[4]
let ladder = readLine()!.split(separator: " ").map { Int($0)! }
let n = Int(readLine()!)!
let throughput = readLine()!.split(separator: " ").map { Int($0)! }

// cushionRung[x] is the rung for b = Rv + x, 0 < x < Cu (index 0 unused).
var cushionRung = [Int32](repeating: 0, count: max(cushionMs, 1))
var pointer = 0
for x in stride(from: 1, to: cushionMs, by: 1) {
    let budget = ladder[0] * cushionMs + (ladder[rungs - 1] - ladder[0]) * x
    while pointer + 1 < rungs && ladder[pointer + 1] * cushionMs <= budget { pointer += 1 }
    cushionRung[x] = Int32(pointer)
}

var bufferMs = 0
var rebufferMs = 0
var startupMs = 0
var switches = 0
var previous = -1
var output: [String] = []
output.reserveCapacity(n)
for i in 0..<n {
    let j: Int
    if bufferMs <= reservoirMs {
        j = 0
    } else if bufferMs >= reservoirMs + cushionMs {
        j = rungs - 1
    } else {
        j = Int(cushionRung[bufferMs - reservoirMs])
    }
    if previous >= 0 && j != previous { switches += 1 }
    previous = j
    output.append(String(j + 1))
    let downloadMs = (ladder[j] * segmentMs + throughput[i] - 1) / throughput[i]
    if i == 0 {
        startupMs = downloadMs
    } else if downloadMs > bufferMs {
        rebufferMs += downloadMs - bufferMs
        bufferMs = 0
    } else {
        bufferMs -= downloadMs
    }
    bufferMs += segmentMs
    if bufferMs > maxBufferMs { bufferMs = maxBufferMs }
}

print(output.joined(separator: " "))
print("REBUFFER_MS \(rebufferMs) STARTUP_MS \(startupMs) SWITCHES \(switches)")
