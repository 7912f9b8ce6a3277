/// The probe `panel doctor` runs inside the sandbox: one Swift program whose first argument picks an
/// attempt, printing one line that says what it managed to do.
enum DoctorProbe {
    static let source = #"""
        import Glibc

        // syscall(2) is variadic, which Swift does not import; its integer arguments pass in registers alike.
        @_silgen_name("syscall") func rawSyscall(_ number: Int, _ a: Int, _ b: Int, _ c: Int, _ d: Int) -> Int
        #if arch(x86_64)
            let (ptraceCall, keyctlCall, unshareCall) = (101, 250, 272)
        #else
            let (ptraceCall, keyctlCall, unshareCall) = (117, 219, 97)
        #endif

        // Panel's doctor probe: tries one thing the sandbox must prevent (or allow) and says what happened.
        let arguments = CommandLine.arguments
        let mode = arguments.count > 1 ? arguments[1] : ""
        let value = arguments.count > 2 ? arguments[2] : ""

        func say(_ text: String) {
            print(text)
            fflush(stdout)
        }

        switch mode {
        case "identity":
            var newPrivileges = "?"
            var capabilities = "?"
            if let file = fopen("/proc/self/status", "r") {
                var line = [CChar](repeating: 0, count: 512)
                while fgets(&line, 512, file) != nil {
                    let text = String(cString: line)
                    if text.hasPrefix("NoNewPrivs:") { newPrivileges = String(text.dropFirst(11)).filter { !$0.isWhitespace } }
                    if text.hasPrefix("CapEff:") { capabilities = String(text.dropFirst(7)).filter { !$0.isWhitespace } }
                }
                fclose(file)
            }
            var visible = 0
            if let directory = opendir("/proc") {
                while let entry = readdir(directory) {
                    let first = withUnsafeBytes(of: entry.pointee.d_name) { $0[0] }
                    if first >= 48 && first <= 57 { visible += 1 }
                }
                closedir(directory)
            }
            var environmentCount = 0
            while environ[environmentCount] != nil { environmentCount += 1 }
            say("uid=\(getuid()) gid=\(getgid()) nonewprivs=\(newPrivileges) caps=\(capabilities) processes=\(visible) env=\(environmentCount)")
        case "forbidden":
            func attempt(_ name: String, _ result: Int) -> String {
                "\(name)=\(result == 0 ? "allowed" : errno == EPERM ? "EPERM" : "errno\(errno)")"
            }
            // PTRACE_TRACEME, KEYCTL_JOIN_SESSION_KEYRING, CLONE_NEWUSER, a ring of 8 entries.
            var results = [attempt("ptrace", rawSyscall(ptraceCall, 0, 0, 0, 0))]
            results.append(attempt("keyctl", rawSyscall(keyctlCall, 1, 0, 0, 0)))
            results.append(attempt("unshare", rawSyscall(unshareCall, 0x1000_0000, 0, 0, 0)))
            results.append(attempt("io_uring_setup", rawSyscall(425, 8, 0, 0, 0)))
            say(results.joined(separator: " "))
        case "ipc-create":
            let segment = shmget(0x5041_4E45, 4096, IPC_CREAT | 0o600)
            say(segment >= 0 ? "created" : "not created errno=\(errno)")
        case "ipc-find":
            let segment = shmget(0x5041_4E45, 0, 0)
            say(segment >= 0 ? "present" : "absent errno=\(errno)")
        case "read":
            let descriptor = open(value, O_RDONLY)
            say(descriptor >= 0 ? "opened" : "denied errno=\(errno)")
        case "write":
            let descriptor = open(value, O_WRONLY | O_CREAT, 0o644)
            say(descriptor >= 0 ? "opened" : "denied errno=\(errno)")
        case "connect":
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
            address.sin_port = (UInt16(value) ?? 0).bigEndian
            let result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            say(result == 0 ? "connected" : "refused errno=\(errno)")
        case "fork":
            var created = 0
            for _ in 0..<(Int(value) ?? 100) {
                let pid = fork()
                if pid == 0 {
                    pause()
                    _exit(0)
                }
                if pid < 0 { break }
                created += 1
            }
            say("created=\(created)")
        case "daemon":
            if fork() == 0 {
                setsid()
                if fork() == 0 {
                    sleep(30)
                    _exit(0)
                }
                _exit(0)
            }
            say("daemon started")
        case "sleep":
            sleep(600)
        case "memory":
            var blocks: [[UInt8]] = []
            for _ in 0..<(Int(value) ?? 0) { blocks.append([UInt8](repeating: 1, count: 1 << 20)) }
            say("allocated \(blocks.count) MiB")
        case "output":
            // Past the cap a write fails (the program goes on; SIGXFSZ is ignored): stop there rather than spin.
            let line = String(repeating: "x", count: 1023)
            while ferror(stdout) == 0 { print(line) }
        case "recursion":
            var marks = [Int32](repeating: 0, count: 1_000_001)
            func visit(_ node: Int) {
                if node == 0 { return }
                visit(node - 1)
                marks[node] = 1
            }
            visit(1_000_000)
            say("depth=\(marks.reduce(0) { $0 + Int($1) })")
        default:
            say("unknown mode \(mode)")
            exit(2)
        }
        """#
}
