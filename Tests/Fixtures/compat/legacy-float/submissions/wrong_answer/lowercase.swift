// Right points, but "parallel" in lower case: the default validator ignores case, except in
// data/secret/2-parallel, whose testdata.yaml adds case_sensitive.
func readRoad() -> [Double] { readLine()!.split(separator: " ").map { Double($0)! } }

let a = readRoad()
let b = readRoad()
let (dx1, dy1, dx2, dy2) = (a[2] - a[0], a[3] - a[1], b[2] - b[0], b[3] - b[1])
let determinant = dx1 * dy2 - dy1 * dx2
if determinant == 0 {
    print("parallel")
} else {
    let t = ((b[0] - a[0]) * dy2 - (b[1] - a[1]) * dx2) / determinant
    print(a[0] + t * dx1, a[1] + t * dy1)
}
