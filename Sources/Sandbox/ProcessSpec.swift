/// One program to run: what to exec, with which environment, and where its standard streams go.
public struct ProcessSpec: Sendable, Equatable {
    /// Absolute path of the executable.
    public var executable: String
    /// Arguments after argv[0] (argv[0] is the executable's path).
    public var arguments: [String]
    /// The complete environment, as `NAME=value` strings; nothing is inherited.
    public var environment: [String]
    /// Working directory of the program, or nil to keep Panel's (/tmp in a private root, where it must be a
    /// path inside the root).
    public var workingDirectory: String?
    /// File read as stdin, or nil for /dev/null.
    public var stdinPath: String?
    /// File created (or truncated) for stdout.
    public var stdoutPath: String
    /// An open descriptor (a pipe end) to use as stdin instead of `stdinPath`. ``Sandbox/run(_:limits:)``
    /// takes ownership: it closes the descriptor once the program has its copy, so the peer sees EOF when the
    /// program ends. Used to connect an interactive validator and a solution.
    public var stdinDescriptor: Int32?
    /// An open descriptor to use as stdout instead of `stdoutPath`, owned by the run in the same way. Output
    /// into a pipe is not capped by the output limit; the reader decides what it accepts.
    public var stdoutDescriptor: Int32?
    /// File created (or truncated) for stderr.
    public var stderrPath: String
    /// Run as the box's own unprivileged user when Panel is root. Candidate programs always do; a tool that
    /// only asks for its version may keep Panel's uid.
    public var unprivileged: Bool
    /// Whose program it is, which decides the boxes it may run in and whether the system-call filter applies.
    public var role: Role
    /// The CPUs the run is held to (a cpuset), such as `[3]` for a case of a parallel judging; nil: the
    /// sandbox's default (every CPU, or those ``Sandbox/reserve(_:)`` left to Panel's own work).
    public var cpus: [Int]? = nil
    /// Whether RLIMIT_AS may stand in for the memory limit where no memory cgroup caps it. False for a runtime
    /// that reserves far more address space than it uses and caps its own heap (the JVM's `-Xmx`): an
    /// address-space cap as large as the memory limit stops it before it starts, so problemtools and BAPCtools
    /// apply none to Java, Kotlin or their compilers either.
    public var limitsAddressSpace = true
    /// An empty folder Panel owns. When set (and the host allows), the program runs in a filesystem of its
    /// own: a tmpfs mounted there, holding only the program (as /program, read-only), /dev/null, zero,
    /// random and urandom, and a writable /tmp that is its working directory. Nothing else of the host is
    /// visible: no test data, answers, validators, cache or other submissions.
    public var privateRoot: String?
    /// Size of the private root's tmpfs, which caps what the program can write to /tmp.
    public var scratchBytes: Int
    /// In a private root: whether the executable appears as /program (a candidate's or validator's static
    /// binary) or stays at its own path, which `binds` must make visible (tools such as the compiler).
    public var executableAsProgram: Bool
    /// Host files and folders that appear in the private root, read-only unless marked writable.
    public var binds: [Bind]

    /// Whose program runs. Boxes are never shared between roles, so nothing a submission left behind can touch
    /// the judge's programs, and two programs that run at once are always in different boxes.
    public enum Role: Sendable, Equatable, Hashable {
        /// A candidate's program, or a reference solution judged like one: hostile until proven otherwise.
        /// The candidate system-call filter applies, and at most 64 descriptors may be open.
        case submission
        /// The judge's side: output and input validators, compilers, generators, interviewer plugins.
        case judge
    }

    /// A host path made visible inside a private root. A writable bind's source is handed to the box's user
    /// (chown) before the run, when Panel is root.
    public struct Bind: Sendable, Equatable {
        /// The host path.
        public var source: String
        /// Where it appears inside the root (absolute).
        public var target: String
        /// Whether the program may write to it.
        public var writable: Bool

        /// Creates a bind; by default at the same path, read-only.
        public init(_ source: String, at target: String? = nil, writable: Bool = false) {
            self.source = source
            self.target = target ?? source
            self.writable = writable
        }
    }

    /// Read-only binds of the host's system folders (/usr, /lib*, /bin, /sbin, /etc) for tools that need
    /// the operating system: the compiler, validators that are scripts.
    public static var systemBinds: [Bind] {
        ["/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin", "/etc"]
            .filter { (path: String) in access(path, F_OK) == 0 }.map { Bind($0) }
    }

    /// Creates a process description.
    public init(
        executable: String,
        arguments: [String] = [],
        environment: [String],
        workingDirectory: String? = nil,
        stdinPath: String?,
        stdoutPath: String,
        stderrPath: String,
        unprivileged: Bool = true,
        role: Role = .submission,
        privateRoot: String? = nil,
        scratchBytes: Int = 64 << 20,
        executableAsProgram: Bool = true,
        binds: [Bind] = []
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.stdinPath = stdinPath
        self.stdoutPath = stdoutPath
        self.stderrPath = stderrPath
        self.unprivileged = unprivileged
        self.role = role
        self.privateRoot = privateRoot
        self.scratchBytes = scratchBytes
        self.executableAsProgram = executableAsProgram
        self.binds = binds
    }
}
