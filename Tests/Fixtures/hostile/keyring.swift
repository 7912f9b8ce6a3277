import Glibc

// Reaches for the kernel's keyrings: describes its session keyring (Panel's, if it were inherited), adds a
// key to its user keyring (which, without a fresh keyring, would persist for the uid across runs and
// Panel processes), and looks for the key an earlier run added. Prints the right answer only if every
// attempt failed.
@_silgen_name("syscall") func rawSyscall(_ number: Int, _ a: Int, _ b: Int, _ c: Int, _ d: Int, _ e: Int) -> Int
#if arch(x86_64)
    let (addKey, requestKey, keyctl) = (248, 249, 250)
#else
    let (addKey, requestKey, keyctl) = (217, 218, 219)
#endif
var reached: [String] = []
var buffer = [CChar](repeating: 0, count: 512)
// KEYCTL_DESCRIBE of KEY_SPEC_SESSION_KEYRING (-3).
if buffer.withUnsafeMutableBufferPointer({ rawSyscall(keyctl, 6, -3, Int(bitPattern: $0.baseAddress), 512, 0) }) >= 0 {
    reached.append("session keyring " + String(cString: buffer))
}
let type = "user"
let description = "panel-hostile-{{TAG}}"
let payload = "left by an earlier run"
if type.withCString({ t in
    description.withCString { d in
        payload.withCString { p in
            rawSyscall(requestKey, Int(bitPattern: t), Int(bitPattern: d), 0, 0, 0)
        }
    }
}) >= 0 {
    reached.append("an earlier run's key")
}
// add_key to KEY_SPEC_USER_KEYRING (-4).
if type.withCString({ t in
    description.withCString { d in
        payload.withCString { p in
            rawSyscall(addKey, Int(bitPattern: t), Int(bitPattern: d), Int(bitPattern: p), payload.utf8.count, -4)
        }
    }
}) >= 0 {
    reached.append("added a key")
}

_ = readLine()
let numbers = (readLine() ?? "").split(separator: " ").compactMap { Int($0) }
print(reached.isEmpty ? String(numbers.reduce(0, +)) : "KEYS " + reached.joined(separator: "; "))
