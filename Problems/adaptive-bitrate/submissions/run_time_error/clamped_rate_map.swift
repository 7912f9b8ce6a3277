// RUN TIME ERROR (division by zero): computes the rate map as a bitrate first,
// f(b) = r_1 + (r_L - r_1) * (b - Rv) / Cu, clamps it to [r_1, r_L] and takes the largest rung
// r_j <= f(b). With integer floor division that is exactly the BBA-0 rule (b - Rv > 0 inside
// the cushion, and the clamp covers the reservoir and the top), except when the cushion is
// empty: Cu = 0 divides by zero, which traps.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (rungs, segmentMs, maxBufferMs, reservoirMs, cushionMs) = (header[0], header[1], header[2], header[3], header[4])
let ladder = readLine()!.split(separator: " ").map { Int($0)! }   // kbps, ascending
let n = Int(readLine()!)!
let throughput = readLine()!.split(separator: " ").map { Int($0)! }   // kbps per segment

let lowest = ladder[0]
let highest = ladder[rungs - 1]

/// 0-based rung for a buffer level, by the BBA-0 rate map.
func rung(bufferMs b: Int) -> Int {
    let target = lowest + (highest - lowest) * (b - reservoirMs) / cushionMs   // BUG: Cu may be 0
    let rate = min(max(target, lowest), highest)
    var low = 0
    var high = rungs - 1
    while low < high {   // largest rung with ladder[j] <= rate
        let mid = (low + high + 1) / 2
        if ladder[mid] <= rate { low = mid } else { high = mid - 1 }
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
        rebufferMs += downloadMs - bufferMs
        bufferMs = 0
    } else {
        bufferMs -= downloadMs
    }
    bufferMs = min(bufferMs + segmentMs, maxBufferMs)   // a full buffer waits before the next request
}

print(chosen.map { String($0 + 1) }.joined(separator: " "))
print("REBUFFER_MS \(rebufferMs) STARTUP_MS \(startupMs) SWITCHES \(switches)")
