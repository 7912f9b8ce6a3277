// The holder of a box's namespaces: pid 1 of the box's pid namespace, reaping every orphan, until Panel
// is gone. It is a raw fork of a multithreaded Panel, so it too makes raw system calls only.
#define _GNU_SOURCE
#include "csandbox.h"
#include "internal.h"
#include "raw.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef SYS_close_range
#define SYS_close_range 436
#endif

// Kills every process of the box's pid namespace but this one, and reaps those orphaned to it until none is
// left (or 2 s have passed: a run's program that Panel has not reaped yet stays a zombie until it does).
// Returns 0 where it must not kill (not pid 1).
static int kill_everyone_else(void) {
    // getpid: only as pid 1 of a pid namespace of its own does kill(-1) stay inside the box; anywhere else it
    // would reach every process this uid may signal, so Panel's /proc scan does the work instead.
    if (RAW0(SYS_getpid) != 1) return 0;
    struct timespec pause = {0, 1000000};
    for (int round = 0; round < 2000; round++) {
        // kill(-1, SIGKILL): from pid 1 of a pid namespace, every process of that namespace (and of namespaces
        // below it) but the caller, in one call. A process that gets it while forking has its fork fail, so no
        // child is born after the first call; the later ones wait for the dying to be gone.
        long sent = RAW2(SYS_kill, -1, SIGKILL);
        while (RAW4(SYS_wait4, -1, 0, WNOHANG | __WALL, 0) > 0) {
        }
        // ESRCH: nothing left to signal (a zombie counts until it is reaped).
        if (sent == -ESRCH) break;
        // nanosleep(1 ms): the killed are still exiting, and their zombies come to this process to be reaped.
        RAW2(SYS_nanosleep, &pause, 0);
    }
    return 1;
}

static void holder_main(int lifeline_fd, int ready_fd) {
    // rt_sigprocmask(all): SIGCHLD is read from a signalfd, and Panel's handlers must not run here. As pid 1
    // of its namespace, signals from the box's programs are ignored anyway.
    unsigned long all = ~0UL;
    RAW4(SYS_rt_sigprocmask, SIG_SETMASK, &all, 0, sizeof all);
    unsigned long child_signals = 1UL << (SIGCHLD - 1);
    // signalfd4: a descriptor that becomes readable when a child ends.
    long signal_fd = RAW4(SYS_signalfd4, -1, &child_signals, sizeof child_signals, SFD_CLOEXEC);
    int code = raw_failed(signal_fd) ? (int)-signal_fd : 0;
    RAW3(SYS_write, ready_fd, &code, sizeof code);
    RAW1(SYS_close, ready_fd);
    if (code != 0) RAW1(SYS_exit_group, 1);
    // close_range: every inherited descriptor but the two it needs.
    int low = lifeline_fd < signal_fd ? lifeline_fd : (int)signal_fd;
    int high = lifeline_fd < signal_fd ? (int)signal_fd : lifeline_fd;
    RAW3(SYS_close_range, 3, low - 1, 0);
    if (high > low + 1) RAW3(SYS_close_range, low + 1, high - 1, 0);
    RAW3(SYS_close_range, high + 1, ~0U, 0);
    struct pollfd fds[2] = {{lifeline_fd, POLLIN, 0}, {(int)signal_fd, POLLIN, 0}};
    for (;;) {
        // wait4(-1, WNOHANG | __WALL): every orphan of the box ends up here, also one cloned with another exit
        // signal than SIGCHLD; reap them so none lingers as a zombie.
        while (RAW4(SYS_wait4, -1, 0, WNOHANG | __WALL, 0) > 0) {
        }
        // ppoll: the lifeline (Panel gone) or a child's end.
        long ready = RAW5(SYS_ppoll, fds, 2, 0, 0, 0);
        if (raw_failed(ready) && ready != -EINTR) RAW1(SYS_exit_group, 1);
        if (fds[0].revents) {
            // read: PANEL_HOLDER_SEAL, or end of file when Panel is gone.
            char byte = 0;
            long got = RAW3(SYS_read, lifeline_fd, &byte, 1);
            if (got == -EINTR) continue;
            if (got == 1 && byte == PANEL_HOLDER_KILL) {
                // write: the answer, PANEL_HOLDER_KILL once every other process of the box has SIGKILL pending,
                // else another byte (Panel then scans /proc).
                char answer = kill_everyone_else() ? PANEL_HOLDER_KILL : '?';
                RAW3(SYS_write, lifeline_fd, &answer, 1);
                continue;
            }
            if (got != 1 || byte != PANEL_HOLDER_SEAL) RAW1(SYS_exit_group, 0);
            // prctl(PR_SET_DUMPABLE, 0): without root the box's programs share this process's uid; they must
            // not trace it, read its memory (a copy of Panel's) or its /proc files. Only now: until Panel has
            // written the uid map and opened the namespace files, it needs those /proc files itself.
            RAW5(SYS_prctl, PR_SET_DUMPABLE, 0, 0, 0, 0);
        }
        if (fds[1].revents & POLLIN) {
            struct signalfd_siginfo info;
            RAW3(SYS_read, signal_fd, &info, sizeof info);
        }
    }
}

int panel_namespace_holder(int namespaces, int lifeline_fd, pid_t *pid) {
    int ready[2];
    if (pipe2(ready, O_CLOEXEC) != 0) return errno;
    // clone(new namespaces | SIGCHLD): like fork, but in new namespaces, and without Panel's atfork handlers.
    long holder = RAW5(SYS_clone, (unsigned long)(panel_namespace_flags(namespaces) | SIGCHLD), 0, 0, 0, 0);
    if (raw_failed(holder)) {
        close(ready[0]);
        close(ready[1]);
        return (int)-holder;
    }
    if (holder == 0) {
        RAW1(SYS_close, ready[0]);
        holder_main(lifeline_fd, ready[1]);
        RAW1(SYS_exit_group, 0);
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
        while (waitpid((pid_t)holder, NULL, 0) < 0 && errno == EINTR) {
        }
        return got == (ssize_t)sizeof code ? code : EIO;
    }
    *pid = (pid_t)holder;
    return 0;
}
