// swift-format-ignore-file
// ICPC output validator whose exit codes are constants of problem.yaml, substituted before it compiles.
import Foundation

let answer = try String(contentsOfFile: CommandLine.arguments[2], encoding: .utf8)
let output = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
let expected = answer.split(whereSeparator: \.isWhitespace)
let got = output.split(whereSeparator: \.isWhitespace)
guard let value = got.first.flatMap({ Int($0) }), abs(value) <= {{max_abs}} * {{max_abs}} else {
    FileManager.default.createFile(
        atPath: CommandLine.arguments[3] + "/judgemessage.txt", contents: Data("not an integer in range".utf8))
    exit({{rejected_exit}})
}
if got == expected { exit({{accepted_exit}}) }
FileManager.default.createFile(
    atPath: CommandLine.arguments[3] + "/judgemessage.txt",
    contents: Data("wrong sum; exit {{rejected_exit.words}}; {{unknown_name}} stays".utf8))
exit({{rejected_exit.value}})
