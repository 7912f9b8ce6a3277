// Input: "n secret" with 1 ≤ secret ≤ n ≤ 10^6. Exit 42 when valid.
import Glibc

guard let line = readLine(), readLine() == nil else {
    print("expected one line")
    exit(43)
}
let parts = line.split(separator: " ", omittingEmptySubsequences: false).map { Int($0) }
guard parts.count == 2, let n = parts[0], let secret = parts[1], 1 <= secret, secret <= n, n <= 1_000_000 else {
    print("expected 'n secret' with 1 ≤ secret ≤ n ≤ 10^6")
    exit(43)
}
exit(42)
