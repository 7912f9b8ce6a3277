// Raw Linux system calls for the fork→exec window.
//
// A child made with clone(CLONE_VM|CLONE_VFORK) shares Panel's memory, including glibc's locks and the
// parent thread's TLS. No libc function may run there: glibc's setgroups/setresuid broadcast to every
// thread of "the process" through __nptl_setxid (taking the stack-cache lock a libdispatch thread may be
// holding), fork runs atfork handlers, malloc and stdio lock, and even syscall(2) writes errno into the
// parent thread's TLS. These wrappers issue the instruction themselves and return -errno on failure,
// touching nothing but registers and the memory they are pointed at.
#ifndef CSANDBOX_RAW_H
#define CSANDBOX_RAW_H

#include <sys/syscall.h>

static inline long raw_syscall6(long number, long a, long b, long c, long d, long e, long f) {
#if defined(__x86_64__)
    long result;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(result)
                     : "a"(number), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return result;
#elif defined(__aarch64__)
    register long x8 __asm__("x8") = number;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc 0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory", "cc");
    return x0;
#else
#error "CSandbox: raw system calls are written for x86_64 and aarch64 only"
#endif
}

#define RAW0(n) raw_syscall6((n), 0, 0, 0, 0, 0, 0)
#define RAW1(n, a) raw_syscall6((n), (long)(a), 0, 0, 0, 0, 0)
#define RAW2(n, a, b) raw_syscall6((n), (long)(a), (long)(b), 0, 0, 0, 0)
#define RAW3(n, a, b, c) raw_syscall6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define RAW4(n, a, b, c, d) raw_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define RAW5(n, a, b, c, d, e) raw_syscall6((n), (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

/// Whether a raw result is an error (-4095..-1); the errno is then its negation.
static inline int raw_failed(long result) { return (unsigned long)result > (unsigned long)-4096L; }

#endif
