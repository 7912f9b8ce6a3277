import Foundation

let header = readLine()!.split(separator: " ").map { Int($0)! }
let window = header[0]
let lineCount = header[1]

var hits: [Int] = []
hits.reserveCapacity(lineCount)
var expired = 0
var out = ""
out.reserveCapacity(lineCount * 4)

for _ in 0..<lineCount {
    let line = readLine()!
    let space = line.firstIndex(of: " ")!
    let time = Int(line[line.index(after: space)...])!
    if line.hasPrefix("HIT") {
        hits.append(time)
    } else {
        while expired < hits.count && hits[expired] <= time - window {
            expired += 1
        }
        out += String(hits.count - expired)
        out += "\n"
    }
}

FileHandle.standardOutput.write(out.data(using: .utf8)!)
