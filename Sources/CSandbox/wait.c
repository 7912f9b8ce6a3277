// Waiting for a run, answering its denied system calls meanwhile, and small helpers Swift cannot reach.
#define _GNU_SOURCE
#include "csandbox.h"
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

static long milliseconds_now(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (long)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

// Without a pidfd there is no descriptor that says "ended": look every few milliseconds.
#define POLL_INTERVAL_MS 2

int panel_wait(pid_t pid, int pidfd, int listener, long timeout_ms, int *status, struct rusage *usage,
               struct panel_denied_calls *denied) {
    if (timeout_ms < 0 && listener < 0 && pidfd < 0) {
        pid_t done;
        do {
            done = wait4(pid, status, 0, usage);
        } while (done < 0 && errno == EINTR);
        return done == pid ? 1 : -1;
    }
    long deadline = timeout_ms >= 0 ? milliseconds_now() + timeout_ms : -1;
    for (;;) {
        if (pidfd < 0) {
            pid_t done = wait4(pid, status, WNOHANG, usage);
            if (done == pid) return 1;
            if (done < 0 && errno != EINTR) return -1;
        }
        long remaining = -1;
        if (deadline >= 0) {
            remaining = deadline - milliseconds_now();
            if (remaining <= 0) return 0;
        }
        int wait_ms = remaining > 2147483647L ? 2147483647 : (int)remaining;
        if (pidfd < 0 && (wait_ms < 0 || wait_ms > POLL_INTERVAL_MS)) wait_ms = POLL_INTERVAL_MS;
        struct pollfd fds[2];
        int count = 0;
        int ended = -1;
        int notified = -1;
        if (pidfd >= 0) {
            ended = count;
            fds[count++] = (struct pollfd){pidfd, POLLIN, 0};
        }
        if (listener >= 0) {
            notified = count;
            fds[count++] = (struct pollfd){listener, POLLIN, 0};
        }
        int ready = poll(count ? fds : NULL, (nfds_t)count, wait_ms);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (notified >= 0 && fds[notified].revents) {
            if (fds[notified].revents & POLLIN) panel_seccomp_answer(listener, denied);
            // Hung up: no process uses the filter any more.
            if (fds[notified].revents & (POLLHUP | POLLERR | POLLNVAL)) listener = -1;
        }
        if (ended >= 0 && (fds[ended].revents & POLLIN)) {
            pid_t done;
            do {
                done = wait4(pid, status, 0, usage);
            } while (done < 0 && errno == EINTR);
            return done == pid ? 1 : -1;
        }
    }
}

int panel_become_subreaper(void) { return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0 ? 0 : errno; }

int panel_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int panel_set_affinity(int thread, const int *cpus, int count) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < count; i++) {
        if (cpus[i] >= 0 && cpus[i] < CPU_SETSIZE) CPU_SET(cpus[i], &set);
    }
    return sched_setaffinity(thread, sizeof set, &set) == 0 ? 0 : errno;
}

int panel_lifeline_pair(int fds[2]) { return socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds); }

int panel_pidfd_open(pid_t pid) { return (int)syscall(SYS_pidfd_open, pid, 0); }

int panel_exited(int status) { return WIFEXITED(status); }
int panel_exit_code(int status) { return WEXITSTATUS(status); }
int panel_signaled(int status) { return WIFSIGNALED(status); }
int panel_term_signal(int status) { return WTERMSIG(status); }
