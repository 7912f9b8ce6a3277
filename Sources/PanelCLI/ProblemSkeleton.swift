/// The files of `panel init problem`: a toy problem (sum a list of integers) that `panel verify` passes as
/// it stands, laid out as an ICPC package with Panel's `panel.yaml`, for an author to replace piece by piece.
enum ProblemSkeleton {
    /// Relative path → contents for a package named `slug`.
    static func files(slug: String) -> [String: String] {
        let title = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        let largest = Array(repeating: "1000000000", count: 1000).joined(separator: " ")
        return [
            "problem.yaml": """
            # Written by panel init: a toy problem that verifies as it stands. Replace it piece by piece
            # (statement, data, validator, solutions) and run `panel verify \(slug)` after each step.
            # Format: the ICPC / Kattis problem package (legacy layout); docs/PROBLEMS.md is the guide.
            name: \(title)
            validation: default
            limits:
              time_limit: 1
              memory: 256

            """,
            "panel.yaml": """
            # Panel's interview metadata; ICPC tools ignore this file.
            title: \(title)
            difficulty: easy
            tags: [warm-up]
            rounds: [screen, coding]

            """,
            "problem_statement/problem.en.md": """
            # \(title)

            Add up a list of integers.

            ## Input

            The first line holds an integer $N$. The second line holds $N$ integers $a_1, \\dots, a_N$,
            separated by single spaces.

            ## Output

            Print one line with the sum $a_1 + \\dots + a_N$.

            ## Constraints

            * $1 \\le N \\le 1000$
            * $-10^9 \\le a_i \\le 10^9$ (the sum fits in a 64-bit integer)

            """,
            "data/sample/1.in": "3\n1 2 3\n",
            "data/sample/1.ans": "6\n",
            "data/secret/01-single-negative.in": "1\n-7\n",
            "data/secret/01-single-negative.ans": "-7\n",
            "data/secret/01-single-negative.desc": "one negative integer\n",
            "data/secret/02-extremes-cancel.in": "4\n-1000000000 5 -3 1000000000\n",
            "data/secret/02-extremes-cancel.ans": "2\n",
            "data/secret/03-largest-sum.in": "1000\n\(largest)\n",
            "data/secret/03-largest-sum.ans": "1000000000000\n",
            "data/secret/03-largest-sum.desc": "N = 1000, every a_i = 10^9: the sum needs 64 bits\n",
            "input_validators/format/validate.swift": validator,
            "submissions/accepted/sum.swift": """
            // Accepted: the sum in a 64-bit Int (at most 1000 * 10^9 in size).
            _ = readLine()
            let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
            print(numbers.reduce(0, +))

            """,
            "submissions/wrong_answer/absolute_values.swift": """
            // Wrong answer: adds the absolute values, so any negative integer gives a wrong sum.
            _ = readLine()
            let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
            print(numbers.reduce(0) { $0 + abs($1) })

            """,
        ]
    }

    static let validator = """
        // Input validator (ICPC contract): reads a test input on stdin, exits 42 when it is valid, or
        // prints what is wrong and where and exits 43. Strict format: single spaces, a newline after
        // every line, plain integers (no '+', no leading zeros), nothing after the last line.
        #if canImport(Glibc)
        import Glibc
        #elseif canImport(Darwin)
        import Darwin
        #endif

        func reject(_ reason: String) -> Never {
            print(reason)
            exit(43)
        }

        func integer(_ token: Substring, in range: ClosedRange<Int>, _ what: String) -> Int {
            guard let value = Int(token), String(value) == token, range.contains(value) else {
                reject("\\(what): expected an integer in \\(range.lowerBound)...\\(range.upperBound), got '\\(token)'")
            }
            return value
        }

        func line(_ number: Int) -> Substring {
            guard let text = readLine(strippingNewline: false), text.hasSuffix("\\n") else {
                reject("line \\(number): missing, or not ended by a newline")
            }
            return text.dropLast()
        }

        let count = integer(line(1), in: 1...1000, "line 1: N")
        let tokens = line(2).split(separator: " ", omittingEmptySubsequences: false)
        guard tokens.count == count else {
            reject("line 2: expected \\(count) integers separated by single spaces, got \\(tokens.count)")
        }
        for (index, token) in tokens.enumerated() {
            _ = integer(token, in: -1_000_000_000...1_000_000_000, "line 2: integer \\(index + 1)")
        }
        guard readLine(strippingNewline: false) == nil else { reject("line 3: expected the end of the input") }
        exit(42)

        """
}
