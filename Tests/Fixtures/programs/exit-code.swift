import Glibc

// Prints the right answer but exits with code 3, which is an RTE.
_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(numbers.reduce(0, +))
fflush(stdout)
exit(3)
