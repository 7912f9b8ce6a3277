// Interactor: reads "n secret" from the input file, tells the solution n, answers "? x" with <, > or =,
// and accepts "! x" when x is the secret and at most 20 questions were asked.
import Glibc

let arguments = CommandLine.arguments
let feedback = arguments[3]
func finish(_ code: Int32, _ message: String) -> Never {
    if let file = fopen(feedback + "judgemessage.txt", "w") {
        fputs(message + "\n", file)
        fclose(file)
    }
    exit(code)
}
guard let input = fopen(arguments[1], "r") else { finish(1, "cannot open the input") }
var n = 0
var secret = 0
guard readTwoNumbers(input, &n, &secret) else { finish(1, "bad input") }
func readTwoNumbers(_ file: UnsafeMutablePointer<FILE>, _ a: inout Int, _ b: inout Int) -> Bool {
    var line: UnsafeMutablePointer<CChar>? = nil
    var size = 0
    guard getline(&line, &size, file) > 0, let line else { return false }
    let parts = String(cString: line).split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    guard parts.count == 2 else { return false }
    (a, b) = (parts[0], parts[1])
    return true
}
print(n)
fflush(stdout)
var questions = 0
while let line = readLine() {
    let parts = line.split(separator: " ")
    guard parts.count == 2, let value = Int(parts[1]) else { finish(43, "malformed line '\(line)'") }
    if parts[0] == "!" {
        if value == secret { finish(42, "found \(secret) with \(questions) questions") }
        finish(43, "answered \(value), the number was \(secret)")
    }
    guard parts[0] == "?" else { finish(43, "unknown command '\(parts[0])'") }
    questions += 1
    if questions > 20 { finish(43, "more than 20 questions") }
    print(value < secret ? "<" : value > secret ? ">" : "=")
    fflush(stdout)
}
finish(43, "the solution ended without an answer")
