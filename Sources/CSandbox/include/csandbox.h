#ifndef CSANDBOX_H
#define CSANDBOX_H

#include <sys/types.h>
#include <sys/resource.h>

/// What the child must do between fork and exec. Every field is read in the child before exec.
/// A limit of 0 leaves the inherited limit in place.
struct panel_spawn_config {
    const char *path;                 ///< Executable to exec (absolute path).
    char *const *argv;                ///< NULL-terminated.
    char *const *envp;                ///< NULL-terminated; the child gets exactly this environment.
    const char *working_directory;    ///< chdir target (inside the private root when there is one), or NULL:
                                      ///< then /tmp in a private root, else Panel's own.
    int stdin_fd, stdout_fd, stderr_fd;  ///< Duplicated onto 0, 1, 2; owned by the caller.
    rlim_t cpu_seconds;               ///< RLIMIT_CPU soft limit; the hard limit is one second more.
    rlim_t address_space_bytes;       ///< RLIMIT_AS.
    rlim_t stack_bytes;               ///< RLIMIT_STACK.
    rlim_t file_size_bytes;           ///< RLIMIT_FSIZE: caps the output files the child writes to.
    rlim_t process_count;             ///< RLIMIT_NPROC (per real uid; ignored by the kernel for root).
    const int *cgroup_procs_fds;      ///< Open `cgroup.procs` files the child joins by writing "0".
    int cgroup_procs_count;
    int namespaces;                   ///< PANEL_NAMESPACE_* bits: namespaces to unshare, or 0.
    const int *namespace_fds;         ///< Namespace files (/proc/PID/ns/*) to join with setns(2) instead; a
                                      ///< user namespace first, since it owns the others.
    int namespace_fd_count;
    uid_t uid;                        ///< Drop to this uid/gid when `drop_privileges` is set.
    gid_t gid;
    int drop_privileges;
    int drop_capabilities;            ///< Empty the capability bounding set before exec (for a program that
                                      ///< runs as uid 0 of a user namespace: it then execs with no capability).
    int no_new_privileges;            ///< PR_SET_NO_NEW_PRIVS before exec.
    const char *new_root;             ///< An empty directory: when set, the child gets a mount namespace of its
                                      ///< own whose root is a fresh tmpfs mounted there, holding only /program, /proc of the run's pid namespace,
                                      ///< (read-only bind of `path`), /dev/{null,zero,random,urandom} and a
                                      ///< writable /tmp; it execs /program with /tmp as working directory.
    rlim_t root_bytes;                ///< Size of that tmpfs (the program's scratch space).
    int bind_program;                 ///< Bind `path` at /program and exec that (else exec `path` as it is, which
                                      ///< the binds below must make visible).
    const char *const *bind_sources;  ///< Host paths bind-mounted into the private root (followed if symlinks,
                                      ///< except that a symlink to a folder is recreated as the same symlink).
    const char *const *bind_targets;  ///< Where each appears inside the root (absolute paths).
    const int *bind_writable;         ///< Whether each bind stays writable (else read-only).
    int bind_count;
    const char *stdin_in_root;        ///< In a private root: open this path (a read-only bind of the input) as
                                      ///< stdin instead of `stdin_fd`, so that reopening /proc/self/fd/0 for
                                      ///< writing meets a read-only mount and the host path stays hidden.
    int pid_namespace_fd;             ///< A pid namespace the child is created in (joined per thread), or -1.
    int pid_namespace_from_inside;    ///< Join that pid namespace from inside the user namespace instead (needed
                                      ///< without root): the child then forks once more, and the program is its
                                      ///< child; the child waits and ends the way the program ended.
    int share_memory_until_exec;      ///< Spawn with CLONE_VM|CLONE_VFORK (fast) instead of fork. The kernel
                                      ///< then folds Panel's own RSS into the child's ru_maxrss, so use it
                                      ///< only where peak memory is measured another way (a memory cgroup).
                                      ///< Ignored with `pid_namespace_from_inside`: the intermediate process
                                      ///< never execs, and a vfork parent would wait for it until the program
                                      ///< ended, with no wall clock.
    rlim_t open_files;                ///< RLIMIT_NOFILE (0: inherited). Bounds what sockets and pipes can hold.
    int new_ipc_namespace;            ///< A fresh IPC namespace for this run alone: System V objects and POSIX
                                      ///< message queues it makes die with it.
    int new_session_keyring;          ///< Join a new anonymous session keyring, so the program does not possess
                                      ///< Panel's (best effort: a host that forbids keyctl forbids it to all).
    int seccomp;                      ///< Install the candidate filter (see panel_seccomp_*), after no_new_privs.
    int ignore_file_size_signal;      ///< Exec with SIGXFSZ ignored: a write past RLIMIT_FSIZE fails with EFBIG and
                                      ///< the program goes on (as under DOMjudge's runguard, which truncates the
                                      ///< stream), instead of being killed at the output cap.
    int use_mount_template;           ///< Whether to use `mount_template_fd`.
    int mount_template_fd;            ///< A mount namespace made by panel_build_mount_template for the same root.
                                      ///< The child joins it and unshares a copy of its own, then
                                      ///< mounts a fresh /tmp there, instead of building the root from the host's
                                      ///< mount table (which costs a copy of every host mount, a pivot_root and
                                      ///< two RCU grace periods per run). `new_root` is then not used.
    int wait_for_stdio;               ///< Only for panel_spawn_ahead: the child gets everything but its stdio ready
                                      ///< (namespaces, root, limits, then the cgroup), closes every inherited
                                      ///< descriptor and waits; `stdin_fd`, `stdout_fd` and `stderr_fd` are
                                      ///< not used (panel_start_ahead hands them over).
    int setup_cpu;                    ///< With `wait_for_stdio`: 1 + the CPU the setup runs on until the child
                                      ///< joins its cgroup (panel_spawn_ahead sets it), or 0.
};

/// Builds the private root `config` describes (`new_root`, the binds, /program) once, without /tmp's tmpfs, in a
/// mount namespace of its own made by a short-lived child in the same namespaces a run joins; returns 0 and sets
/// `*namespace_fd` (close-on-exec) to that namespace, for `mount_template_fd`. No bind may lie under /tmp (each
/// run mounts its own /tmp over it). Returns an errno and sets `*failed_step` otherwise.
/// A child started ahead of its run (see panel_spawn_ahead), waiting for its stdio.
struct panel_ahead;

/// Starts a child for `config` (which must set `wait_for_stdio`, share memory until exec, and not join a pid
/// namespace from inside) that does its setup while Panel does other work, then waits. `config` and what it
/// points to are copied. Returns 0 and sets `*ahead` and `*pid`, or an errno. The child is Panel's: end it with
/// panel_start_ahead or panel_cancel_ahead, never both.
int panel_spawn_ahead(const struct panel_spawn_config *config, struct panel_ahead **ahead, pid_t *pid);

/// Hands `ahead` its stdio and lets it exec; then as panel_spawn (the listener, the failed step). Frees `ahead`.
int panel_start_ahead(struct panel_ahead *ahead, int stdin_fd, int stdout_fd, int stderr_fd, int *failed_step,
                      int *listener);

/// Ends a child started ahead that will not run (killed and reaped), and frees `ahead`.
void panel_cancel_ahead(struct panel_ahead *ahead);

int panel_build_mount_template(const struct panel_spawn_config *config, int *namespace_fd, int *failed_step);

/// Namespaces the child can get of its own (mapped to CLONE_NEW* flags in the child).
enum panel_namespace {
    PANEL_NAMESPACE_NET = 1,
    PANEL_NAMESPACE_IPC = 2,
    PANEL_NAMESPACE_UTS = 4,
    PANEL_NAMESPACE_PID = 8,
    PANEL_NAMESPACE_USER = 16,
};

/// Steps of the child setup, reported with errno when one fails.
enum panel_spawn_step {
    PANEL_STEP_NONE = 0,
    PANEL_STEP_FORK,
    PANEL_STEP_CGROUP,
    PANEL_STEP_UNSHARE,
    PANEL_STEP_SETNS,
    PANEL_STEP_MOUNT,
    PANEL_STEP_RLIMIT,
    PANEL_STEP_STDIO,
    PANEL_STEP_CLOSE_FDS,
    PANEL_STEP_PRIVILEGES,
    PANEL_STEP_CHDIR,
    PANEL_STEP_EXEC,
    PANEL_STEP_SECCOMP,
};

/// Forks and execs `config->path` in a new process group whose id equals the child's pid.
/// Returns 0 and sets `*pid` when exec succeeded; otherwise returns the failing errno and sets
/// `*failed_step`. The child never returns into the caller's code. With `config->seccomp`, `*listener` is
/// the filter's notification descriptor (close-on-exec, owned by the caller; pass it to panel_wait), or -1
/// where the kernel has no user notification and denied calls simply fail with EPERM.
int panel_spawn(const struct panel_spawn_config *config, pid_t *pid, int *failed_step, int *listener);

/// System calls the candidate filter denied during one run (the first ones, in order, without repeats).
struct panel_denied_calls {
    int count;
    int numbers[16];
};

/// Waits for `pid` for at most `timeout_ms` (negative: no limit), answering the seccomp `listener` (or -1)
/// meanwhile: every denied call fails with EPERM and is recorded in `denied`. Without a pidfd (-1: kernels
/// before 5.3, or no descriptors left) it polls with wait4(WNOHANG), so the wall clock still holds.
/// Returns 1 when the process ended (status and usage filled in), 0 on timeout (the process is still
/// running), -1 with errno set.
int panel_wait(pid_t pid, int pidfd, int listener, long timeout_ms, int *status, struct rusage *usage,
               struct panel_denied_calls *denied);

/// The name of a system call the candidate filter denies ("ptrace"), or NULL.
const char *panel_denied_call_name(int number);

/// Whether this kernel accepts the candidate filter (0 yes, else the errno), with user notification
/// (`*notifies` set to 1) or only as plain EPERM answers (0). Tested in a short-lived child.
int panel_seccomp_probe(int *notifies);

/// Starts a process in new namespaces (PANEL_NAMESPACE_* bits) that runs can join with setns(2) for a
/// fraction of the cost of creating new ones. With PANEL_NAMESPACE_PID it is the namespace's pid 1 and
/// reaps every orphan. It ends when killed or when `lifeline_fd` (one end of a socket pair whose other end
/// only Panel holds) reports end of file, that is when Panel is gone; PANEL_HOLDER_SEAL on it makes the
/// holder non-dumpable, PANEL_HOLDER_KILL makes it kill every other process of its pid namespace and answer
/// with the same byte. Returns 0 and sets `*pid`, or an errno.
int panel_namespace_holder(int namespaces, int lifeline_fd, pid_t *pid);

/// The byte Panel writes to a holder's lifeline once it has mapped its user namespace and opened its
/// namespace files: the holder then makes itself non-dumpable.
#define PANEL_HOLDER_SEAL 'S'

/// The byte Panel writes to a holder's lifeline to have everything in the box killed at once (kill(-1) from
/// the namespace's pid 1); the holder writes it back when done.
#define PANEL_HOLDER_KILL 'K'

/// socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC): a holder's lifeline, which carries requests and answers.
int panel_lifeline_pair(int fds[2]);


/// prctl(PR_SET_CHILD_SUBREAPER, 1): orphans of Panel's children come to Panel instead of the host's init,
/// so none outlives Panel where no pid namespace holds them. Returns 0 or an errno.
int panel_become_subreaper(void);

/// pipe2(fds, O_CLOEXEC), which Swift's Glibc module does not expose.
int panel_pipe_cloexec(int fds[2]);

/// sched_setaffinity(thread, …) with the CPUs listed in `cpus` (Swift's Glibc module hides the CPU_SET
/// macros). Returns 0 or an errno.
int panel_set_affinity(int thread, const int *cpus, int count);

/// Opens a pidfd for `pid` (Linux ≥ 5.3), or -1 with errno set.
int panel_pidfd_open(pid_t pid);

/// Exit status helpers, since the W* macros are not visible to Swift.
int panel_exited(int status);
int panel_exit_code(int status);
int panel_signaled(int status);
int panel_term_signal(int status);

#endif
