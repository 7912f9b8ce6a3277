// What the CSandbox files share and do not export to Swift.
#ifndef CSANDBOX_INTERNAL_H
#define CSANDBOX_INTERNAL_H

#include "csandbox.h"

#include <linux/filter.h>
#include <sched.h>

/// The candidate filter, built once: with `notify`, denied calls go to a user-notification listener;
/// without, they fail with EPERM at once. Call from the parent only (it may run pthread_once).
const struct sock_fprog *panel_seccomp_filter(int notify);

struct panel_denied_calls;

/// Takes one notification from a seccomp listener, answers EPERM and records the call in `denied`.
/// Returns 0, or -1 when nothing was read.
int panel_seccomp_answer(int listener, struct panel_denied_calls *denied);

/// How a child tells its parent what happened before exec: an error at a step, or the seccomp listener
/// (sent with SCM_RIGHTS). End of file on the socket means exec succeeded.
struct panel_child_message {
    int kind;
    int step;
    int code;
};

enum {
    PANEL_MESSAGE_ERROR = 1,
    PANEL_MESSAGE_LISTENER = 2,
    PANEL_MESSAGE_NAMESPACE = 3,
};

/// The clone(2)/unshare(2) flags of a PANEL_NAMESPACE_* set. Plain arithmetic: safe in any child.
static inline int panel_namespace_flags(int namespaces) {
    int flags = 0;
    if (namespaces & PANEL_NAMESPACE_NET) flags |= CLONE_NEWNET;
    if (namespaces & PANEL_NAMESPACE_IPC) flags |= CLONE_NEWIPC;
    if (namespaces & PANEL_NAMESPACE_UTS) flags |= CLONE_NEWUTS;
    if (namespaces & PANEL_NAMESPACE_USER) flags |= CLONE_NEWUSER;
    if (namespaces & PANEL_NAMESPACE_PID) flags |= CLONE_NEWPID;
    return flags;
}

#endif
