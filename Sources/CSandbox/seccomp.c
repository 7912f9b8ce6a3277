// The seccomp filter for candidate programs: the system calls a solution never needs and an attacker
// wants (tracing, keyrings, io_uring, userfaultfd, BPF, perf, mounts, new namespaces, modules, kexec)
// fail with EPERM, and the program may go on. Where the kernel has user notification (5.0+), the
// denial passes through Panel, which records the call for the report.
#define _GNU_SOURCE
#include "csandbox.h"
#include "internal.h"
#include "raw.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__x86_64__)
#define PANEL_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define PANEL_AUDIT_ARCH AUDIT_ARCH_AARCH64
#endif

#define DENY(name) {SYS_##name, #name},
static const struct {
    int number;
    const char *name;
} denied_calls[] = {
    // Reaching other processes: tracing, reading or comparing their memory and descriptors.
    DENY(ptrace) DENY(process_vm_readv) DENY(process_vm_writev) DENY(kcmp)
#ifdef SYS_pidfd_getfd
    DENY(pidfd_getfd)
#endif
    // Kernel keyrings: shared state that outlives a run.
    DENY(keyctl) DENY(add_key) DENY(request_key)
    // Large, often-exploited kernel surfaces a solution never needs.
#ifdef SYS_io_uring_setup
    DENY(io_uring_setup) DENY(io_uring_enter) DENY(io_uring_register)
#endif
    DENY(userfaultfd) DENY(bpf) DENY(perf_event_open)
    // The filesystem view and namespaces are Panel's to set up.
    DENY(mount) DENY(umount2) DENY(pivot_root) DENY(chroot) DENY(unshare) DENY(setns)
#ifdef SYS_open_tree
    DENY(open_tree) DENY(move_mount) DENY(fsopen) DENY(fsconfig) DENY(fsmount) DENY(fspick)
#endif
#ifdef SYS_mount_setattr
    DENY(mount_setattr)
#endif
    DENY(open_by_handle_at) DENY(name_to_handle_at) DENY(fanotify_init)
    // The machine itself.
    DENY(kexec_load)
#ifdef SYS_kexec_file_load
    DENY(kexec_file_load)
#endif
    DENY(init_module) DENY(finit_module) DENY(delete_module) DENY(swapon) DENY(swapoff) DENY(reboot) DENY(acct)
    DENY(syslog) DENY(quotactl) DENY(settimeofday) DENY(clock_settime) DENY(clock_adjtime) DENY(adjtimex)
    DENY(sethostname) DENY(setdomainname) DENY(vhangup)
#ifdef SYS_iopl
    DENY(iopl) DENY(ioperm)
#endif
};
#undef DENY

// Flags of clone(2) that make new namespaces (CLONE_NEWTIME is only valid for unshare and clone3).
#define NAMESPACE_FLAGS \
    (CLONE_NEWNS | CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWCGROUP)

#define FILTER_CAPACITY 256
static struct sock_filter filters[2][FILTER_CAPACITY];
static struct sock_fprog programs[2];
static pthread_once_t built = PTHREAD_ONCE_INIT;

/// What the filter does with one system call it names.
enum rule { RULE_DENY, RULE_NOT_IMPLEMENTED, RULE_SOCKET_OPTION, RULE_CLONE };

struct entry {
    unsigned int number;
    enum rule rule;
};

static int by_number(const void *a, const void *b) {
    unsigned int x = ((const struct entry *)a)->number, y = ((const struct entry *)b)->number;
    return x < y ? -1 : x > y;
}

// The instructions for a call that matched, ending in a return; returns how many.
static unsigned short emit_rule(struct sock_filter *f, enum rule rule, unsigned int denied) {
    unsigned short n = 0;
    switch (rule) {
    case RULE_DENY:
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, denied);
        break;
    case RULE_NOT_IMPLEMENTED:
        // clone3 passes its flags in memory a filter cannot read: ENOSYS makes libc fall back to clone.
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
        break;
    case RULE_SOCKET_OPTION:
        // setsockopt(SOL_SOCKET, SO_SNDBUF/SO_RCVBUF and their FORCE forms): larger socket buffers would let a
        // program park memory no limit sees where there is no memory cgroup (64 descriptors × wmem_max); at the
        // default sizes, the descriptor limit keeps that small. Other options stay allowed.
        f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[1]));
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SOL_SOCKET, 0, 6);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2]));
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SO_SNDBUF, 3, 0);
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SO_RCVBUF, 2, 0);
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SO_SNDBUFFORCE, 1, 0);
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SO_RCVBUFFORCE, 0, 1);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, denied);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        break;
    case RULE_CLONE:
        // clone: threads and processes yes, new namespaces no. The flags are the low half of the first argument.
        f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, NAMESPACE_FLAGS, 0, 1);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, denied);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        break;
    }
    return n;
}

// A search over `count` entries sorted by number: halves compared with JGE down to a few, then one JEQ each; a
// call named by none is allowed. Returns how many instructions, or 0 when a jump would be too long for BPF.
// A tree rather than a list: when the filter is installed the kernel runs it once for every system call number
// (to find the ones it always allows), which for a list of ~60 comparisons cost ~0.1 ms per run.
static unsigned short emit_search(struct sock_filter *f, const struct entry *entries, size_t count, unsigned int denied) {
    unsigned short n = 0;
    if (count <= 4) {
        for (size_t i = 0; i < count; i++) {
            struct sock_filter rule[16];
            unsigned short size = emit_rule(rule, entries[i].rule, denied);
            f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, entries[i].number, 0, size);
            for (unsigned short j = 0; j < size; j++) f[n++] = rule[j];
        }
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
        return n;
    }
    size_t half = count / 2;
    struct sock_filter lower[FILTER_CAPACITY];
    unsigned short lower_size = emit_search(lower, entries, half, denied);
    if (lower_size == 0 || lower_size > 255) return 0;
    // JGE: numbers from the middle entry up skip the lower half.
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, entries[half].number, (unsigned char)lower_size, 0);
    for (unsigned short j = 0; j < lower_size; j++) f[n++] = lower[j];
    unsigned short upper_size = emit_search(f + n, entries + half, count - half, denied);
    if (upper_size == 0) return 0;
    return n + upper_size;
}

static void build_variant(int notify) {
    struct sock_filter *f = filters[notify];
    unsigned short n = 0;
    unsigned int denied = notify ? SECCOMP_RET_USER_NOTIF : SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);
    // Only this architecture's calling convention: a 32-bit entry point would have other numbers.
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, PANEL_AUDIT_ARCH, 1, 0);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
#if defined(__x86_64__)
    // x32 calls are the same numbers with bit 30 set, and would pass the search below.
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, 0x40000000, 0, 1);
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | ENOSYS);
#endif
    struct entry entries[sizeof denied_calls / sizeof denied_calls[0] + 3];
    size_t count = 0;
    for (size_t i = 0; i < sizeof denied_calls / sizeof denied_calls[0]; i++) {
        entries[count++] = (struct entry){(unsigned int)denied_calls[i].number, RULE_DENY};
    }
#ifdef SYS_clone3
    entries[count++] = (struct entry){SYS_clone3, RULE_NOT_IMPLEMENTED};
#endif
    entries[count++] = (struct entry){SYS_setsockopt, RULE_SOCKET_OPTION};
    entries[count++] = (struct entry){SYS_clone, RULE_CLONE};
    qsort(entries, count, sizeof entries[0], by_number);
    unsigned short size = emit_search(f + n, entries, count, denied);
    // Never expected (the list would have to grow several times): then no filter is better than a wrong one,
    // and the filter's install fails loudly (an empty program is EINVAL).
    programs[notify].len = size == 0 ? 0 : n + size;
    programs[notify].filter = f;
}

static void build(void) {
    build_variant(0);
    build_variant(1);
}

const struct sock_fprog *panel_seccomp_filter(int notify) {
    pthread_once(&built, build);
    return &programs[notify ? 1 : 0];
}

const char *panel_denied_call_name(int number) {
    for (size_t i = 0; i < sizeof denied_calls / sizeof denied_calls[0]; i++) {
        if (denied_calls[i].number == number) return denied_calls[i].name;
    }
    if (number == SYS_clone) return "clone (new namespaces)";
    if (number == SYS_setsockopt) return "setsockopt (socket buffer size)";
    return NULL;
}

int panel_seccomp_probe(int *notifies) {
    const struct sock_fprog *notifying = panel_seccomp_filter(1);
    const struct sock_fprog *plain = panel_seccomp_filter(0);
    *notifies = 0;
    // In a child of its own: a filter cannot be taken back. Raw calls only, as after any fork of a
    // multithreaded process.
    long child = RAW5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
    if (raw_failed(child)) return (int)-child;
    if (child == 0) {
        if (raw_failed(RAW5(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))) RAW1(SYS_exit_group, 10);
        long listener = RAW3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, notifying);
        int code = 0;
        if (raw_failed(listener)) {
            if (raw_failed(RAW3(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, plain))) RAW1(SYS_exit_group, 11);
            code = 1;
            // The filter must answer a denied call with EPERM.
            if (RAW4(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0) != -EPERM) RAW1(SYS_exit_group, 12);
        }
        RAW1(SYS_exit_group, code);
    }
    int status = 0;
    while (RAW4(SYS_wait4, child, &status, 0, 0) == -EINTR) {
    }
    if (!WIFEXITED(status)) return EIO;
    switch (WEXITSTATUS(status)) {
    case 0: *notifies = 1; return 0;
    case 1: return 0;
    case 10: return EPERM;
    case 11: return EINVAL;
    default: return EIO;
    }
}

static struct seccomp_notif_sizes notification_sizes;
static pthread_once_t sizes_read = PTHREAD_ONCE_INIT;

static void read_sizes(void) {
    if (raw_failed(RAW3(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &notification_sizes))) {
        notification_sizes.seccomp_notif = sizeof(struct seccomp_notif);
        notification_sizes.seccomp_notif_resp = sizeof(struct seccomp_notif_resp);
    }
}

/// Takes one notification from `listener`, answers it with EPERM and records the call. Returns 0, or -1
/// when nothing could be read (the caller died meanwhile: nothing to answer).
int panel_seccomp_answer(int listener, struct panel_denied_calls *denied) {
    pthread_once(&sizes_read, read_sizes);
    // The kernel may know a larger structure than these headers: buffers of the size it reports.
    union {
        struct seccomp_notif notification;
        char bytes[512];
    } request;
    union {
        struct seccomp_notif_resp response;
        char bytes[512];
    } answer;
    if (notification_sizes.seccomp_notif > sizeof request || notification_sizes.seccomp_notif_resp > sizeof answer)
        return -1;
    memset(&request, 0, sizeof request);
    if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &request) != 0) return -1;
    int number = request.notification.data.nr;
    if (denied && denied->count < (int)(sizeof denied->numbers / sizeof denied->numbers[0])) {
        int seen = 0;
        for (int i = 0; i < denied->count; i++) seen |= denied->numbers[i] == number;
        if (!seen) denied->numbers[denied->count++] = number;
    }
    memset(&answer, 0, sizeof answer);
    answer.response.id = request.notification.id;
    answer.response.error = -EPERM;
    // ENOENT here means the caller was killed while waiting: nothing left to answer.
    ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &answer);
    return 0;
}
