import Foundation
import Testing

/// A hostile candidate folder against the real `panel loop`: links to a secret, links to `/dev/zero` and FIFOs,
/// a scorecard the candidate wrote for themself, forged and replayed signatures, report injection, a misnamed
/// solution; and a validator that plants a link as its feedback. Each case checks the verdict and the harm: the
/// secret's text appears in no output or report, nothing hangs, nothing exits 3.
///
/// `.ci/run` runs suites matching `HostileTests` again as uid 65534; every case works for both users.
@Suite struct CandidateFolderHostileTests {
    static let problem = PanelBinary.fixtures.appendingPathComponent("loops/problems/loop-sum").path
    static let strongSolution = PanelBinary.fixtures.appendingPathComponent("loops/candidates/strong/loop-sum.swift")
    /// Text that must never leave the secret file.
    static let marker = "PANEL-SECRET-\(UUID().uuidString)"

    /// A scratch folder with a loop file (a gating screen on loop-sum, then a manual culture round), a scorecards
    /// folder, a secret file only its owner reads, and candidate folders made per test.
    struct Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "panel-hostile-folder-\(UUID().uuidString)")
        var loop: URL { folder.appendingPathComponent("loop.yaml") }
        var scorecards: URL { folder.appendingPathComponent("scorecards") }
        var reports: URL { folder.appendingPathComponent("reports") }
        var secret: URL { folder.appendingPathComponent("secret.txt") }

        init(signed: Bool = false, problem: String = CandidateFolderHostileTests.problem) throws {
            try FileManager.default.createDirectory(at: scorecards, withIntermediateDirectories: true)
            // A line of Swift that does not compile, so a followed link would quote it in the compiler errors.
            try "let secret: Int = \"\(CandidateFolderHostileTests.marker)\"\n".write(
                to: secret, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret.path)
            let signing = signed ? "allowed_signers: allowed_signers\n" : ""
            try """
            title: Hostile folder loop
            scorecards: scorecards
            \(signing)rounds:
              - id: screen
                title: Screen
                kind: screen
                interviewer: standard
                problems: ["\(problem)"]
              - id: culture
                title: Culture
                kind: culture
                interviewer: manual
            """.write(to: loop, atomically: true, encoding: .utf8)
        }

        /// A candidate folder named `name` holding `files` (name → text).
        func candidate(_ name: String, files: [String: String] = [:]) throws -> URL {
            let directory = folder.appendingPathComponent("candidates/\(name)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (file, text) in files {
                try text.write(to: directory.appendingPathComponent(file), atomically: true, encoding: .utf8)
            }
            return directory
        }

        /// The culture interviewer's scorecard for `candidate` in the scorecards folder.
        @discardableResult
        func scorecard(for candidate: String, naming named: String? = nil, recommendation: String = "hire") throws
            -> URL
        {
            let directory = scorecards.appendingPathComponent(candidate)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let file = directory.appendingPathComponent("culture.yaml")
            try """
            candidate: \(named ?? candidate)
            round: culture
            interviewer: Dana, engineering manager
            recommendation: \(recommendation)
            """.write(to: file, atomically: true, encoding: .utf8)
            return file
        }

        /// Runs `panel loop` on `candidate`; `json` adds `--json`. A run that outlives the watchdog is killed and
        /// reported as hung. The folder's attacks are the subject, not the sandbox: as an ordinary user without
        /// cgroups (`.ci/run` runs this suite so) the loop is told to decide on the weaker sandbox.
        func run(_ candidate: URL, json: Bool = true) throws -> (result: PanelBinary.Result, hung: Bool) {
            try CandidateFolderHostileTests.run(
                [
                    "loop", candidate.path, "--loop", loop.path, "--report-dir", reports.path,
                    "--accept-weak-isolation",
                    "--problems", PanelBinary.repository.appendingPathComponent("Problems").path,
                ] + (json ? ["--json"] : []))
        }

        /// Everything the run left to read: its output and every report file.
        func everything(_ result: PanelBinary.Result) -> String {
            var text = result.stdout + result.stderr
            if let files = FileManager.default.enumerator(atPath: reports.path) {
                for case let file as String in files {
                    let url = reports.appendingPathComponent(file)
                    text += (try? String(contentsOf: url, encoding: .utf8)) ?? ""
                }
            }
            return text
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// `PanelBinary.run` with a watchdog: a hang is a finding, not a stuck test run.
    static func run(_ arguments: [String]) throws -> (result: PanelBinary.Result, hung: Bool) {
        let process = Process()
        process.executableURL = PanelBinary.executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["PANEL_CACHE"] = PanelBinary.cache.path
        process.environment = environment
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("panel-run-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: scratch.path + ".out", contents: nil)
        FileManager.default.createFile(atPath: scratch.path + ".err", contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: scratch.path + ".out")
            try? FileManager.default.removeItem(atPath: scratch.path + ".err")
        }
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path + ".err"))
        try process.run()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            process.waitUntilExit()
            done.signal()
        }
        let hung = done.wait(timeout: .now() + .seconds(300)) == .timedOut
        if hung {
            kill(-process.processIdentifier, SIGKILL)
            process.terminate()
            done.wait()
        }
        let read = { (suffix: String) in
            (try? String(contentsOfFile: scratch.path + suffix, encoding: .utf8)) ?? ""
        }
        return (
            PanelBinary.Result(exitCode: process.terminationStatus, stdout: read(".out"), stderr: read(".err")), hung
        )
    }

    static func round(_ json: [String: Any], _ id: String) throws -> [String: Any] {
        try #require((json["rounds"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    }

    static func solutionNote(_ json: [String: Any]) throws -> String? {
        let screen = try round(json, "screen")
        let problems = (screen["evidence"] as? [String: Any])?["problems"] as? [[String: Any]]
        return problems?.first?["solution_note"] as? String
    }

    // MARK: - Links to a secret

    @Test func linksToASecretRevealNothing() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let candidate = try workspace.candidate("linker")
        let fileManager = FileManager.default
        try fileManager.createSymbolicLink(
            at: candidate.appendingPathComponent("loop-sum.swift"), withDestinationURL: workspace.secret)
        try fileManager.createSymbolicLink(
            at: candidate.appendingPathComponent("NOTES.md"), withDestinationURL: workspace.secret)
        // The interviewer's folder holds a link too (in CI a candidate's change can touch any path).
        let scorecards = workspace.scorecards.appendingPathComponent("linker")
        try fileManager.createDirectory(at: scorecards, withIntermediateDirectories: true)
        try fileManager.createSymbolicLink(
            at: scorecards.appendingPathComponent("culture.yaml"), withDestinationURL: workspace.secret)

        let (result, hung) = try workspace.run(candidate)
        #expect(!hung)
        #expect(result.exitCode == 1, "stderr: \(result.stderr)")
        #expect(!workspace.everything(result).contains(Self.marker), "the secret's text escaped")
        let json = try result.json()
        #expect(json["decision"] as? String == "NO_HIRE")
        #expect(try Self.solutionNote(json)?.contains("loop-sum.swift is a symbolic link") == true)
        let warnings = try #require(json["warnings"] as? [String])
        #expect(warnings.contains { $0.contains("NOTES.md is a symbolic link") }, "\(warnings)")

        // Without the solution link, the screen passes and the culture round's linked scorecard is rejected.
        try fileManager.removeItem(at: candidate.appendingPathComponent("loop-sum.swift"))
        try fileManager.copyItem(at: Self.strongSolution, to: candidate.appendingPathComponent("loop-sum.swift"))
        let (second, _) = try workspace.run(candidate)
        #expect(!workspace.everything(second).contains(Self.marker))
        let culture = try Self.round(try second.json(), "culture")
        #expect(culture["status"] as? String == "rejected_scorecard")
        #expect((culture["error"] as? String)?.contains("symbolic link") == true)
        #expect(try second.json()["decision"] as? String == "HOLD")
    }

    // MARK: - Links to devices and FIFOs

    @Test func aLinkToDevZeroAndAFIFONeitherHangNorCrash() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let candidate = try workspace.candidate("devices")
        try FileManager.default.createSymbolicLink(
            atPath: candidate.appendingPathComponent("loop-sum.swift").path, withDestinationPath: "/dev/zero")
        #expect(mkfifo(candidate.appendingPathComponent("NOTES.md").path, 0o644) == 0)
        let (result, hung) = try workspace.run(candidate)
        #expect(!hung, "panel loop hung on a link to /dev/zero or a FIFO")
        #expect(result.exitCode == 1, "stderr: \(result.stderr)")
        let json = try result.json()
        #expect(try Self.solutionNote(json)?.contains("symbolic link") == true)
        #expect((json["warnings"] as? [String])?.contains { $0.contains("NOTES.md is not a regular file") } == true)

        // The solution itself a FIFO: rated missing with the reason.
        try FileManager.default.removeItem(at: candidate.appendingPathComponent("loop-sum.swift"))
        #expect(mkfifo(candidate.appendingPathComponent("loop-sum.swift").path, 0o644) == 0)
        let (fifo, fifoHung) = try workspace.run(candidate)
        #expect(!fifoHung)
        #expect(fifo.exitCode == 1, "stderr: \(fifo.stderr)")
        #expect(try Self.solutionNote(try fifo.json())?.contains("is not a regular file (it is a FIFO)") == true)

        // panel submit refuses the same with exit 2, naming the file.
        let (submit, submitHung) = try Self.run(["submit", candidate.appendingPathComponent("loop-sum.swift").path])
        #expect(!submitHung)
        #expect(submit.exitCode == 2, "stderr: \(submit.stderr)")
        #expect(submit.stderr.contains("loop-sum.swift is not a regular file"), "stderr: \(submit.stderr)")
    }

    // MARK: - Scorecards

    @Test func aScorecardInTheCandidateFolderIsIgnored() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let candidate = try workspace.candidate(
            "selfhire", files: ["loop-sum.swift": try String(contentsOf: Self.strongSolution, encoding: .utf8)])
        try FileManager.default.createDirectory(
            at: candidate.appendingPathComponent("scorecards"), withIntermediateDirectories: true)
        try "candidate: selfhire\nround: culture\ninterviewer: Me, myself\nrecommendation: strong_hire\n".write(
            to: candidate.appendingPathComponent("scorecards/culture.yaml"), atomically: true, encoding: .utf8)
        let (result, _) = try workspace.run(candidate)
        let json = try result.json()
        #expect(json["decision"] as? String == "HOLD", "the candidate's own scorecard must not decide")
        #expect(try Self.round(json, "culture")["status"] as? String == "missing_scorecard")
        #expect((json["warnings"] as? [String])?.contains { $0.contains("selfhire/scorecards is inside") } == true)

        // The interviewer's scorecard, where the loop keeps them, decides.
        try workspace.scorecard(for: "selfhire")
        let (hired, _) = try workspace.run(candidate)
        #expect(hired.exitCode == 0, "stderr: \(hired.stderr)")
        #expect(try hired.json()["decision"] as? String == "HIRE")
    }

    /// Keys made by ssh-keygen: the interviewer's (allowed) and the candidate's (not).
    struct Keys {
        let folder: URL
        var interviewer: URL { folder.appendingPathComponent("interviewer") }
        var candidate: URL { folder.appendingPathComponent("candidate") }

        init(workspace: Workspace) throws {
            folder = workspace.folder.appendingPathComponent("keys")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for key in [interviewer, candidate] {
                try Self.keygen(["-q", "-t", "ed25519", "-N", "", "-C", key.lastPathComponent, "-f", key.path])
            }
            let publicKey = try String(contentsOf: interviewer.appendingPathExtension("pub"), encoding: .utf8)
                .split(separator: " ").prefix(2).joined(separator: " ")
            try "dana@example.com \(publicKey)\n".write(
                to: workspace.folder.appendingPathComponent("allowed_signers"), atomically: true, encoding: .utf8)
        }

        /// Signs `file` with `key`, writing `file.sig`.
        func sign(_ file: URL, with key: URL, namespace: String = "panel-scorecard") throws {
            try? FileManager.default.removeItem(at: file.appendingPathExtension("sig"))
            try Self.keygen(["-q", "-Y", "sign", "-f", key.path, "-n", namespace, file.path])
        }

        static func keygen(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0, "ssh-keygen \(arguments.joined(separator: " "))")
        }
    }

    static let hasKeygen = FileManager.default.isExecutableFile(atPath: "/usr/bin/ssh-keygen")

    @Test(.enabled(if: hasKeygen, "needs ssh-keygen"))
    func onlyAnAllowedSignatureOverTheseBytesForThisCandidateDecides() throws {
        let workspace = try Workspace(signed: true)
        defer { workspace.remove() }
        let keys = try Keys(workspace: workspace)
        let solution = try String(contentsOf: Self.strongSolution, encoding: .utf8)
        let ana = try workspace.candidate("ana", files: ["loop-sum.swift": solution])
        let ben = try workspace.candidate("ben", files: ["loop-sum.swift": solution])

        // Signed by the interviewer: it decides (the check below can fail).
        let scorecard = try workspace.scorecard(for: "ana")
        try keys.sign(scorecard, with: keys.interviewer)
        let (hired, _) = try workspace.run(ana)
        #expect(hired.exitCode == 0, "stderr: \(hired.stderr)")
        #expect(try Self.round(try hired.json(), "culture")["scorecard_signer"] as? String == "dana@example.com")

        // Unsigned, signed by the candidate's own key, changed after signing, signed for another namespace.
        let attempts: [(String, () throws -> Void)] = [
            ("is not signed", { try FileManager.default.removeItem(at: scorecard.appendingPathExtension("sig")) }),
            ("not signed by a key", { try keys.sign(scorecard, with: keys.candidate) }),
            (
                "does not verify",
                {
                    try keys.sign(scorecard, with: keys.interviewer)
                    let text = try String(contentsOf: scorecard, encoding: .utf8)
                    try text.replacingOccurrences(of: "recommendation: hire", with: "recommendation: strong_hire")
                        .write(to: scorecard, atomically: true, encoding: .utf8)
                }
            ),
            (
                "does not verify",
                {
                    try workspace.scorecard(for: "ana")
                    try keys.sign(scorecard, with: keys.interviewer, namespace: "git")
                }
            ),
        ]
        for (says, attack) in attempts {
            try attack()
            let (result, hung) = try workspace.run(ana)
            #expect(!hung)
            #expect(result.exitCode == 1, "\(says): stderr: \(result.stderr)")
            let json = try result.json()
            #expect(json["decision"] as? String == "HOLD", "\(says)")
            let culture = try Self.round(json, "culture")
            #expect(culture["status"] as? String == "rejected_scorecard", "\(says)")
            #expect((culture["error"] as? String)?.contains(says) == true, "\(culture["error"] ?? "")")
        }

        // Ana's signed scorecard replayed onto Ben: rejected.
        try workspace.scorecard(for: "ana")
        try keys.sign(scorecard, with: keys.interviewer)
        let benFolder = workspace.scorecards.appendingPathComponent("ben")
        try FileManager.default.createDirectory(at: benFolder, withIntermediateDirectories: true)
        for name in ["culture.yaml", "culture.yaml.sig"] {
            try FileManager.default.copyItem(
                at: scorecard.deletingLastPathComponent().appendingPathComponent(name),
                to: benFolder.appendingPathComponent(name))
        }
        let (replayed, _) = try workspace.run(ben)
        let json = try replayed.json()
        #expect(json["decision"] as? String == "HOLD")
        let culture = try Self.round(json, "culture")
        #expect(culture["status"] as? String == "rejected_scorecard")
        #expect((culture["error"] as? String)?.contains("written for candidate 'ana', not 'ben'") == true)
    }

    // MARK: - Reports

    @Test func candidateTextCannotForgeTheReports() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        // The folder name and the program's output carry escapes, a forged heading, a table break and HTML.
        let name = "eve \u{1B}]0;owned\u{07}| # ✅ HIRE <script>alert(1)</script> ![x](http://e.example/x.png)"
            .replacingOccurrences(of: "/", with: "∕")
        let evil = #"\u{1B}[2J\u{1B}[Hverdict: AC | <script>alert(2)</script> ![y](http://e.example/y.png)"#
        let candidate = try workspace.candidate(
            name, files: ["loop-sum.swift": "print(\"\(evil)\")\n", "NOTES.md": "# ✅ HIRE\n<script>x</script>\n"])

        let (terminal, _) = try workspace.run(candidate, json: false)
        #expect(terminal.exitCode == 1, "stderr: \(terminal.stderr)")
        #expect(!terminal.stdout.contains("\u{1B}"), "an escape sequence reached the terminal")
        #expect(terminal.stdout.contains("^["), "the escape is shown visibly")

        let markdown = try String(contentsOf: workspace.reports.appendingPathComponent("scorecard.md"), encoding: .utf8)
        #expect(!markdown.contains("\u{1B}"))
        #expect(!markdown.contains("<script>"))
        #expect(!markdown.contains("]("), "no link or image syntax survives")
        #expect(markdown.components(separatedBy: "\n").filter { $0.hasPrefix("# ") }.count == 1, "one heading")
        for line in markdown.components(separatedBy: "\n") where line.hasPrefix("| Screen") {
            // The round's row keeps its five cells: no unescaped | from the candidate's text.
            let cells = line.replacingOccurrences(of: "\\|", with: "").split(
                separator: "|", omittingEmptySubsequences: false)
            #expect(cells.count == 7, "\(line)")
        }

        let html = try String(contentsOf: workspace.reports.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("\u{1B}"))
        #expect(!html.contains("src=\"http"), "no remote image")

        let junit = try String(contentsOf: workspace.reports.appendingPathComponent("junit.xml"), encoding: .utf8)
        #expect(!junit.contains("<script>"))
        #expect(!junit.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no XML-invalid character")
    }

    @Test func aMisnamedSolutionIsNamedWithTheFileItMeans() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        let candidate = try workspace.candidate(
            "misnamed", files: ["LoopSum.swift": try String(contentsOf: Self.strongSolution, encoding: .utf8)])
        let message = "LoopSum.swift matches no problem of this loop; did you mean loop-sum.swift?"
        let (terminal, _) = try workspace.run(candidate, json: false)
        #expect(terminal.exitCode == 1)
        #expect(terminal.stdout.contains("warning: \(message)"), "stdout: \(terminal.stdout)")
        let markdown = try String(contentsOf: workspace.reports.appendingPathComponent("scorecard.md"), encoding: .utf8)
        #expect(
            markdown.contains("LoopSum.swift matches no problem of this loop; did you mean loop\\-sum.swift?")
                || markdown.contains("LoopSum.swift matches no problem of this loop; did you mean loop-sum.swift?"))

        let (result, _) = try workspace.run(candidate)
        let json = try result.json()
        #expect(json["decision"] as? String == "NO_HIRE", "the round is still rated as missing")
        let unmatched = try #require(json["unmatched_files"] as? [[String: Any]])
        #expect(unmatched.first?["file"] as? String == "LoopSum.swift")
        #expect(unmatched.first?["suggestion"] as? String == "loop-sum.swift")
        #expect(try Self.solutionNote(json) == message)
    }

    // MARK: - Validator feedback

    @Test func aLinkPlantedAsFeedbackIsNotFollowed() throws {
        // A package whose validator (as a solution reaching it might) plants judgemessage.txt as a link.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("panel-feedback-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let package = root.appendingPathComponent("planted")
        let checker = package.appendingPathComponent("output_validators/checker")
        try FileManager.default.createDirectory(at: checker, withIntermediateDirectories: true)
        try "name: Planted\nvalidation: custom\nlimits:\n  time_limit: 1\n".write(
            to: package.appendingPathComponent("problem.yaml"), atomically: true, encoding: .utf8)
        // The solution prints 1: the sample passes, the secret case is wrong and shows the validator's message.
        for (group, value) in [("sample", "1"), ("secret", "2")] {
            let data = package.appendingPathComponent("data/\(group)")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try "\(value)\n".write(to: data.appendingPathComponent("1.in"), atomically: true, encoding: .utf8)
            try "\(value)\n".write(to: data.appendingPathComponent("1.ans"), atomically: true, encoding: .utf8)
        }
        let workspace = try Workspace(problem: package.path)
        defer { workspace.remove() }
        try """
        import os, sys
        feedback = sys.argv[3]
        # The reference answer is accepted (Panel checks that first); anything else gets a planted link.
        if sys.stdin.read().split() == open(sys.argv[2]).read().split():
            sys.exit(42)
        try:
            os.symlink("\(workspace.secret.path)", os.path.join(feedback, "judgemessage.txt"))
        except OSError:
            pass
        sys.exit(43)
        """.write(to: checker.appendingPathComponent("checker.py"), atomically: true, encoding: .utf8)
        let candidate = try workspace.candidate(
            "planter", files: ["planted.swift": "print(1)\n"])
        let (result, hung) = try workspace.run(candidate)
        #expect(!hung)
        #expect(!workspace.everything(result).contains(Self.marker), "the planted link was followed")
        let screen = try Self.round(try result.json(), "screen")
        let problems = try #require((screen["evidence"] as? [String: Any])?["problems"] as? [[String: Any]])
        let failure = try #require(problems.first?["first_failure"] as? [String: Any])
        #expect(failure["verdict"] as? String == "WA", "\(failure)")
        #expect((failure["message"] as? String)?.contains("judgemessage.txt is a symbolic link") == true, "\(failure)")
    }
}
