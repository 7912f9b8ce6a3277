// The fork→exec window of every process Panel runs.
//
// The child is made with clone(CLONE_VM|CLONE_VFORK) where it can be (it shares Panel's memory until it
// execs), so it makes raw system calls only (raw.h): no glibc wrapper, which could take a lock another
// thread of Panel holds or write the parent thread's errno. Every call below says what it is for. A
// failing step is sent to the parent over a close-on-exec socket as (step, errno); end of file on that
// socket means exec succeeded.
#define _GNU_SOURCE
#include "csandbox.h"
#include "internal.h"
#include "raw.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/keyctl.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SYS_close_range
#define SYS_close_range 436
#endif

/// The kernel's struct sigaction for rt_sigaction. Only SIG_DFL is installed, which needs no restorer.
struct kernel_sigaction {
    void *handler;
    unsigned long flags;
    void *restorer;
    unsigned long mask;
};

/// What the child needs beyond the caller's configuration: the error channel and the prebuilt filters.
struct child_arguments {
    const struct panel_spawn_config *config;
    int channel;
    const struct sock_fprog *notifying_filter;
    const struct sock_fprog *plain_filter;
    int build_template;  ///< Build the root, send its mount namespace, and exit (panel_build_mount_template).
};

static void report_and_exit(int channel, int step, long result) {
    struct panel_child_message message = {PANEL_MESSAGE_ERROR, step, raw_failed(result) ? (int)-result : EIO};
    // write: one message on the seqpacket socket; nothing to do if the parent is gone.
    RAW3(SYS_write, channel, &message, sizeof message);
    // exit_group: this child is a thread group of its own (no CLONE_THREAD), so only it ends.
    RAW1(SYS_exit_group, 127);
    __builtin_unreachable();
}

#define CHECK(call, step)                                            \
    do {                                                             \
        long result_ = (call);                                       \
        if (raw_failed(result_)) report_and_exit(channel, (step), result_); \
    } while (0)

// Joins `directory` and `name` into `buffer`, byte by byte: nothing that could allocate or lock.
static const char *join_path(char *buffer, size_t size, const char *directory, const char *name) {
    size_t used = 0;
    for (const char *p = directory; *p && used + 1 < size; p++) buffer[used++] = *p;
    if (used + 1 < size) buffer[used++] = '/';
    for (const char *p = name; *p && used + 1 < size; p++) buffer[used++] = *p;
    buffer[used] = 0;
    return buffer;
}

// Creates an empty file at `path` to bind over.
static long make_file(const char *path) {
    // openat(O_CREAT): the mount point of a file bind must be a file.
    long fd = RAW4(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (raw_failed(fd)) return fd;
    RAW1(SYS_close, fd);
    return 0;
}

// Binds the host file `source` at `root/name`, read-only unless `extra` says otherwise.
static long bind_file(const char *source, const char *root, const char *name, unsigned long extra, char *buffer,
                      size_t size) {
    join_path(buffer, size, root, name);
    long result = make_file(buffer);
    if (raw_failed(result)) return result;
    // mount(MS_BIND), then a remount for the flags: a bind ignores flags on its first mount.
    result = RAW5(SYS_mount, source, buffer, 0, MS_BIND, 0);
    if (raw_failed(result)) return result;
    return RAW5(SYS_mount, 0, buffer, 0, MS_BIND | MS_REMOUNT | MS_NOSUID | extra, 0);
}

// Creates every missing folder of `path` (an absolute path under the new root) but the last component.
static long make_parents(char *path, size_t root_length) {
    for (size_t i = root_length + 1; path[i]; i++) {
        if (path[i] != '/') continue;
        path[i] = 0;
        // mkdirat: folders that lead to a bind's mount point, inside the new root's tmpfs.
        long made = RAW3(SYS_mkdirat, AT_FDCWD, path, 0755);
        path[i] = '/';
        if (raw_failed(made) && made != -EEXIST) return made;
    }
    return 0;
}

// Makes `source` (a host path) appear at `target` inside the new root.
static long bind_path(const char *source, const char *target, int writable, const char *root) {
    char path[4096];
    size_t root_length = 0;
    while (root[root_length]) root_length++;
    join_path(path, sizeof path, root, target[0] == '/' ? target + 1 : target);
    long result = make_parents(path, root_length);
    if (raw_failed(result)) return result;
    struct stat link_info;
    // newfstatat(AT_SYMLINK_NOFOLLOW): is the source a link (merged-/usr systems have /bin -> usr/bin)?
    result = RAW4(SYS_newfstatat, AT_FDCWD, source, &link_info, AT_SYMLINK_NOFOLLOW);
    if (raw_failed(result)) return result;
    struct stat info;
    // newfstatat: what the source is, through links.
    result = RAW4(SYS_newfstatat, AT_FDCWD, source, &info, 0);
    if (raw_failed(result)) return result;
    if (S_ISLNK(link_info.st_mode) && S_ISDIR(info.st_mode)) {
        // A link to a folder is recreated as the same link; what it points to is bound on its own.
        char destination[4096];
        long length = RAW4(SYS_readlinkat, AT_FDCWD, source, destination, sizeof destination - 1);
        if (raw_failed(length)) return length;
        destination[length] = 0;
        return RAW3(SYS_symlinkat, destination, AT_FDCWD, path);
    }
    if (S_ISDIR(info.st_mode)) {
        result = RAW3(SYS_mkdirat, AT_FDCWD, path, 0755);
        if (raw_failed(result) && result != -EEXIST) return result;
    } else {
        result = make_file(path);
        if (raw_failed(result)) return result;
    }
    result = RAW5(SYS_mount, source, path, 0, MS_BIND | MS_REC, 0);
    if (raw_failed(result)) return result;
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV | (writable ? 0 : MS_RDONLY);
    return RAW5(SYS_mount, 0, path, 0, flags, 0);
}

// Mounts the run's own /tmp (a fresh tmpfs of `root_bytes`, owned by the box's user) at `path`.
static long mount_scratch(const struct panel_spawn_config *c, const char *path) {
    char options[64];
    const char *prefix = "mode=0700,size=";
    size_t used = 0;
    for (const char *p = prefix; *p; p++) options[used++] = *p;
    char digits[24];
    int count = 0;
    rlim_t bytes = c->root_bytes ? c->root_bytes : (rlim_t)64 << 20;
    do {
        digits[count++] = (char)('0' + bytes % 10);
        bytes /= 10;
    } while (bytes && count < 23);
    while (count) options[used++] = digits[--count];
    options[used] = 0;
    long result = RAW5(SYS_mount, "panel-tmp", path, "tmpfs", MS_NOSUID | MS_NODEV, options);
    if (raw_failed(result)) return result;
    if (c->drop_privileges) {
        // fchownat: the box's user owns its /tmp.
        result = RAW5(SYS_fchownat, AT_FDCWD, path, c->uid, c->gid, 0);
        if (raw_failed(result)) return result;
    }
    return 0;
}

// Builds the run's filesystem: a tmpfs holding only the program, four devices, /proc and /tmp, then makes it /.
// For a template (`with_scratch` 0), /tmp stays an empty folder: each run mounts its own there.
static long enter_new_root(const struct panel_spawn_config *c, int with_scratch) {
    char path[4096];
    long result;

    // mount(MS_PRIVATE): nothing mounted here may leak back to the host, nor the host's later mounts in.
    result = RAW5(SYS_mount, 0, "/", 0, MS_REC | MS_PRIVATE, 0);
    if (raw_failed(result)) return result;
    // mount(tmpfs): the root holds only folders and mount points, and becomes read-only below.
    result = RAW5(SYS_mount, "panel", c->new_root, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=4m");
    if (raw_failed(result)) return result;
    result = RAW3(SYS_mkdirat, AT_FDCWD, join_path(path, sizeof path, c->new_root, "dev"), 0755);
    if (raw_failed(result)) return result;
    const char *devices[] = {"/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"};
    for (int i = 0; i < 4; i++) {
        result = bind_file(devices[i], c->new_root, devices[i] + 1, MS_NOEXEC, path, sizeof path);
        if (raw_failed(result)) return result;
    }
    // /tmp first: binds may land below it (a compiler's build folder under the host's /tmp).
    join_path(path, sizeof path, c->new_root, "tmp");
    result = RAW3(SYS_mkdirat, AT_FDCWD, path, 0700);
    if (raw_failed(result)) return result;
    if (with_scratch) {
        result = mount_scratch(c, path);
        if (raw_failed(result)) return result;
    }
    if (c->bind_program) {
        result = bind_file(c->path, c->new_root, "program", MS_RDONLY | MS_NODEV, path, sizeof path);
        if (raw_failed(result)) return result;
    }
    for (int i = 0; i < c->bind_count; i++) {
        result = bind_path(c->bind_sources[i], c->bind_targets[i], c->bind_writable[i], c->new_root);
        if (raw_failed(result)) return result;
    }
    // mount(proc): Swift's runtime reads /proc/self/exe at start. This proc shows only the box's pid namespace,
    // only processes of the program's own uid (hidepid=invisible), and no /proc/sys or other global files
    // (subset=pid, Linux 5.8 and later; older kernels get the full view, still read-only).
    join_path(path, sizeof path, c->new_root, "proc");
    result = RAW3(SYS_mkdirat, AT_FDCWD, path, 0555);
    if (raw_failed(result)) return result;
    unsigned long proc_flags = MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY;
    result = RAW5(SYS_mount, "proc", path, "proc", proc_flags, "hidepid=invisible,subset=pid");
    if (raw_failed(result)) result = RAW5(SYS_mount, "proc", path, "proc", proc_flags, "hidepid=2");
    if (raw_failed(result)) return result;

    // chdir + pivot_root(".", ".") + umount2(MNT_DETACH): the new root is /, the host's is gone from view.
    result = RAW1(SYS_chdir, c->new_root);
    if (raw_failed(result)) return result;
    result = RAW2(SYS_pivot_root, ".", ".");
    if (raw_failed(result)) return result;
    result = RAW2(SYS_umount2, ".", MNT_DETACH);
    if (raw_failed(result)) return result;
    result = RAW1(SYS_chdir, "/");
    if (raw_failed(result)) return result;
    // mount(MS_REMOUNT|MS_RDONLY): the root itself is read-only; /tmp and writable binds stay writable.
    return RAW5(SYS_mount, 0, "/", 0, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, 0);
}

// Sets one resource limit of this process.
static long set_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit limit = {soft, hard};
    // prlimit64(0, ...): setrlimit of the calling process.
    return RAW4(SYS_prlimit64, 0, resource, &limit, 0);
}

// Closes every descriptor from `low` up, except `keep`.
static long close_from(int low, int keep) {
    if (keep >= low) {
        // close_range: every inherited descriptor of Panel's but the error channel.
        if (keep > low) {
            long result = RAW3(SYS_close_range, low, keep - 1, 0);
            if (raw_failed(result)) return result;
        }
        return RAW3(SYS_close_range, keep + 1, ~0U, 0);
    }
    return RAW3(SYS_close_range, low, ~0U, 0);
}

// Makes `fd` the descriptor `target`, without close-on-exec.
static long move_to(int fd, int target) {
    // fcntl(F_SETFD, 0): already in place; only the close-on-exec flag must go.
    if (fd == target) return RAW3(SYS_fcntl, fd, F_SETFD, 0);
    // dup3: like dup2, which aarch64 does not have.
    return RAW3(SYS_dup3, fd, target, 0);
}

// The intermediate process of a run whose program had to be forked inside the pid namespace (without root):
// it waits for the program and then ends the same way, so Panel's wait4 sees the program's status and its
// rusage (which includes the reaped program's CPU time). It stays in Panel's pid namespace, so the program
// cannot see it.
static void mirror(long program) {
    // prctl(PR_SET_DUMPABLE, 0): this is a copy of Panel's memory; nothing of the program's uid may trace it.
    RAW5(SYS_prctl, PR_SET_DUMPABLE, 0, 0, 0, 0);
    // rt_sigprocmask: nothing but SIGKILL and SIGSTOP can reach it; it only waits.
    unsigned long all = ~0UL;
    RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &all, 0, sizeof all);
    // close_range: a copy of every descriptor Panel had (other runs' pipes among them) would hide an
    // end-of-file from some reader.
    RAW3(SYS_close_range, 0, ~0U, 0);
    int status = 0;
    long result;
    do {
        // wait4: the program's end.
        result = RAW4(SYS_wait4, program, &status, 0, 0);
    } while (result == -EINTR);
    if (raw_failed(result)) RAW1(SYS_exit_group, 127);
    if (WIFEXITED(status)) RAW1(SYS_exit_group, WEXITSTATUS(status));
    int signal_number = WTERMSIG(status);
    // rt_sigaction(SIG_DFL), prlimit64(RLIMIT_CORE 0), rt_sigprocmask, kill(self): die of the same signal.
    struct kernel_sigaction default_action = {0, 0, 0, 0};
    RAW4(SYS_rt_sigaction, signal_number, &default_action, 0, sizeof(unsigned long));
    struct rlimit none = {0, 0};
    RAW4(SYS_prlimit64, 0, RLIMIT_CORE, &none, 0);
    unsigned long others = ~(1UL << (signal_number - 1));
    RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &others, 0, sizeof others);
    RAW2(SYS_kill, RAW0(SYS_getpid), signal_number);
    RAW1(SYS_exit_group, 128 + signal_number);
}

// Points `header` at one message (`part`) and room for descriptors (`control`), everything else zero: byte by
// byte, as memset may not run here.
static void message_header(struct msghdr *header, struct iovec *part, void *control, size_t control_size) {
    char *clear = (char *)header;
    for (size_t i = 0; i < sizeof *header; i++) clear[i] = 0;
    header->msg_iov = part;
    header->msg_iovlen = 1;
    header->msg_control = control;
    header->msg_controllen = control_size;
}

// Sends `descriptor` to Panel over the channel as a message of `kind` (SCM_RIGHTS); a failure ends the child.
static void send_descriptor(int channel, int kind, int descriptor) {
    struct panel_child_message message = {kind, 0, 0};
    struct iovec part = {&message, sizeof message};
    union {
        char bytes[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr header;
    message_header(&header, &part, control.bytes, sizeof control.bytes);
    struct cmsghdr *attached = CMSG_FIRSTHDR(&header);
    attached->cmsg_level = SOL_SOCKET;
    attached->cmsg_type = SCM_RIGHTS;
    attached->cmsg_len = CMSG_LEN(sizeof(int));
    char *to = (char *)CMSG_DATA(attached);
    const char *from = (const char *)&descriptor;
    for (size_t i = 0; i < sizeof descriptor; i++) to[i] = from[i];
    // sendmsg(SCM_RIGHTS): the descriptor goes to Panel.
    CHECK(RAW3(SYS_sendmsg, channel, &header, 0), kind == PANEL_MESSAGE_LISTENER ? PANEL_STEP_SECCOMP : PANEL_STEP_MOUNT);
}

// Joins the run's cgroups: write("0") to each cgroup.procs.
static void join_cgroups(const struct panel_spawn_config *c, int channel) {
    for (int i = 0; i < c->cgroup_procs_count; i++) {
        long written = RAW3(SYS_write, c->cgroup_procs_fds[i], "0", 1);
        if (written != 1) report_and_exit(channel, PANEL_STEP_CGROUP, written);
    }
}

// sched_setaffinity: to `cpu` alone, or with -1 to every CPU (a cpuset the child is in narrows that). Best
// effort: only where the setup runs is at stake.
static void pin_to(int cpu) {
    unsigned long mask[16];
    for (int i = 0; i < 16; i++) mask[i] = cpu < 0 ? ~0UL : 0;
    if (cpu >= 0 && cpu < 16 * 64) mask[cpu / 64] = 1UL << (cpu % 64);
    RAW3(SYS_sched_setaffinity, 0, sizeof mask, mask);
}

// Waits for the stdin, stdout and stderr descriptors panel_start_ahead sends (SCM_RIGHTS), into `stdio`. End of
// file (panel_cancel_ahead, or Panel gone) ends the child quietly.
static void receive_stdio(int channel, int stdio[3]) {
    struct panel_child_message message = {0, 0, 0};
    struct iovec part = {&message, sizeof message};
    union {
        char bytes[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    struct msghdr header;
    message_header(&header, &part, control.bytes, sizeof control.bytes);
    long got;
    do {
        // recvmsg: blocks until Panel hands the stdio over.
        got = RAW3(SYS_recvmsg, channel, &header, MSG_CMSG_CLOEXEC);
    } while (got == -EINTR);
    if (got <= 0) RAW1(SYS_exit_group, 0);
    struct cmsghdr *attached = CMSG_FIRSTHDR(&header);
    if (!attached || attached->cmsg_level != SOL_SOCKET || attached->cmsg_type != SCM_RIGHTS ||
        attached->cmsg_len != CMSG_LEN(3 * sizeof(int))) {
        report_and_exit(channel, PANEL_STEP_STDIO, -EIO);
    }
    const char *from = (const char *)CMSG_DATA(attached);
    char *to = (char *)stdio;
    for (size_t i = 0; i < 3 * sizeof(int); i++) to[i] = from[i];
    for (int i = 0; i < 3; i++) {
        // fcntl(F_DUPFD_CLOEXEC, 3): a descriptor that landed on 0..2 (Panel's own stdio closed) would be
        // overwritten by the moves onto 0..2; its copy above 2 is not.
        if (stdio[i] > 2) continue;
        long moved = RAW3(SYS_fcntl, stdio[i], F_DUPFD_CLOEXEC, 3);
        if (raw_failed(moved)) report_and_exit(channel, PANEL_STEP_STDIO, moved);
        stdio[i] = (int)moved;
    }
}

// Installs the candidate filter and hands its notification listener to Panel.
static void install_filter(const struct child_arguments *arguments) {
    int channel = arguments->channel;
    // seccomp(NEW_LISTENER): denied calls wait for Panel's answer (EPERM), so Panel can name them.
    long listener = RAW3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER,
                         arguments->notifying_filter);
    if (raw_failed(listener)) {
        // No user notification here (before Linux 5.0, or a listener already in the chain): plain EPERM.
        CHECK(RAW3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, arguments->plain_filter), PANEL_STEP_SECCOMP);
        return;
    }
    send_descriptor(channel, PANEL_MESSAGE_LISTENER, (int)listener);
    // close: Panel holds the listener now.
    RAW1(SYS_close, listener);
}

static void child(const struct child_arguments *arguments) {
    const struct panel_spawn_config *c = arguments->config;
    int channel = arguments->channel;
    // setsid: a session, and so a process group, of its own: everything it forks can be killed with one
    // kill(-pid), it has no controlling terminal, and where the kernel groups CPU time by session
    // (autogroup) each run gets a session's share of a busy CPU instead of splitting Panel's one share with
    // Panel, its compilers and the other jobs' cases (starving them into the wall-clock limit under load).
    // setpgid where setsid is refused (already a group leader).
    if (raw_failed(RAW0(SYS_setsid))) RAW2(SYS_setpgid, 0, 0);

    // rt_sigaction(SIG_DFL) for every signal, then rt_sigprocmask(empty): signal state survives exec, so undo
    // what Panel's runtime set (ignored SIGPIPE, handlers, masks). Handlers go first: every signal is still
    // blocked (panel_spawn blocked them), and none of Panel's handlers may run on this stack.
    struct kernel_sigaction default_action = {0, 0, 0, 0};
    for (int signal_number = 1; signal_number <= 64; signal_number++) {
        if (signal_number == SIGKILL || signal_number == SIGSTOP) continue;
        RAW4(SYS_rt_sigaction, signal_number, &default_action, 0, sizeof(unsigned long));
    }
    if (c->ignore_file_size_signal) {
        // rt_sigaction(SIGXFSZ, SIG_IGN): an ignored signal stays ignored across exec, so a write past the output
        // cap fails with EFBIG rather than killing the program; its verdict is then decided by how it ends.
        struct kernel_sigaction ignore_action = {(void *)SIG_IGN, 0, 0, 0};
        RAW4(SYS_rt_sigaction, SIGXFSZ, &ignore_action, 0, sizeof(unsigned long));
    }
    unsigned long none = 0;
    RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &none, 0, sizeof none);

    if (c->wait_for_stdio && c->setup_cpu > 0) pin_to(c->setup_cpu - 1);
    // The cgroup first, before anything can fork; a child started ahead joins it last (below), so that its setup,
    // done while another run's program has the run's CPU, is neither counted to the run nor held to its CPU.
    if (!c->wait_for_stdio) join_cgroups(c, channel);
    for (int i = 0; i < c->namespace_fd_count; i++) {
        // setns: the box's user (first), net and uts namespaces, held by its holder process.
        CHECK(RAW2(SYS_setns, c->namespace_fds[i], 0), PANEL_STEP_SETNS);
    }
    if (c->pid_namespace_from_inside) {
        // setns(CLONE_NEWPID) from inside the user namespace (Panel itself may not, without root): children
        // from now on are born in the box's pid namespace; this process is not.
        CHECK(RAW2(SYS_setns, c->pid_namespace_fd, CLONE_NEWPID), PANEL_STEP_SETNS);
        // clone(SIGCHLD): a plain fork, without glibc's atfork handlers and locks.
        long program = RAW5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
        if (raw_failed(program)) report_and_exit(channel, PANEL_STEP_FORK, program);
        if (program > 0) mirror(program);
    }
    // (A pid namespace is never unshared here: the child is born into the box's.)
    int flags = panel_namespace_flags(c->namespaces & ~PANEL_NAMESPACE_PID) | (c->new_ipc_namespace ? CLONE_NEWIPC : 0);
    // unshare: namespaces of this run alone (a fresh IPC namespace: System V objects die with the run).
    if (flags != 0) CHECK(RAW1(SYS_unshare, flags), PANEL_STEP_UNSHARE);
    if (arguments->build_template) {
        // close_range: this forked copy of Panel's descriptors (other runs' pipes among them) must not delay an
        // end of file some reader waits for.
        CHECK(close_from(3, channel), PANEL_STEP_CLOSE_FDS);
        // unshare(CLONE_NEWNS) + openat(/proc/self/ns/mnt): the template's namespace, built below and sent to Panel.
        CHECK(RAW1(SYS_unshare, CLONE_NEWNS), PANEL_STEP_UNSHARE);
        long namespace_fd = RAW4(SYS_openat, AT_FDCWD, "/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC, 0);
        if (raw_failed(namespace_fd)) report_and_exit(channel, PANEL_STEP_MOUNT, namespace_fd);
        CHECK(enter_new_root(c, 0), PANEL_STEP_MOUNT);
        send_descriptor(channel, PANEL_MESSAGE_NAMESPACE, (int)namespace_fd);
        RAW1(SYS_exit_group, 0);
    }
    if (c->use_mount_template) {
        // setns(CLONE_NEWNS): the prebuilt root (root and working folder move there); unshare(CLONE_NEWNS): a copy
        // of this run's own, so what it mounts dies with it; then a fresh /tmp of its own over the template's.
        CHECK(RAW2(SYS_setns, c->mount_template_fd, CLONE_NEWNS), PANEL_STEP_SETNS);
        CHECK(RAW1(SYS_unshare, CLONE_NEWNS), PANEL_STEP_UNSHARE);
        CHECK(mount_scratch(c, "/tmp"), PANEL_STEP_MOUNT);
    } else if (c->new_root) {
        // unshare(CLONE_NEWNS), after joining the user namespace (when there is one), so that namespace owns it
        // and the mounts below are allowed to a user without privileges.
        CHECK(RAW1(SYS_unshare, CLONE_NEWNS), PANEL_STEP_UNSHARE);
        CHECK(enter_new_root(c, 1), PANEL_STEP_MOUNT);
    }

    if (c->cpu_seconds) CHECK(set_limit(RLIMIT_CPU, c->cpu_seconds, c->cpu_seconds + 1), PANEL_STEP_RLIMIT);
    if (c->address_space_bytes)
        CHECK(set_limit(RLIMIT_AS, c->address_space_bytes, c->address_space_bytes), PANEL_STEP_RLIMIT);
    if (c->stack_bytes) CHECK(set_limit(RLIMIT_STACK, c->stack_bytes, c->stack_bytes), PANEL_STEP_RLIMIT);
    if (c->file_size_bytes)
        CHECK(set_limit(RLIMIT_FSIZE, c->file_size_bytes, c->file_size_bytes), PANEL_STEP_RLIMIT);
    if (c->process_count) CHECK(set_limit(RLIMIT_NPROC, c->process_count, c->process_count), PANEL_STEP_RLIMIT);
    CHECK(set_limit(RLIMIT_CORE, 0, 0), PANEL_STEP_RLIMIT);
    // A Panel started under `chrt` hands no real-time policy on: a spinning program with SCHED_FIFO would starve
    // the machine and Panel's own timers. Every program runs SCHED_OTHER (its nice value stays Panel's).
    struct sched_param normal_policy = {.sched_priority = 0};
    CHECK(RAW3(SYS_sched_setscheduler, 0, SCHED_OTHER, &normal_policy), PANEL_STEP_RLIMIT);

    int stdio[3] = {c->stdin_fd, c->stdout_fd, c->stderr_fd};
    if (c->wait_for_stdio) {
        join_cgroups(c, channel);
        if (c->setup_cpu > 0) pin_to(-1);
        // close_range: nothing of Panel's is held while it waits (a copy of another run's pipe end would hide
        // that pipe's end of file from its reader for as long).
        CHECK(close_from(3, channel), PANEL_STEP_CLOSE_FDS);
        // The session keyring and the filter too are set before it waits: as root it may install the filter
        // without no_new_privs, and what it calls once its stdio has come is not among what the filter denies
        // (keyctl is, so the keyring comes first). The listener waits on the channel until Panel reads it.
        if (c->new_session_keyring) RAW2(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, 0);
        if (c->seccomp) install_filter(arguments);
        receive_stdio(channel, stdio);
    }
    long input = stdio[0];
    if ((c->new_root || c->use_mount_template) && c->stdin_in_root) {
        // openat: stdin from the read-only bind inside the root, so /proc/self/fd/0 cannot be reopened for writing.
        input = RAW4(SYS_openat, AT_FDCWD, c->stdin_in_root, O_RDONLY | O_CLOEXEC, 0);
        if (raw_failed(input)) report_and_exit(channel, PANEL_STEP_STDIO, input);
    }
    CHECK(move_to((int)input, 0), PANEL_STEP_STDIO);
    CHECK(move_to(stdio[1], 1), PANEL_STEP_STDIO);
    CHECK(move_to(stdio[2], 2), PANEL_STEP_STDIO);
    CHECK(close_from(3, channel), PANEL_STEP_CLOSE_FDS);
    // RLIMIT_NOFILE only once Panel's descriptors are gone: the child starts with a copy of Panel's table, and
    // while parallel judgings hold more than the limit open, opening stdin under it would fail (EMFILE).
    if (c->open_files) CHECK(set_limit(RLIMIT_NOFILE, c->open_files, c->open_files), PANEL_STEP_RLIMIT);

    if (c->drop_privileges) {
        // SYS_setgroups (none), SYS_setresgid, SYS_setresuid: the box's own uid and gid, no supplementary
        // groups. Raw calls change this task alone (glibc's wrappers would signal every thread of Panel).
        CHECK(RAW2(SYS_setgroups, 0, 0), PANEL_STEP_PRIVILEGES);
        CHECK(RAW3(SYS_setresgid, c->gid, c->gid, c->gid), PANEL_STEP_PRIVILEGES);
        CHECK(RAW3(SYS_setresuid, c->uid, c->uid, c->uid), PANEL_STEP_PRIVILEGES);
    }
    // keyctl(JOIN_SESSION_KEYRING): a new, empty session keyring, so no key of Panel's session is possessed.
    // Best effort: a host that forbids keyctl (a container's filter) forbids it to the program as well.
    if (c->new_session_keyring && !c->wait_for_stdio) RAW2(SYS_keyctl, KEYCTL_JOIN_SESSION_KEYRING, 0);
    if (c->drop_capabilities) {
        for (int capability = 0; capability < 64; capability++) {
            // prctl(PR_CAPBSET_DROP): uid 0 of a user namespace execs with no capability at all.
            long result = RAW5(SYS_prctl, PR_CAPBSET_DROP, capability, 0, 0, 0);
            if (raw_failed(result) && result != -EINVAL) report_and_exit(channel, PANEL_STEP_PRIVILEGES, result);
        }
    }
    // prctl(PR_SET_NO_NEW_PRIVS): no setuid binary can raise privileges again; also required by seccomp.
    if (c->no_new_privileges) CHECK(RAW5(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), PANEL_STEP_PRIVILEGES);
    if (c->seccomp && !c->wait_for_stdio) install_filter(arguments);
    // chdir: in a private root the working directory must be a path inside it (a writable bind); /tmp by default.
    int private_root = c->new_root || c->use_mount_template;
    const char *directory = private_root && !c->working_directory ? "/tmp" : c->working_directory;
    if (directory) CHECK(RAW1(SYS_chdir, directory), PANEL_STEP_CHDIR);

    // execve: the program; on success the channel closes (close-on-exec) and Panel reads end of file.
    long result = RAW3(SYS_execve, private_root && c->bind_program ? "/program" : c->path, c->argv, c->envp);
    report_and_exit(channel, PANEL_STEP_EXEC, result);
}

static int child_entry(void *argument) {
    child(argument);
    return 127;
}

// The child shares Panel's memory until it execs (CLONE_VM | CLONE_VFORK, as posix_spawn does), so no
// page tables of Panel's large address space are copied: this saves most of the cost of a fork. The
// child only makes system calls on its own stack and never touches Panel's heap.
#define CHILD_STACK_SIZE (256 * 1024)

// Makes the error channel (`channel[1]` the child's end, above 2 so the moves of stdio cannot clobber it).
static int open_channel(int channel[2]) {
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, channel) != 0) return errno;
    while (channel[1] <= 2) {
        int moved = fcntl(channel[1], F_DUPFD_CLOEXEC, 3);
        if (moved < 0) {
            int saved = errno;
            close(channel[0]);
            close(channel[1]);
            return saved;
        }
        close(channel[1]);
        channel[1] = moved;
    }
    return 0;
}

// Clones the child on `stack` with `flags`, in the box's pid namespace when there is one. Returns its pid, or -1
// with errno set (and `*failed_step` where it is not the fork).
static pid_t clone_child(const struct panel_spawn_config *config, struct child_arguments *arguments, void *stack,
                         int flags, int *failed_step) {
    // Block every signal across the clone, so no handler of Panel's runs on the child's stack.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    // The child is created in the box's pid namespace: setns for a pid namespace changes where the calling
    // thread's next children go. It is undone right after the clone, because while it is in force the kernel
    // refuses to create threads from this thread (Foundation and Dispatch need them).
    int own_pid_namespace = -1;
    if (config->pid_namespace_fd >= 0 && !config->pid_namespace_from_inside) {
        own_pid_namespace = open("/proc/thread-self/ns/pid_for_children", O_RDONLY | O_CLOEXEC);
        if (own_pid_namespace < 0 || setns(config->pid_namespace_fd, CLONE_NEWPID) != 0) {
            int saved = errno;
            if (own_pid_namespace >= 0) close(own_pid_namespace);
            pthread_sigmask(SIG_SETMASK, &previous, NULL);
            *failed_step = PANEL_STEP_SETNS;
            errno = saved;
            return -1;
        }
    }
    pid_t child_pid = clone(child_entry, (char *)stack + CHILD_STACK_SIZE, flags, arguments);
    int clone_error = errno;
    if (own_pid_namespace >= 0) {
        // Cannot fail: returning to the namespace this thread had is always allowed.
        setns(own_pid_namespace, CLONE_NEWPID);
        close(own_pid_namespace);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    errno = clone_error;
    return child_pid;
}

// Reads the child's messages until end of file (it exec'd or ended): its listener, its namespace, or the step
// that failed and its errno. Closes `channel`; then as spawn returns.
static int finish_spawn(int channel, pid_t child_pid, pid_t *pid, int *failed_step, int *listener,
                        int *namespace_fd) {
    int step = PANEL_STEP_NONE;
    int code = 0;
    for (;;) {
        struct panel_child_message message = {0, 0, 0};
        struct iovec part = {&message, sizeof message};
        union {
            char bytes[CMSG_SPACE(sizeof(int))];
            struct cmsghdr align;
        } control;
        struct msghdr header;
        memset(&header, 0, sizeof header);
        header.msg_iov = &part;
        header.msg_iovlen = 1;
        header.msg_control = control.bytes;
        header.msg_controllen = sizeof control.bytes;
        ssize_t got = recvmsg(channel, &header, MSG_CMSG_CLOEXEC);
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) break;
        if (message.kind == PANEL_MESSAGE_LISTENER) {
            struct cmsghdr *attached = CMSG_FIRSTHDR(&header);
            if (attached && attached->cmsg_level == SOL_SOCKET && attached->cmsg_type == SCM_RIGHTS) {
                memcpy(listener, CMSG_DATA(attached), sizeof(int));
            }
        } else if (message.kind == PANEL_MESSAGE_NAMESPACE && namespace_fd) {
            struct cmsghdr *attached = CMSG_FIRSTHDR(&header);
            if (attached && attached->cmsg_level == SOL_SOCKET && attached->cmsg_type == SCM_RIGHTS) {
                memcpy(namespace_fd, CMSG_DATA(attached), sizeof(int));
            }
        } else if (message.kind == PANEL_MESSAGE_ERROR) {
            step = message.step;
            code = message.code ? message.code : EIO;
        }
    }
    close(channel);
    // The child made its own session before it exec'd or failed (the channel is closed by then); this
    // only covers a child that could do neither, so a kill(-pid) right after return cannot miss it. Called
    // any earlier, it would make the child a group leader first, and its setsid would be refused.
    setpgid(child_pid, child_pid);

    *pid = child_pid;
    if (step != PANEL_STEP_NONE) {
        int status;
        while (waitpid(child_pid, &status, 0) < 0 && errno == EINTR) {
        }
        if (*listener >= 0) close(*listener);
        *listener = -1;
        if (namespace_fd && *namespace_fd >= 0) close(*namespace_fd);
        if (namespace_fd) *namespace_fd = -1;
        *failed_step = step;
        return code;
    }
    *failed_step = PANEL_STEP_NONE;
    return 0;
}

// panel_spawn, or with `namespace_fd` set, panel_build_mount_template's child (which sends its namespace there).
static int spawn(const struct panel_spawn_config *config, pid_t *pid, int *failed_step, int *listener,
                 int *namespace_fd) {
    *listener = -1;
    *failed_step = PANEL_STEP_FORK;
    int channel[2];
    int opened = open_channel(channel);
    if (opened != 0) return opened;
    void *stack = mmap(NULL, CHILD_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        int saved = errno;
        close(channel[0]);
        close(channel[1]);
        return saved;
    }
    struct child_arguments arguments = {config, channel[1], NULL, NULL, namespace_fd != NULL};
    if (config->seccomp && !arguments.build_template) {
        // Built here, in the parent: the child may not run pthread_once.
        arguments.notifying_filter = panel_seccomp_filter(1);
        arguments.plain_filter = panel_seccomp_filter(0);
    }
    // The intermediate process of the non-root path never execs: a vfork parent would wait for it as long as
    // the program runs, with no wall clock. That path forks.
    int shared = config->share_memory_until_exec && !config->pid_namespace_from_inside && !arguments.build_template;
    int flags = shared ? CLONE_VM | CLONE_VFORK | SIGCHLD : SIGCHLD;
    pid_t child_pid = clone_child(config, &arguments, stack, flags, failed_step);
    int clone_error = errno;
    munmap(stack, CHILD_STACK_SIZE);
    if (child_pid < 0) {
        close(channel[0]);
        close(channel[1]);
        return clone_error;
    }
    close(channel[1]);
    return finish_spawn(channel[0], child_pid, pid, failed_step, listener, namespace_fd);
}

int panel_spawn(const struct panel_spawn_config *config, pid_t *pid, int *failed_step, int *listener) {
    return spawn(config, pid, failed_step, listener, NULL);
}

// A child started ahead, and what it reads until it execs: its configuration (copied into `arena`), its
// arguments and its stack, all freed only once it has exec'd or been reaped.
struct panel_ahead {
    pid_t pid;
    int channel;
    void *stack;
    struct child_arguments arguments;
    struct panel_spawn_config config;
    char *arena;
};

// Copies `count` bytes into the arena at `*used` (8-byte aligned); with a NULL arena only counts.
static void *place(char *arena, size_t *used, const void *from, size_t count) {
    size_t at = (*used + 7) & ~(size_t)7;
    *used = at + count;
    if (!arena) return NULL;
    if (count) memcpy(arena + at, from, count);
    return arena + at;
}

static const char *place_string(char *arena, size_t *used, const char *string) {
    return string ? place(arena, used, string, strlen(string) + 1) : NULL;
}

static void *place_strings(char *arena, size_t *used, const char *const *strings, int count) {
    if (!strings) return NULL;
    if (count < 0) {
        count = 0;
        while (strings[count]) count++;
        count++;  // the NULL at the end
    }
    const char **copy = place(arena, used, strings, count * sizeof(char *));
    for (int i = 0; i < count; i++) {
        const char *string = place_string(arena, used, strings[i]);
        if (copy) copy[i] = string;
    }
    return copy;
}

// Copies `from` and everything it points to into `arena` (NULL: only measures); returns the bytes used.
static size_t copy_config(const struct panel_spawn_config *from, struct panel_spawn_config *to, char *arena) {
    size_t used = 0;
    struct panel_spawn_config copy = *from;
    copy.path = place_string(arena, &used, from->path);
    copy.argv = place_strings(arena, &used, (const char *const *)from->argv, -1);
    copy.envp = place_strings(arena, &used, (const char *const *)from->envp, -1);
    copy.working_directory = place_string(arena, &used, from->working_directory);
    copy.new_root = place_string(arena, &used, from->new_root);
    copy.stdin_in_root = place_string(arena, &used, from->stdin_in_root);
    copy.bind_sources = place_strings(arena, &used, from->bind_sources, from->bind_count);
    copy.bind_targets = place_strings(arena, &used, from->bind_targets, from->bind_count);
    copy.bind_writable = place(arena, &used, from->bind_writable, from->bind_writable ? from->bind_count * sizeof(int) : 0);
    copy.cgroup_procs_fds = place(arena, &used, from->cgroup_procs_fds, from->cgroup_procs_count * sizeof(int));
    copy.namespace_fds = place(arena, &used, from->namespace_fds, from->namespace_fd_count * sizeof(int));
    if (arena) *to = copy;
    return used;
}

// The libc calls here and in free_ahead (calloc, malloc, free, mmap) run in Panel's thread only: before the
// clone, or once the child has exec'd or been reaped. The child reads the arena and never allocates.
int panel_spawn_ahead(const struct panel_spawn_config *config, struct panel_ahead **ahead, pid_t *pid) {
    if (!config->wait_for_stdio || !config->share_memory_until_exec || config->pid_namespace_from_inside) {
        return EINVAL;
    }
    struct panel_ahead *made = calloc(1, sizeof *made);
    if (!made) return ENOMEM;
    made->arena = malloc(copy_config(config, NULL, NULL) + 8);
    if (!made->arena) {
        free(made);
        return ENOMEM;
    }
    copy_config(config, &made->config, made->arena);
    int channel[2];
    int opened = open_channel(channel);
    if (opened != 0) {
        free(made->arena);
        free(made);
        return opened;
    }
    made->stack = mmap(NULL, CHILD_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (made->stack == MAP_FAILED) {
        int saved = errno;
        close(channel[0]);
        close(channel[1]);
        free(made->arena);
        free(made);
        return saved;
    }
    // The child sets up on the CPU Panel runs on now, which is not the one the run just started has: on a
    // machine of two CPUs, anywhere else it would take turns with that run's program.
    int cpu = sched_getcpu();
    made->config.setup_cpu = cpu >= 0 ? cpu + 1 : 0;
    made->arguments = (struct child_arguments){&made->config, channel[1], NULL, NULL, 0};
    if (made->config.seccomp) {
        made->arguments.notifying_filter = panel_seccomp_filter(1);
        made->arguments.plain_filter = panel_seccomp_filter(0);
    }
    // CLONE_VM without CLONE_VFORK: Panel goes on while the child sets up; the stack and the arena stay until it
    // has exec'd or been reaped.
    int step = PANEL_STEP_FORK;
    pid_t child_pid = clone_child(&made->config, &made->arguments, made->stack, CLONE_VM | SIGCHLD, &step);
    int clone_error = errno;
    close(channel[1]);
    if (child_pid < 0) {
        close(channel[0]);
        munmap(made->stack, CHILD_STACK_SIZE);
        free(made->arena);
        free(made);
        return clone_error;
    }
    made->pid = child_pid;
    made->channel = channel[0];
    *ahead = made;
    *pid = child_pid;
    return 0;
}

static void free_ahead(struct panel_ahead *ahead) {
    munmap(ahead->stack, CHILD_STACK_SIZE);
    free(ahead->arena);
    free(ahead);
}

int panel_start_ahead(struct panel_ahead *ahead, int stdin_fd, int stdout_fd, int stderr_fd, int *failed_step,
                      int *listener) {
    *listener = -1;
    *failed_step = PANEL_STEP_STDIO;
    struct panel_child_message message = {0, 0, 0};
    struct iovec part = {&message, sizeof message};
    union {
        char bytes[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct msghdr header;
    message_header(&header, &part, control.bytes, sizeof control.bytes);
    struct cmsghdr *attached = CMSG_FIRSTHDR(&header);
    attached->cmsg_level = SOL_SOCKET;
    attached->cmsg_type = SCM_RIGHTS;
    attached->cmsg_len = CMSG_LEN(3 * sizeof(int));
    int descriptors[3] = {stdin_fd, stdout_fd, stderr_fd};
    memcpy(CMSG_DATA(attached), descriptors, sizeof descriptors);
    ssize_t sent;
    do {
        sent = sendmsg(ahead->channel, &header, MSG_NOSIGNAL);
    } while (sent < 0 && errno == EINTR);
    int send_error = sent < 0 ? errno : 0;
    // A child that failed in its setup has ended (its step is on the channel): the send fails, the read below
    // finds the step.
    pid_t pid = 0;
    int code = finish_spawn(ahead->channel, ahead->pid, &pid, failed_step, listener, NULL);
    if (code == 0 && sent < 0) {
        // Neither exec'd nor told why: end it, and say the handover failed.
        code = send_error ? send_error : EIO;
        kill(ahead->pid, SIGKILL);
        while (waitpid(ahead->pid, NULL, 0) < 0 && errno == EINTR) {
        }
        *failed_step = PANEL_STEP_STDIO;
    }
    // End of file on the channel: the child exec'd (a new address space) or ended, so nothing of Panel's
    // memory is used by it any more.
    free_ahead(ahead);
    return code;
}

void panel_cancel_ahead(struct panel_ahead *ahead) {
    close(ahead->channel);
    kill(ahead->pid, SIGKILL);
    while (waitpid(ahead->pid, NULL, 0) < 0 && errno == EINTR) {
    }
    free_ahead(ahead);
}

int panel_build_mount_template(const struct panel_spawn_config *config, int *namespace_fd, int *failed_step) {
    *namespace_fd = -1;
    pid_t pid = 0;
    int listener = -1;
    int code = spawn(config, &pid, failed_step, &listener, namespace_fd);
    if (code != 0) return code;
    // The child ended once it had sent the namespace (end of file on the channel): reap it.
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (*namespace_fd < 0) {
        *failed_step = PANEL_STEP_MOUNT;
        return EIO;
    }
    return 0;
}
