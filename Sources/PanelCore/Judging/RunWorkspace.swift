import Foundation
import Sandbox

/// The private folders of one judging: the program's copy, its scratch folder, and captured output.
///
/// The root is readable by Panel only, except the program (executable by the unprivileged user) and the
/// scratch folder (owned by it), so the program can reach neither its own captured output nor the
/// validator's files through this folder.
struct RunWorkspace {
    let root: URL
    let program: URL
    let scratch: URL
    let stdout: URL
    let stderr: URL
    let validatorScratch: URL
    /// Mount point of the program's private root (an empty folder; the tmpfs is mounted in the run's own
    /// mount namespace, so Panel never sees anything here).
    let privateRoot: URL
    /// Whether runs get the private root; else they see the host with `scratch` as working directory.
    let isolated: Bool
    /// The CPU this workspace's runs are pinned to (its job's), or nil.
    var cpus: [Int]?
    /// The program as built: a static binary is copied to `program`; any other runs where it was built, with
    /// the system's folders and its own in view (read-only).
    let built: RunnableProgram
    /// Whether a static binary starts in its writable `/tmp` (a problem's `allow_file_writing`, a judge's
    /// program) or in the read-only root of its private root, where it can read but not create files, as the
    /// spec's default and DOMjudge have it. `/tmp` (`TMPDIR`, `HOME`) is writable either way.
    let writableWorkingDirectory: Bool

    init(program built: RunnableProgram, isolated: Bool, writableWorkingDirectory: Bool = true)
        throws(JudgeSetupError)
    {
        self.isolated = isolated
        self.built = built
        self.writableWorkingDirectory = writableWorkingDirectory
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("panel-run-\(UUID().uuidString)")
        program = root.appendingPathComponent("program")
        scratch = root.appendingPathComponent("scratch")
        let io = root.appendingPathComponent("io")
        stdout = io.appendingPathComponent("stdout")
        stderr = io.appendingPathComponent("stderr")
        validatorScratch = root.appendingPathComponent("validator")
        privateRoot = root.appendingPathComponent("root")
        do throws(PanelError) {
            try TemporaryFolders.make(root, permissions: 0o711)
            for folder in [io, validatorScratch, privateRoot] {
                try TemporaryFolders.makeInside(folder, permissions: 0o700)
            }
        } catch {
            throw .panel(error)
        }
        do {
            if built.isStatic {
                try manager.copyItem(at: built.executable, to: program)
                try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
            }
        } catch {
            throw .panel(.io(path: root.path, reason: error.localizedDescription))
        }
    }

    /// A fresh, empty scratch folder owned by the user the program runs as.
    func resetScratch() throws(PanelError) {
        // A private root brings a fresh, empty /tmp with every run.
        if isolated { return }
        let manager = FileManager.default
        do {
            // Most programs write nothing: an empty scratch folder is kept as it is.
            if let entries = try? manager.contentsOfDirectory(atPath: scratch.path), entries.isEmpty { return }
            if manager.fileExists(atPath: scratch.path) { try manager.removeItem(at: scratch) }
            // The sandbox hands it (the working folder) to the box that runs the program.
            try manager.createDirectory(
                at: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(path: scratch.path, reason: error.localizedDescription)
        }
    }

    /// The candidate program's process: stdin from `stdin`, output captured, environment cleared.
    func spec(stdin: URL, arguments: [String] = []) -> ProcessSpec {
        let home = isolated ? "/tmp" : scratch.path
        let folderBinds = built.folder.map { [ProcessSpec.Bind($0.path)] } ?? []
        var spec = ProcessSpec(
            executable: built.isStatic ? program.path : built.executable.path, arguments: built.leading + arguments,
            environment: [
                "PATH=/usr/bin:/bin", "HOME=\(home)", "TMPDIR=\(home)", "LANG=C.UTF-8", "SWIFT_BACKTRACE=enable=no",
            ],
            // A program of several files (a script and its helpers, include/ files) starts in its own folder,
            // read-only, as DOMjudge runs it; a static binary starts in its private /tmp where it may write
            // files, else in its private root's read-only `/`.
            workingDirectory: isolated
                ? (built.isStatic ? (writableWorkingDirectory ? nil : "/") : built.folder?.path) : scratch.path,
            stdinPath: stdin.path, stdoutPath: stdout.path,
            stderrPath: stderr.path, privateRoot: isolated ? privateRoot.path : nil,
            executableAsProgram: built.isStatic, binds: built.isStatic ? [] : ProcessSpec.systemBinds + folderBinds)
        spec.cpus = cpus
        spec.limitsAddressSpace = built.limitsAddressSpace
        return spec
    }

    /// The first few KiB of the program's stderr.
    func stderrPrefix() -> String {
        guard let handle = FileHandle(forReadingAtPath: stderr.path) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.read(upToCount: 4096)) ?? Data(), as: UTF8.self)
    }

    func remove() {
        TemporaryFolders.remove(root)
    }
}
