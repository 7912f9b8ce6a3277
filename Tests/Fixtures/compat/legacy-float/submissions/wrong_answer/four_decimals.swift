// Rounds the point to four decimals: within 1e-6 only where the exact point has few decimals or is so far
// away that the relative tolerance covers the rounding (secret/1-crossing/04-far-away).
func readRoad() -> [Double] { readLine()!.split(separator: " ").map { Double($0)! } }
func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

let a = readRoad()
let b = readRoad()
let (dx1, dy1, dx2, dy2) = (a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1])
let determinant = dx1 * dy2 - dy1 * dx2
if determinant == 0 {
    print("PARALLEL")
} else {
    let t = ((b[0] - a[0]) * dy2 - (b[1] - a[1]) * dx2) / determinant
    print(rounded(a[0] + t * dx1), rounded(a[1] + t * dy1))
}
