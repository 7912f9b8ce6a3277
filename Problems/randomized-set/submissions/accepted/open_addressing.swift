// Randomized set with a hand-rolled hash index: the members live in an array, and an
// open-addressing table (linear probing, backward-shift deletion, no tombstones) maps each
// member to its position in the array. DEL swaps the last member into the freed slot and
// updates that member's table entry. O(1) expected per operation; the table has a power of
// two >= 2 * Q slots, so it never fills past one half.

let q = Int(readLine()!)!

var tableBits = 1
while 1 << tableBits < 2 * q { tableBits += 1 }
let tableSize = 1 << tableBits
let mask = tableSize - 1
var slotKey = [Int](repeating: 0, count: tableSize)
var slotPos = [Int](repeating: -1, count: tableSize)   // -1: empty slot
var members: [Int] = []
members.reserveCapacity(q)

/// The preferred slot of `x`: Fibonacci hashing, the top `tableBits` bits of x * 2^64/phi.
func home(_ x: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(x)) &* 0x9E37_79B9_7F4A_7C15) >> (64 - tableBits))
}

/// The table slot holding `x`, or the empty slot where it would go.
func find(_ x: Int) -> Int {
    var s = home(x)
    while slotPos[s] >= 0 && slotKey[s] != x { s = (s + 1) & mask }
    return s
}

/// Empties slot `s` and shifts later members of its probe run back, so lookups never need
/// tombstones.
func erase(_ s: Int) {
    var hole = s
    var j = s
    while true {
        j = (j + 1) & mask
        if slotPos[j] < 0 { break }
        let h = home(slotKey[j])
        // Move j into the hole unless its home lies cyclically in (hole, j].
        let stays = hole <= j ? (hole < h && h <= j) : (hole < h || h <= j)
        if !stays {
            slotKey[hole] = slotKey[j]
            slotPos[hole] = slotPos[j]
            hole = j
        }
    }
    slotPos[hole] = -1
}

var out = ""
out.reserveCapacity(q * 8)

for _ in 0..<q {
    let line = readLine()!
    let space = line.firstIndex(of: " ")!
    let value = Int(line[line.index(after: space)...])!
    switch line[line.startIndex] {
    case "I":
        let s = find(value)
        if slotPos[s] >= 0 {
            out += "false\n"
        } else {
            slotKey[s] = value
            slotPos[s] = members.count
            members.append(value)
            out += "true\n"
        }
    case "D":
        let s = find(value)
        if slotPos[s] < 0 {
            out += "false\n"
        } else {
            let i = slotPos[s]
            erase(s)
            let last = members.removeLast()
            if i < members.count {
                members[i] = last
                slotPos[find(last)] = i
            }
            out += "true\n"
        }
    default:
        out += "\(members[value % members.count])\n"
    }
}

print(out, terminator: "")
