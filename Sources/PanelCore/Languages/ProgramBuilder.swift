import Foundation
import Sandbox

/// A program of a package (submission, validator, generator), built and ready to run: `executable`, then
/// `leading` arguments (a script for an interpreter, a class path), then the caller's. A static binary Panel
/// built runs with nothing but its inputs in view; any other program also sees the system's folders and its
/// own `folder`, read-only.
public struct RunnableProgram: Sendable, Equatable {
    /// What to exec.
    public var executable: URL
    /// Arguments before the caller's.
    public var leading: [String]
    /// The folder the program's files are in, visible to it when it runs.
    public var folder: URL?
    /// Whether it is a static binary Panel built.
    public var isStatic: Bool
    /// The language's id in the table, or `executable`/`build-run` for programs taken as they are.
    public var language: String
    /// Whether RLIMIT_AS may cap it where no memory cgroup does (``Language/limitsAddressSpace``).
    public var limitsAddressSpace = true

    /// A static binary Panel compiled (from the compile cache).
    public static func staticBinary(_ binary: URL, language: String = "swift") -> RunnableProgram {
        RunnableProgram(executable: binary, leading: [], folder: nil, isStatic: true, language: language)
    }
}

/// Builds programs as the package format defines them: one file, or a folder whose language is detected from
/// its files (the ``LanguageTable``), or a folder with `build`/`run` scripts, or a lone executable.
struct ProgramBuilder {
    let table: LanguageTable
    let cache: CompileCache
    let sandbox: Sandbox
    let limits: ProblemLimits
    /// Substituted into the package's include files (`include/<language>/`) as the 2025-09 spec asks; the
    /// program's own files are built as written.
    var constants: ProblemConstants = .none

    /// The result of a build: the compile (a compile error is a result) and the program when it built.
    struct Built {
        var compile: CompileResult
        var program: RunnableProgram?
    }

    /// Builds the program at `location` (a file or a folder) in `scratch` (a folder Panel owns, kept as long
    /// as the program runs). `includes` maps a language id (or `default`) to files compiled with it.
    /// `language` (an id of the table) and `entrypoint` (a file of the folder), when given, replace what the
    /// files suggest, as submissions.yaml's keys of those names do.
    /// - Throws: ``JudgeSetupError/languageUnavailable(file:reason:)`` when the language is unknown or its
    ///   tool is missing on this machine.
    func build(
        _ location: URL, includes: [String: [URL]] = [:], scratch: URL, language named: String? = nil,
        entrypoint: String? = nil
    ) throws(JudgeSetupError) -> Built {
        var files = Self.files(of: location)
        let isFolder = files.first.map { $0 != location } ?? true
        if isFolder, named == nil, files.contains(where: { ["build", "run"].contains($0.lastPathComponent) }) {
            return try buildAndRun(location, scratch: scratch)
        }
        // The entry point names a file (`ac.py`) or, for a class, the file's base name (`Main`).
        let entry = entrypoint.flatMap { name in
            files.first { $0.lastPathComponent == name || $0.deletingPathExtension().lastPathComponent == name }
        }
        if let entry { files = [entry] + files.filter { $0 != entry } }
        var chosen = table.detect(files)
        if let named {
            guard let language = table.language(named) else {
                throw .languageUnavailable(
                    file: location.path,
                    reason: "submissions.yaml names the language '\(named)', which Panel's table does not have; "
                        + "known: \(table.languages.map(\.id).joined(separator: ", "))")
            }
            chosen = (language, files.filter { language.matches($0) })
        }
        guard let (language, _) = chosen else {
            if files.count == 1, let file = files.first, Self.isRunnable(file) {
                let program = RunnableProgram(
                    executable: file, leading: [], folder: file.deletingLastPathComponent(), isStatic: false,
                    language: "executable")
                return Built(compile: Self.nothingToCompile, program: program)
            }
            let kinds = Set(files.map { $0.pathExtension.isEmpty ? $0.lastPathComponent : "." + $0.pathExtension })
            throw .languageUnavailable(
                file: location.path,
                reason: "no language of Panel's table matches its files (\(kinds.sorted().joined(separator: ", "))); "
                    + "known: \(table.languages.map(\.name).joined(separator: ", "))")
        }
        // Every file of the folder goes along (headers, data files), plus the package's include files.
        let extra = includes[language.id] ?? includes["default"] ?? []
        var sources: [SourceFile] = []
        let ordered = entry == nil ? Self.mainFirst(files, language: language) : files
        do {
            for file in ordered {
                sources.append(try SourceFile(contentsOf: file))
            }
            for file in extra {
                var source = try SourceFile(contentsOf: file)
                source.contents = Array(constants.substitute(file: Data(source.contents)))
                sources.append(source)
            }
        } catch {
            throw .panel(error)
        }
        if language.isSwift {
            // Panel's own Swift compiler (its flags, its cache keys) builds every .swift file; main.swift first.
            return try cached(sources.filter { $0.name.hasSuffix(".swift") }, by: nil, language: language)
        }
        let mainSource = ordered.first { language.matches($0) }
        let values = Self.placeholders(language: language, main: mainSource, memoryMiB: limits.memoryMiB)
        guard let compile = language.compile else {
            return try folderProgram(sources, language: language, values: values, location: location, scratch: scratch)
        }
        guard let tool = language.tool(of: compile) else {
            throw .languageUnavailable(
                file: location.path,
                reason: "\(language.name): no \(Language.toolName(compile.first) ?? "compiler") on this machine")
        }
        let version = (try? ToolRun.versionLine(of: tool, sandbox: sandbox)) ?? tool
        let compiler = TableCompiler(language: language, tool: tool, version: version, values: values, sandbox: sandbox)
        if language.buildsStaticBinary {
            return try cached(sources, by: compiler, language: language)
        }
        // A folder program (Java classes, Python bytecode): built in scratch, for this judging only.
        let folder = scratch.appendingPathComponent("program-\(language.id)")
        do {
            try? FileManager.default.removeItem(at: folder)
            try TemporaryFolders.makeInside(folder)
        } catch {
            throw .panel(.io(path: folder.path, reason: error.localizedDescription))
        }
        let result: CompileResult
        do {
            result = try compiler.compile(
                sources, in: folder, timeLimit: limits.compilationTime, memoryMiB: limits.compilationMemoryMiB)
        } catch {
            throw .panel(error)
        }
        guard result.ok else { return Built(compile: result, program: nil) }
        var runValues = values
        if language.detectsMainClass {
            switch Self.mainClass(in: folder, guessed: values["mainclass"]?.first, named: entry != nil) {
            case .success(let name): runValues["mainclass"] = [name]
            case .failure(let refusal):
                var refused = result
                refused.ok = false
                refused.diagnostics = ToolRun.cap(result.diagnostics + refusal.reason)
                return Built(compile: refused, program: nil)
            }
        }
        return Built(
            compile: result, program: try runnable(language, values: runValues, folder: folder, location: location))
    }

    /// Why a JVM build has no class to start.
    struct NoMainClass: Error, Equatable {
        var reason: String
    }

    /// The class a JVM build in `folder` starts with, chosen as DOMjudge's Java compile script chooses: a
    /// compiled class declaring `public static void main(String[])` (``JVMMainClass``); the one the sources
    /// suggest (`guessed`) when it is one of them, else the first by name. An entry point submissions.yaml
    /// `named` must be such a class. No such class is a compile error, as it is in DOMjudge.
    static func mainClass(in folder: URL, guessed: String?, named: Bool) -> Result<String, NoMainClass> {
        let found = JVMMainClass.candidates(in: folder)
        if let guessed, found.contains(guessed) { return .success(guessed) }
        let wanted = "public static void main(String[])"
        if named, let guessed {
            return .failure(NoMainClass(reason: "the entry point \(guessed) declares no \(wanted)\n"))
        }
        guard let first = found.first else {
            return .failure(
                NoMainClass(
                    reason: "no compiled class declares \(wanted): there is nothing to start (DOMjudge refuses "
                        + "such a program at compile time)\n"))
        }
        return .success(first)
    }

    /// A compile that never ran: the program is used as it is.
    static let nothingToCompile = CompileResult(ok: true, seconds: 0, diagnostics: "", cached: true, program: nil)

    private func cached(_ sources: [SourceFile], by compiler: (any ProgramCompiler)?, language: Language)
        throws(JudgeSetupError) -> Built
    {
        let result: CompileResult
        do {
            result = try (compiler.map { cache.using($0) } ?? cache).program(
                for: sources, timeLimit: limits.compilationTime, memoryMiB: limits.compilationMemoryMiB)
        } catch {
            throw .panel(error)
        }
        guard result.ok, let binary = result.program else { return Built(compile: result, program: nil) }
        return Built(
            compile: result,
            program: .staticBinary(binary, language: language.id))
    }

    /// An interpreted program with nothing to build: its files are copied into scratch and run from there.
    private func folderProgram(
        _ sources: [SourceFile],
        language: Language,
        values: [String: [String]],
        location: URL,
        scratch: URL
    ) throws(JudgeSetupError) -> Built {
        let folder = scratch.appendingPathComponent("program-\(language.id)")
        do {
            try? FileManager.default.removeItem(at: folder)
            try TemporaryFolders.makeInside(folder)
            for source in sources {
                try Data(source.contents).write(to: folder.appendingPathComponent(source.name))
            }
        } catch {
            throw .panel(.io(path: folder.path, reason: error.localizedDescription))
        }
        return Built(
            compile: Self.nothingToCompile,
            program: try runnable(language, values: values, folder: folder, location: location))
    }

    private func runnable(_ language: Language, values: [String: [String]], folder: URL, location: URL)
        throws(JudgeSetupError) -> RunnableProgram
    {
        guard let tool = language.tool(of: language.run) else {
            throw .languageUnavailable(
                file: location.path,
                reason: "\(language.name): no \(Language.toolName(language.run.first) ?? "runtime") on this machine")
        }
        var placeholders = values
        placeholders["path"] = [folder.path]
        placeholders["main"] = [folder.appendingPathComponent(values["main"]?.first ?? "").path]
        let command = Language.expand(language.run, values: placeholders)
        return RunnableProgram(
            executable: URL(fileURLWithPath: tool), leading: Array(command.dropFirst()), folder: folder,
            isStatic: false, language: language.id, limitsAddressSpace: language.limitsAddressSpace)
    }

    /// A folder with a `build` script (run once, in a copy, with the folder writable) and a `run` script.
    private func buildAndRun(_ location: URL, scratch: URL) throws(JudgeSetupError) -> Built {
        let copy = scratch.appendingPathComponent("build-run/program")
        do throws(PanelError) {
            try? FileManager.default.removeItem(at: copy.deletingLastPathComponent())
            try TemporaryFolders.makeInside(copy.deletingLastPathComponent())
            // Not FileManager.copyItem: it also copies owners, which an ordinary user cannot do.
            try ProblemConstants.none.copyProgram(from: location, to: copy)
        } catch {
            throw .panel(error)
        }
        var compile = Self.nothingToCompile
        let build = copy.appendingPathComponent("build")
        if FileManager.default.fileExists(atPath: build.path) {
            let run: ToolRun.Result
            do {
                run = try ToolRun.run(
                    executable: build.path, arguments: [], in: copy, path: Language.toolPath,
                    timeLimit: limits.compilationTime, memoryMiB: limits.compilationMemoryMiB, sandbox: sandbox)
            } catch {
                throw .panel(error)
            }
            compile = CompileResult(
                ok: run.outcome.termination.isSuccess, seconds: run.outcome.wallTime.seconds,
                diagnostics: ToolRun.cap(
                    (run.outcome.termination.isSuccess ? "" : "build script: \(run.outcome.termination)\n")
                        + run.diagnostics + run.stopReason),
                cached: false, program: nil)
            guard compile.ok else { return Built(compile: compile, program: nil) }
        }
        let runScript = copy.appendingPathComponent("run")
        guard FileManager.default.isExecutableFile(atPath: runScript.path) else {
            compile.ok = false
            compile.diagnostics += "\(location.path): no executable run script after the build"
            return Built(compile: compile, program: nil)
        }
        return Built(
            compile: compile,
            program: RunnableProgram(
                executable: runScript, leading: [], folder: copy, isStatic: false, language: "build-run"))
    }

    /// Whether `file` can be run as it is: executable, and a script (`#!`) or an ELF binary. Anything else
    /// (an R or Prolog source with the executable bit set) would fail at exec.
    static func isRunnable(_ file: URL) -> Bool {
        guard FileManager.default.isExecutableFile(atPath: file.path),
            let handle = FileHandle(forReadingAtPath: file.path)
        else { return false }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 4)) ?? Data())
        return head.starts(with: Array("#!".utf8)) || head == [0x7F, 0x45, 0x4C, 0x46]
    }

    /// The regular files of a program: the file itself, or a folder's visible files, by name.
    static func files(of location: URL) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [location] }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: location.path)) ?? []).sorted()
        return names.filter { !$0.hasPrefix(".") }.map { location.appendingPathComponent($0) }.filter {
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &folder) && !folder.boolValue
        }
    }

    /// The files with the main source first: `main.*` or `Main.*`, else the one that declares a `main`
    /// (Java, Kotlin), else the first by name.
    static func mainFirst(_ files: [URL], language: Language) -> [URL] {
        let sources = files.filter { language.matches($0) }
        let named = sources.first {
            ["main", "Main", "__main__"].contains($0.deletingPathExtension().lastPathComponent)
        }
        let declaring = sources.first { file in
            guard ["java", "kotlin"].contains(language.id),
                let text = try? String(contentsOf: file, encoding: .utf8)
            else { return false }
            return text.contains("static void main") || text.contains("fun main")
        }
        guard let main = named ?? declaring ?? sources.first else { return files }
        return [main] + files.filter { $0 != main }
    }

    /// `{main}`, `{mainclass}` and `{memory}` for a program whose main source is `main`.
    static func placeholders(language: Language, main: URL?, memoryMiB: Int) -> [String: [String]] {
        // {heap}: what a JVM's heap may take, DOMjudge's rule: the limit less 128 MiB for the JVM's own memory
        // and a 64 MiB stack, so that its OutOfMemoryError (RTE) comes before the memory cgroup's kill.
        let heapMiB = max(memoryMiB - 128, memoryMiB / 2)
        var values: [String: [String]] = ["memory": ["\(memoryMiB)"], "heap": ["\(heapMiB)"]]
        guard let main else { return values }
        values["main"] = [main.lastPathComponent]
        var mainClass = main.deletingPathExtension().lastPathComponent
        if language.id == "kotlin" { mainClass = mainClass.prefix(1).uppercased() + mainClass.dropFirst() + "Kt" }
        let text = (try? String(contentsOf: main, encoding: .utf8)) ?? ""
        // Java: the class that declares main, whatever the file is called (DOMjudge's Main in any file).
        if language.id == "java", let declaration = text.range(of: "static void main") {
            let before = text[..<declaration.lowerBound]
            if let keyword = before.range(of: "class ", options: .backwards) {
                let name = before[keyword.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
                if !name.isEmpty { mainClass = String(name) }
            }
        }
        if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("package ") }) {
            let package = line.dropFirst("package ".count).trimmingCharacters(in: CharacterSet(charactersIn: " ;\r"))
            mainClass = package + "." + mainClass
        }
        values["mainclass"] = [mainClass]
        return values
    }
}
