// Exact Change output validator: validate input answer feedback_dir [score] < team_output.
// The answer file holds an optimal payment (k, then the coins) or "impossible". Without the flag "score"
// only an optimal payment is accepted; with it any correct payment is, and score.txt gives 10 points for
// the fewest coins, 3 fewer for every coin more (at least 0).
import Glibc

let arguments = CommandLine.arguments
let feedback = arguments[3]
let scoring = arguments.dropFirst(4).contains("score")

func write(_ text: String, to name: String) {
    guard let file = fopen(feedback + name, "w") else { exit(1) }
    fputs(text + "\n", file)
    fclose(file)
}

func tokens(ofFile path: String) -> [Substring] {
    guard let file = fopen(path, "r") else {
        fputs("cannot open \(path)\n", stderr)
        exit(1)
    }
    defer { fclose(file) }
    var text = ""
    var line: UnsafeMutablePointer<CChar>? = nil
    var size = 0
    while getline(&line, &size, file) > 0, let line { text += String(cString: line) }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" })
}

func reject(_ message: String) -> Never {
    write(message, to: "judgemessage.txt")
    exit(43)
}

func accept(points: Int) -> Never {
    if scoring { write(String(points), to: "score.txt") }
    exit(42)
}

let input = tokens(ofFile: arguments[1]).map { Int($0)! }
let (amount, coins) = (input[1], Set(input.dropFirst(2)))
let answer = tokens(ofFile: arguments[2])
let fewest: Int? = answer == ["impossible"] ? nil : Int(answer[0])!
var team: [Substring] = []
while let line = readLine() { team += line.split(separator: " ") }

if team == ["impossible"] {
    guard let fewest else { accept(points: 10) }
    reject("said impossible, but \(fewest) coins pay \(amount)")
}
guard let count = team.first.flatMap({ Int($0) }), count >= 0, team.count == count + 1 else {
    reject("expected a count and that many coins, or impossible")
}
let paid = team.dropFirst().compactMap { Int($0) }
guard paid.count == count, paid.allSatisfy(coins.contains) else { reject("not a list of the coin values") }
guard paid.reduce(0, +) == amount else { reject("the coins add up to \(paid.reduce(0, +)), not \(amount)") }
guard let fewest, fewest <= count else {
    fputs("the team paid better than the answer file\n", stderr)
    exit(1)
}
if !scoring && count > fewest { reject("\(count) coins, but \(fewest) suffice") }
accept(points: max(0, 10 - 3 * (count - fewest)))
