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
    return flags;
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
    int flags = clone_flags(c->namespaces);
    if (flags != 0 && unshare(flags) != 0) report_and_exit(pipe_fd, PANEL_STEP_UNSHARE);

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

    if (dup2(c->stdin_fd, 0) < 0 || dup2(c->stdout_fd, 1) < 0 || dup2(c->stderr_fd, 2) < 0)
        report_and_exit(pipe_fd, PANEL_STEP_STDIO);
    if (close_from(3, pipe_fd) != 0) report_and_exit(pipe_fd, PANEL_STEP_CLOSE_FDS);

    if (c->drop_privileges) {
        if (setgroups(0, NULL) != 0 || setresgid(c->gid, c->gid, c->gid) != 0 ||
            setresuid(c->uid, c->uid, c->uid) != 0)
            report_and_exit(pipe_fd, PANEL_STEP_PRIVILEGES);
    }
    if (c->no_new_privileges && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        report_and_exit(pipe_fd, PANEL_STEP_PRIVILEGES);
    if (c->working_directory && chdir(c->working_directory) != 0) report_and_exit(pipe_fd, PANEL_STEP_CHDIR);

    execve(c->path, c->argv, c->envp);
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
    struct child_arguments arguments = {config, pipe_fds[1]};
    int flags = config->share_memory_until_exec ? CLONE_VM | CLONE_VFORK | SIGCHLD : SIGCHLD;
    pid_t child_pid = clone(child_entry, (char *)stack + CHILD_STACK_SIZE, flags, &arguments);
    int clone_error = errno;
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

int panel_namespace_holder(int namespaces, pid_t *pid) {
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) return errno;
    pid_t holder = fork();
    if (holder < 0) {
        int saved = errno;
        close(ready[0]);
        close(ready[1]);
        return saved;
    }
    if (holder == 0) {
        close(ready[0]);
        prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
        sigset_t all;
        sigfillset(&all);
        sigprocmask(SIG_SETMASK, &all, NULL);
        int code = unshare(clone_flags(namespaces)) == 0 ? 0 : errno;
        ssize_t ignored = write(ready[1], &code, sizeof code);
        (void)ignored;
        close(ready[1]);
        if (code != 0) _exit(1);
        for (;;) pause();
    }
    close(ready[1]);
    int code = EIO;
    ssize_t got;
    do {
        got = read(ready[0], &code, sizeof code);
    } while (got < 0 && errno == EINTR);
    close(ready[0]);
    if (got != (ssize_t)sizeof code || code != 0) {
        kill(holder, SIGKILL);
        while (waitpid(holder, NULL, 0) < 0 && errno == EINTR) {}
        return got == (ssize_t)sizeof code ? code : EIO;
    }
    *pid = holder;
    return 0;
}

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
