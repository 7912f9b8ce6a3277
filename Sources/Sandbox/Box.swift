import CSandbox
import Synchronization

/// One isolation unit, as isolate's box: a number no other Panel process on the machine holds, a uid and
/// gid of its own (when Panel is root), and pid, net and uts namespaces of its own, held by a holder
/// process that is pid 1 there and reaps its orphans.
///
/// A box runs one program at a time; each run adds a fresh IPC namespace, session keyring, mount namespace
/// and cgroup of its own. Boxes are never shared between roles: a submission's box only ever runs
/// submissions, so a validator, compiler, generator or plugin never runs where a candidate's program ran,
/// and two programs that run at once (an interactive solution and its validator, parallel cases) are always
/// in different boxes, unable to see, trace, signal or enter each other.
final class Box: Sendable {
    /// The box's number, unique on this machine while Panel holds it (see ``BoxNumber``).
    let number: Int
    /// What the box runs.
    let role: ProcessSpec.Role
    /// The uid and gid its programs run as: `uidBase + number` when Panel is root, else nil (Panel's own uid,
    /// as uid 0 of the box's user namespace, without capabilities).
    let identity: (uid: uid_t, gid: gid_t)?
    /// The holder of its namespaces, or nil where the host allows none.
    let holder: NamespaceHolder?
    private let claim: BoxNumber
    /// The private root this box's runs asked for last, and its prebuilt mount namespace once asked for twice.
    private let rootTemplate = Mutex(RootTemplate())

    private struct RootTemplate {
        var key: String?
        var descriptor: Int32 = -1
        var failed = false
    }

    /// Makes a box with the next free number.
    ///
    /// - Parameters:
    ///   - namespaces: what the holder should hold ("user", "net", "uts", "pid"), or [] for no holder.
    /// - Throws: when no number is free, or the holder cannot be made although namespaces were asked for.
    init(role: ProcessSpec.Role, namespaces: [String], root: Bool) throws(SandboxError) {
        claim = try BoxNumber.claim()
        number = claim.number
        self.role = role
        if root {
            let id = BoxNumber.uidBase + UInt32(claim.number)
            identity = (uid_t(id), gid_t(id))
        } else {
            identity = nil
        }
        if namespaces.isEmpty {
            holder = nil
        } else {
            guard let made = NamespaceHolder(namespaces: namespaces) else {
                let code = errno
                claim.release()
                throw SandboxError.systemCall("creating the namespaces of box \(claim.number)", errno: code)
            }
            holder = made
        }
    }

    /// Kills every process left in the box's pid namespace (but its holder).
    func killLeftovers() {
        holder?.killOthers()
    }

    /// The prebuilt mount namespace of the private root `key` names (see `panel_build_mount_template`), or -1: a
    /// root is built by `build` the second time in a row it is asked for (a one-off run, such as a compilation,
    /// builds its root directly), and kept while the box's runs ask for it. Valid until the next call or ``end()``.
    func mountTemplate(key: String, build: () -> Int32) -> Int32 {
        rootTemplate.withLock { template in
            if template.key == key {
                if template.descriptor < 0 && !template.failed {
                    template.descriptor = build()
                    template.failed = template.descriptor < 0
                }
                return template.descriptor
            }
            if template.descriptor >= 0 { close(template.descriptor) }
            template = RootTemplate(key: key)
            return -1
        }
    }

    /// Ends the holder and gives the number back.
    func end() {
        rootTemplate.withLock { template in
            if template.descriptor >= 0 { close(template.descriptor) }
            template = RootTemplate()
        }
        holder?.end()
        claim.release()
    }
}

/// Boxes of one Panel process by role: idle ones are reused, new ones made on demand.
final class BoxPool: Sendable {
    private let namespaces: [String]
    private let root: Bool
    private struct State {
        var idle: [ProcessSpec.Role: [Box]] = [:]
        var all: [Box] = []
        var ended = false
    }
    private let state = Mutex(State())

    init(namespaces: [String], root: Bool) {
        self.namespaces = namespaces
        self.root = root
    }

    /// A box of `role` that runs nothing else until ``release(_:)``.
    func acquire(_ role: ProcessSpec.Role) throws(SandboxError) -> Box {
        let reused: Box? = try state.withLock { (state) throws(SandboxError) -> Box? in
            if state.ended { throw SandboxError.interrupted }
            return state.idle[role]?.popLast()
        }
        if let reused { return reused }
        let box = try Box(role: role, namespaces: namespaces, root: root)
        let refused = state.withLock { state in
            if state.ended { return true }
            state.all.append(box)
            return false
        }
        if refused {
            box.end()
            throw SandboxError.interrupted
        }
        return box
    }

    /// Returns a box whose run has ended (and whose leftovers are gone).
    func release(_ box: Box) {
        state.withLock { $0.idle[box.role, default: []].append(box) }
    }

    /// Every box made so far, busy or idle.
    var boxes: [Box] { state.withLock { $0.all } }

    /// Ends every box; later acquisitions fail with ``SandboxError/interrupted``.
    func shutdown() {
        let boxes = state.withLock { state in
            state.ended = true
            defer {
                state.all = []
                state.idle = [:]
            }
            return state.all
        }
        for box in boxes { box.end() }
    }
}
