// WRONG ANSWER (off by one at the boundaries): reads "above the reservoir" and "below the
// rate map" as strict everywhere: b < Rv for the lowest rung, b > Rv + Cu for the highest, and
// the largest r_j with r_j*Cu < budget. At b = Rv + Cu exactly it picks the second-highest rung,
// and wherever r_j*Cu equals the budget exactly it picks one rung too low.

let header = readLine()!.split(separator: " ").map { Int($0)! }
let (rungs, segmentMs, maxBufferMs, reservoirMs, cushionMs) = (header[0], header[1], header[2], header[3], header[4])
let ladder = readLine()!.split(separator: " ").map { Int($0)! }   // kbps, ascending
let n = Int(readLine()!)!
let throughput = readLine()!.split(separator: " ").map { Int($0)! }   // kbps per segment

let lowest = ladder[0]
let highest = ladder[rungs - 1]

/// 0-based rung for a buffer level, by the BBA-0 rate map.
func rung(bufferMs b: Int) -> Int {
    if b < reservoirMs { return 0 }   // BUG: b = Rv belongs here too (harmless)
    if b > reservoirMs + cushionMs { return rungs - 1 }   // BUG: b = Rv + Cu is the top rung
    let budget = lowest * cushionMs + (highest - lowest) * (b - reservoirMs)
    var best = 0
    var low = 0
    var high = rungs - 1
    while low <= high {
        let mid = (low + high) / 2
        if ladder[mid] * cushionMs < budget {   // BUG: a rung exactly on the rate map is allowed
            best = mid
            low = mid + 1
        } else {
            high = mid - 1
        }
    }
    return best
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
