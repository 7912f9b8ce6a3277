// WRONG ANSWER (rebuffer time mis-accounted): when a download outlasts the buffer it adds the
// whole download time to REBUFFER_MS. Playback only stalls once the buffer runs dry, so the
// stall is the download time minus the buffer that was left (d - b), not d.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (rungs, segmentMs, maxBufferMs, reservoirMs, cushionMs) = (header[0], header[1], header[2], header[3], header[4])
let ladder = readLine()!.split(separator: " ").map { Int($0)! }   // kbps, ascending
let n = Int(readLine()!)!
let throughput = readLine()!.split(separator: " ").map { Int($0)! }   // kbps per segment

let lowest = ladder[0]
let highest = ladder[rungs - 1]

/// 0-based rung for a buffer level, by the BBA-0 rate map.
func rung(bufferMs b: Int) -> Int {
    if b <= reservoirMs { return 0 }
    if b >= reservoirMs + cushionMs { return rungs - 1 }
    let budget = lowest * cushionMs + (highest - lowest) * (b - reservoirMs)
    var low = 0          // ladder[low] * cushion <= budget always holds
    var high = rungs - 1 // ladder[high] * cushion > budget here (b is below the cushion's top)
    while high - low > 1 {
        let mid = (low + high) / 2
        if ladder[mid] * cushionMs <= budget { low = mid } else { high = mid }
    }
    return low
}

var bufferMs = 0
var rebufferMs = 0
var startupMs = 0
var switches = 0
var chosen: [Int] = []
chosen.reserveCapacity(n)
for i in 0..<n {
    let j = rung(bufferMs: bufferMs)
    if i > 0 && j != chosen[i - 1] { switches += 1 }
    chosen.append(j)
    let bits = ladder[j] * segmentMs   // kbps * ms = bits
    let downloadMs = (bits + throughput[i] - 1) / throughput[i]
    if i == 0 {
        startupMs = downloadMs
    } else if downloadMs > bufferMs {
        rebufferMs += downloadMs   // BUG: the first b ms still play from the buffer
        bufferMs = 0
    } else {
        bufferMs -= downloadMs
    }
    bufferMs = min(bufferMs + segmentMs, maxBufferMs)   // a full buffer waits before the next request
}

print(chosen.map { String($0 + 1) }.joined(separator: " "))
print("REBUFFER_MS \(rebufferMs) STARTUP_MS \(startupMs) SWITCHES \(switches)")
