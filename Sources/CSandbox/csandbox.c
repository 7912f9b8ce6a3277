// The fork-to-exec window of every process Panel runs. Only async-signal-safe calls happen in the
// child: Panel is multithreaded, so after fork nothing may take a lock or allocate.
#define _GNU_SOURCE
#include "csandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif
#ifndef SYS_close_range
#define SYS_close_range 436
#endif

struct child_error {
    int step;
    int code;
};

static void report_and_exit(int pipe_fd, int step) {
    struct child_error error = {step, errno};
    ssize_t ignored = write(pipe_fd, &error, sizeof error);
    (void)ignored;
    _exit(127);
}

static int set_limit(int resource, rlim_t soft, rlim_t hard) {
    struct rlimit limit = {soft, hard};
    return setrlimit(resource, &limit);
}

// Closes every descriptor from `low` up, except `keep`.
static int close_from(int low, int keep) {
    if (keep >= low) {
        if (keep > low && syscall(SYS_close_range, low, keep - 1, 0) != 0) return -1;
        return (int)syscall(SYS_close_range, keep + 1, ~0U, 0);
    }
    return (int)syscall(SYS_close_range, low, ~0U, 0);
}

static int clone_flags(int namespaces) {
    int flags = 0;
    if (namespaces & PANEL_NAMESPACE_NET) flags |= CLONE_NEWNET;
    if (namespaces & PANEL_NAMESPACE_IPC) flags |= CLONE_NEWIPC;
    if (namespaces & PANEL_NAMESPACE_UTS) flags |= CLONE_NEWUTS;
    if (namespaces & PANEL_NAMESPACE_USER) flags |= CLONE_NEWUSER;
    return flags;
}

// Joins `directory` and `name` into `buffer` without calling anything that could allocate or lock.
static const char *join_path(char *buffer, size_t size, const char *directory, const char *name) {
    size_t used = 0;
    for (const char *p = directory; *p && used + 1 < size; p++) buffer[used++] = *p;
    if (used + 1 < size) buffer[used++] = '/';
    for (const char *p = name; *p && used + 1 < size; p++) buffer[used++] = *p;
    buffer[used] = 0;
    return buffer;
}

static int bind_file(const char *source, const char *root, const char *name, unsigned long extra, char *buffer,
                     size_t size) {
    join_path(buffer, size, root, name);
    int fd = open(buffer, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    close(fd);
    if (mount(source, buffer, NULL, MS_BIND, NULL) != 0) return -1;
    return mount(NULL, buffer, NULL, MS_BIND | MS_REMOUNT | MS_NOSUID | extra, NULL);
}

// Creates every missing folder of `path` (an absolute path under the new root) but the last component.
static int make_parents(char *path, size_t root_length) {
    for (size_t i = root_length + 1; path[i]; i++) {
        if (path[i] != '/') continue;
        path[i] = 0;
        int made = mkdir(path, 0755);
        path[i] = '/';
        if (made != 0 && errno != EEXIST) return -1;
    }
    return 0;
}

// Makes `source` (a host path) appear at `target` inside the new root.
static int bind_path(const char *source, const char *target, int writable, const char *root) {
    char path[4096];
    size_t root_length = 0;
    while (root[root_length]) root_length++;
    join_path(path, sizeof path, root, target[0] == '/' ? target + 1 : target);
    if (make_parents(path, root_length) != 0) return -1;
    struct stat link_info;
    if (lstat(source, &link_info) != 0) return -1;
    if (S_ISLNK(link_info.st_mode)) {
        // Merged-/usr systems have /bin -> usr/bin: recreate the link, and bind what it points to separately.
        char destination[4096];
        ssize_t length = readlink(source, destination, sizeof destination - 1);
        if (length < 0) return -1;
        destination[length] = 0;
        struct stat info;
        if (stat(source, &info) == 0 && S_ISDIR(info.st_mode)) return symlink(destination, path);
    }
    struct stat info;
    if (stat(source, &info) != 0) return -1;
    if (S_ISDIR(info.st_mode)) {
        if (mkdir(path, 0755) != 0 && errno != EEXIST) return -1;
    } else {
        int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) return -1;
        close(fd);
    }
    if (mount(source, path, NULL, MS_BIND | MS_REC, NULL) != 0) return -1;
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NODEV | (writable ? 0 : MS_RDONLY);
    return mount(NULL, path, NULL, flags, NULL);
}

// Builds the run's filesystem: a tmpfs holding only the program, four devices and /tmp, then makes it /.
static int enter_new_root(const struct panel_spawn_config *c) {
    char path[4096];
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

    // Nothing mounted here may leak back to the host, nor the host's later mounts in.
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) return -1;
    // The root holds only folders and mount points, and becomes read-only below; /tmp is a tmpfs of its own.
    if (mount("panel", c->new_root, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=4m") != 0) return -1;
    if (mkdir(join_path(path, sizeof path, c->new_root, "dev"), 0755) != 0) return -1;
    const char *devices[] = {"/dev/null", "/dev/zero", "/dev/random", "/dev/urandom"};
    for (int i = 0; i < 4; i++) {
        if (bind_file(devices[i], c->new_root, devices[i] + 1, MS_NOEXEC, path, sizeof path) != 0) return -1;
    }
    // /tmp first: binds may land below it (a compiler's build folder under the host's /tmp).
    join_path(path, sizeof path, c->new_root, "tmp");
    if (mkdir(path, 0700) != 0) return -1;
    if (mount("panel-tmp", path, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) return -1;
    if (c->drop_privileges && chown(path, c->uid, c->gid) != 0) return -1;
    if (c->bind_program && bind_file(c->path, c->new_root, "program", MS_RDONLY | MS_NODEV, path, sizeof path) != 0)
        return -1;
    for (int i = 0; i < c->bind_count; i++) {
        if (bind_path(c->bind_sources[i], c->bind_targets[i], c->bind_writable[i], c->new_root) != 0) return -1;
    }
    // Swift's runtime reads /proc/self/exe at start. This proc shows only the run's pid namespace, only
    // processes of the program's own uid (hidepid=invisible), and no /proc/sys or other global files
    // (subset=pid, Linux 5.8 and later; older kernels get the full view, still read-only).
    join_path(path, sizeof path, c->new_root, "proc");
    if (mkdir(path, 0555) != 0) return -1;
    unsigned long proc_flags = MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_RDONLY;
    if (mount("proc", path, "proc", proc_flags, "hidepid=invisible,subset=pid") != 0 &&
        mount("proc", path, "proc", proc_flags, "hidepid=2") != 0)
        return -1;

    // pivot_root onto itself, then detach the old root: the host's filesystem is no longer reachable.
    if (chdir(c->new_root) != 0) return -1;
    if (syscall(SYS_pivot_root, ".", ".") != 0) return -1;
    if (umount2(".", MNT_DETACH) != 0) return -1;
    if (chdir("/") != 0) return -1;
    // The root itself is read-only from now on; /tmp (and writable binds) stay writable.
    return mount(NULL, "/", NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL);
}

// The intermediate process of a run whose program had to be forked inside the pid namespace: it waits
// for the program and then ends the same way, so Panel's wait4 sees the program's status, and its
// rusage (which includes the reaped program's CPU time).
static void mirror(pid_t program) {
    // It holds a copy of every descriptor Panel had open when it was cloned: the error pipe, the
    // program's stdio and the pipes of other runs going on at the same time. Keeping any of them would
    // hide an end-of-file from some reader (an interactive validator that closes its output, say).
    syscall(SYS_close_range, 0, ~0U, 0);
    int status = 0;
    while (waitpid(program, &status, 0) < 0) {
        if (errno != EINTR) _exit(127);
    }
    if (WIFEXITED(status)) _exit(WEXITSTATUS(status));
    int signal_number = WTERMSIG(status);
    signal(signal_number, SIG_DFL);
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    sigset_t only;
    sigemptyset(&only);
    sigaddset(&only, signal_number);
    sigprocmask(SIG_UNBLOCK, &only, NULL);
    kill(getpid(), signal_number);
    _exit(128 + signal_number);
}

static void child(const struct panel_spawn_config *c, int pipe_fd) {
    // A group of its own, so that everything it forks can be killed with one kill(-pid).
    setpgid(0, 0);

    // Signal state survives exec: undo whatever Panel's runtime set (ignored SIGPIPE, handlers, masks).
    // Handlers go first: every signal is still blocked, and none of Panel's handlers may run here.
    for (int signal_number = 1; signal_number < NSIG; signal_number++) {
        if (signal_number != SIGKILL && signal_number != SIGSTOP) signal(signal_number, SIG_DFL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);

    for (int i = 0; i < c->cgroup_procs_count; i++) {
        if (write(c->cgroup_procs_fds[i], "0", 1) != 1) report_and_exit(pipe_fd, PANEL_STEP_CGROUP);
    }
    for (int i = 0; i < c->namespace_fd_count; i++) {
        if (setns(c->namespace_fds[i], 0) != 0) report_and_exit(pipe_fd, PANEL_STEP_SETNS);
    }
    if (c->pid_namespace_from_inside) {
        if (setns(c->pid_namespace_fd, CLONE_NEWPID) != 0) report_and_exit(pipe_fd, PANEL_STEP_SETNS);
        pid_t program = fork();
        if (program < 0) report_and_exit(pipe_fd, PANEL_STEP_FORK);
        if (program > 0) mirror(program);
    }
    int flags = clone_flags(c->namespaces);
    if (flags != 0 && unshare(flags) != 0) report_and_exit(pipe_fd, PANEL_STEP_UNSHARE);
    // The mount namespace is made here, after joining the user namespace (when there is one), so that
    // namespace owns it and the mounts below are allowed to a user without privileges.
    if (c->new_root && unshare(CLONE_NEWNS) != 0) report_and_exit(pipe_fd, PANEL_STEP_UNSHARE);
    if (c->new_root && enter_new_root(c) != 0) report_and_exit(pipe_fd, PANEL_STEP_MOUNT);

    if (c->cpu_seconds && set_limit(RLIMIT_CPU, c->cpu_seconds, c->cpu_seconds + 1) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);
    if (c->address_space_bytes && set_limit(RLIMIT_AS, c->address_space_bytes, c->address_space_bytes) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);
    if (c->stack_bytes && set_limit(RLIMIT_STACK, c->stack_bytes, c->stack_bytes) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);
    if (c->file_size_bytes && set_limit(RLIMIT_FSIZE, c->file_size_bytes, c->file_size_bytes) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);
    if (c->process_count && set_limit(RLIMIT_NPROC, c->process_count, c->process_count) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);
    if (set_limit(RLIMIT_CORE, 0, 0) != 0) report_and_exit(pipe_fd, PANEL_STEP_RLIMIT);

    int input = c->stdin_fd;
    if (c->new_root && c->stdin_in_root) {
        input = open(c->stdin_in_root, O_RDONLY | O_CLOEXEC);
        if (input < 0) report_and_exit(pipe_fd, PANEL_STEP_STDIO);
    }
    if (dup2(input, 0) < 0 || dup2(c->stdout_fd, 1) < 0 || dup2(c->stderr_fd, 2) < 0)
        report_and_exit(pipe_fd, PANEL_STEP_STDIO);
    if (close_from(3, pipe_fd) != 0) report_and_exit(pipe_fd, PANEL_STEP_CLOSE_FDS);

    if (c->drop_privileges) {
        if (setgroups(0, NULL) != 0 || setresgid(c->gid, c->gid, c->gid) != 0 ||
            setresuid(c->uid, c->uid, c->uid) != 0)
            report_and_exit(pipe_fd, PANEL_STEP_PRIVILEGES);
    }
    if (c->drop_capabilities) {
        for (int capability = 0; capability < 64; capability++) {
            if (prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0 && errno != EINVAL)
                report_and_exit(pipe_fd, PANEL_STEP_PRIVILEGES);
        }
    }
    if (c->no_new_privileges && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_PRIVILEGES);
    // In a private root the working directory must be a path inside it (a writable bind); /tmp by default.
    const char *directory = c->new_root && !c->working_directory ? "/tmp" : c->working_directory;
    if (directory && chdir(directory) != 0) report_and_exit(pipe_fd, PANEL_STEP_CHDIR);

    execve(c->new_root && c->bind_program ? "/program" : c->path, c->argv, c->envp);
    report_and_exit(pipe_fd, PANEL_STEP_EXEC);
}

struct child_arguments {
    const struct panel_spawn_config *config;
    int pipe_fd;
};

static int child_entry(void *argument) {
    struct child_arguments *arguments = argument;
    child(arguments->config, arguments->pipe_fd);
    return 127;
}

// The child shares Panel's memory until it execs (CLONE_VM | CLONE_VFORK, as posix_spawn does), so no
// page tables of Panel's large address space are copied: this saves most of the cost of a fork. The
// child only makes system calls on its own stack and never touches Panel's heap.
#define CHILD_STACK_SIZE (256 * 1024)

int panel_spawn(const struct panel_spawn_config *config, pid_t *pid, int *failed_step) {
    int pipe_fds[2];
    *failed_step = PANEL_STEP_FORK;
    if (pipe2(pipe_fds, O_CLOEXEC) != 0) return errno;
    // Keep the error pipe clear of 0..2 so the dup2 of stdio cannot clobber it.
    while (pipe_fds[1] <= 2) {
        int moved = fcntl(pipe_fds[1], F_DUPFD_CLOEXEC, 3);
        if (moved < 0) {
            int saved = errno;
            close(pipe_fds[0]);
            close(pipe_fds[1]);
            return saved;
        }
        close(pipe_fds[1]);
        pipe_fds[1] = moved;
    }

    void *stack = mmap(NULL, CHILD_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) {
        int saved = errno;
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        return saved;
    }
    // Block every signal across the clone, so no handler of Panel's runs on the child's stack.
    sigset_t all, previous;
    sigfillset(&all);
    pthread_sigmask(SIG_SETMASK, &all, &previous);
    // The child is created in the holder's pid namespace: setns for a pid namespace changes where the
    // calling thread's next children go. It is undone right after the clone, because while it is in
    // force the kernel refuses to create threads from this thread (Foundation and Dispatch need them).
    int own_pid_namespace = -1;
    if (config->pid_namespace_fd >= 0 && !config->pid_namespace_from_inside) {
        own_pid_namespace = open("/proc/thread-self/ns/pid_for_children", O_RDONLY | O_CLOEXEC);
        if (own_pid_namespace < 0 || setns(config->pid_namespace_fd, CLONE_NEWPID) != 0) {
            int saved = errno;
            if (own_pid_namespace >= 0) close(own_pid_namespace);
            pthread_sigmask(SIG_SETMASK, &previous, NULL);
            munmap(stack, CHILD_STACK_SIZE);
            close(pipe_fds[0]);
            close(pipe_fds[1]);
            *failed_step = PANEL_STEP_SETNS;
            return saved;
        }
    }
    struct child_arguments arguments = {config, pipe_fds[1]};
    int flags = config->share_memory_until_exec ? CLONE_VM | CLONE_VFORK | SIGCHLD : SIGCHLD;
    pid_t child_pid = clone(child_entry, (char *)stack + CHILD_STACK_SIZE, flags, &arguments);
    int clone_error = errno;
    if (own_pid_namespace >= 0) {
        // Cannot fail: returning to the namespace this thread had is always allowed.
        setns(own_pid_namespace, CLONE_NEWPID);
        close(own_pid_namespace);
    }
    pthread_sigmask(SIG_SETMASK, &previous, NULL);
    munmap(stack, CHILD_STACK_SIZE);
    if (child_pid < 0) {
        close(pipe_fds[0]);
        close(pipe_fds[1]);
        return clone_error;
    }
    // Also set the group from this side, so a kill(-pid) right after return cannot miss it.
    setpgid(child_pid, child_pid);
    close(pipe_fds[1]);

    struct child_error error = {PANEL_STEP_NONE, 0};
    ssize_t got;
    do {
        got = read(pipe_fds[0], &error, sizeof error);
    } while (got < 0 && errno == EINTR);
    close(pipe_fds[0]);

    *pid = child_pid;
    if (got == (ssize_t)sizeof error) {
        int status;
        while (waitpid(child_pid, &status, 0) < 0 && errno == EINTR) {}
        *failed_step = error.step;
        return error.code ? error.code : EIO;
    }
    *failed_step = PANEL_STEP_NONE;
    return 0;
}

static void holder_main(int lifeline_fd, int ready_fd) {
    // Block everything: SIGCHLD is read from a signalfd, and Panel's handlers must not run here.
    sigset_t all;
    sigfillset(&all);
    sigprocmask(SIG_SETMASK, &all, NULL);
    sigset_t child_signals;
    sigemptyset(&child_signals);
    sigaddset(&child_signals, SIGCHLD);
    int signal_fd = signalfd(-1, &child_signals, SFD_CLOEXEC);
    int code = signal_fd >= 0 ? 0 : errno;
    ssize_t ignored = write(ready_fd, &code, sizeof code);
    (void)ignored;
    close(ready_fd);
    if (code != 0) _exit(1);
    // Close every inherited descriptor but the two it needs.
    for (int fd = 3; fd < 1024; fd++) {
        if (fd != lifeline_fd && fd != signal_fd) close(fd);
    }
    struct pollfd fds[2] = {{lifeline_fd, POLLIN, 0}, {signal_fd, POLLIN, 0}};
    for (;;) {
        // As pid 1 of its namespace it inherits every orphan: reap them so none lingers as a zombie.
        while (waitpid(-1, NULL, WNOHANG) > 0) {}
        if (poll(fds, 2, -1) < 0 && errno != EINTR) _exit(1);
        if (fds[0].revents) _exit(0);  // Panel is gone.
        if (fds[1].revents & POLLIN) {
            struct signalfd_siginfo info;
            ignored = read(signal_fd, &info, sizeof info);
        }
    }
}

int panel_namespace_holder(int namespaces, int lifeline_fd, pid_t *pid) {
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) return errno;
    int flags = clone_flags(namespaces);
    if (namespaces & PANEL_NAMESPACE_PID) flags |= CLONE_NEWPID;
    // A raw clone: like fork, but in new namespaces, and without running Panel's atfork handlers.
    long holder = syscall(SYS_clone, (unsigned long)(flags | SIGCHLD), NULL, NULL, NULL, 0);
    if (holder < 0) {
        int saved = errno;
        close(ready[0]);
        close(ready[1]);
        return saved;
    }
    if (holder == 0) {
        close(ready[0]);
        holder_main(lifeline_fd, ready[1]);
        _exit(0);
    }
    close(ready[1]);
    int code = EIO;
    ssize_t got;
    do {
        got = read(ready[0], &code, sizeof code);
    } while (got < 0 && errno == EINTR);
    close(ready[0]);
    if (got != (ssize_t)sizeof code || code != 0) {
        kill((pid_t)holder, SIGKILL);
        while (waitpid((pid_t)holder, NULL, 0) < 0 && errno == EINTR) {}
        return got == (ssize_t)sizeof code ? code : EIO;
    }
    *pid = (pid_t)holder;
    return 0;
}

int panel_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int panel_pidfd_open(pid_t pid) { return (int)syscall(SYS_pidfd_open, pid, 0); }

int panel_wait(pid_t pid, int pidfd, long timeout_ms, int *status, struct rusage *usage) {
    if (timeout_ms >= 0 && pidfd >= 0) {
        struct pollfd poll_fd = {pidfd, POLLIN, 0};
        int ready;
        do {
            ready = poll(&poll_fd, 1, timeout_ms > 2147483647L ? 2147483647 : (int)timeout_ms);
        } while (ready < 0 && errno == EINTR);
        if (ready < 0) return -1;
        if (ready == 0) return 0;
    }
    pid_t done;
    do {
        done = wait4(pid, status, 0, usage);
    } while (done < 0 && errno == EINTR);
    return done == pid ? 1 : -1;
}

int panel_exited(int status) { return WIFEXITED(status); }
int panel_exit_code(int status) { return WEXITSTATUS(status); }
int panel_signaled(int status) { return WIFSIGNALED(status); }
int panel_term_signal(int status) { return WTERMSIG(status); }
