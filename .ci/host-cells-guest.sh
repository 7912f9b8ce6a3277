#!/usr/bin/env bash
# One cell of docs/HOSTS.md, inside the VM that .ci/host-cells boots (root, cgroup v2 only, this machine's
# files read-only under a RAM overlay). It sets the cell up as such a host would be, runs the Panel built on
# the host against hostile programs compiled on the host (WORK/cache), and checks each known verdict:
#
#   .ci/host-cells-guest.sh CELL PANEL WORK
#
# Cells: v2-shared (root, in a systemd service's cgroup shared with other processes), v2-root (root, at the
# root of the hierarchy), v2-alone (root, alone in a scope of its own, the root handing cpuset on as systemd
# does), v2-delegated (uid 65534 alone in a delegated scope, as `systemd-run --user --scope -p Delegate=yes`
# makes it), v2-user (uid 65534 in a cgroup it shares and may not write, as a login session or a CI job),
# no-userns (the delegated scope with user.max_user_namespaces=0), container (root in an
# unprivileged container: own pid, mount and cgroup namespaces, the cgroupfs read-only, Docker's default
# capabilities, no user namespaces). Prints one line per check, "ok" or "FAIL"; exits 1 if any failed.
set -uo pipefail
cell=$1
panel=$2
work=$3
checkout=$PWD
programs=$work/programs
sum=$checkout/Tests/Fixtures/problems/sum
cg=/sys/fs/cgroup
# shellcheck source=.ci/cell-lines.sh
. "$checkout/.ci/cell-lines.sh"

# What each cell should give (docs/HOSTS.md): the host line of `panel doctor`, its exit code, whether
# cgroups count forked children's CPU, whether `panel loop` refuses without --accept-weak-isolation, and
# whether Panel must pin cases to CPUs at -j 2.
user=root
case $cell in
    v2-shared)
        host="root, cgroup v2, in a cgroup shared with other processes (panel.slice below the root)"
        doctor_rc=0 cgroups=yes weak=no pinned=yes ;;
    v2-root)
        host="root, cgroup v2, at the root of the hierarchy"
        doctor_rc=0 cgroups=yes weak=no pinned=yes ;;
    v2-alone)
        host="root, cgroup v2, Panel alone in its cgroup"
        doctor_rc=0 cgroups=yes weak=no pinned=yes
        # systemd enables every controller at the root, cpuset among them; vm-run enables all but cpuset.
        echo +cpuset >"$cg/cgroup.subtree_control"
        scope=$cg/alone.scope
        mkdir -p "$scope" ;;
    v2-delegated | no-userns)
        user=65534
        if [ "$cell" = v2-delegated ]; then
            host="not root, cgroup v2, delegated, Panel alone in its cgroup, user namespaces"
            doctor_rc=0 weak=no
        else
            host="not root, cgroup v2, delegated, Panel alone in its cgroup, no user namespaces"
            doctor_rc=1 weak=yes
            sysctl -qw user.max_user_namespaces=0
        fi
        cgroups=yes pinned=any
        # What systemd does for `systemd-run --user --scope -p Delegate=yes`: the scope's parents hand the
        # controllers on, and the scope (its folder, cgroup.procs, cgroup.subtree_control, cgroup.threads)
        # belongs to the user.
        slice=$cg/user.slice/user-65534.slice
        mkdir -p "$slice"
        for parent in $cg/user.slice "$slice"; do echo "+cpu +memory +pids" >"$parent/cgroup.subtree_control"; done
        scope=$slice/deleg.scope
        mkdir -p "$scope"
        chown 65534:65534 "$scope" "$scope"/cgroup.{procs,subtree_control,threads} ;;
    v2-user)
        # An ordinary user's login session or a CI job's cgroup: shared, not delegated.
        user=65534
        host="not root, cgroup v2, not delegated: no writable cgroups, user namespaces"
        doctor_rc=0 cgroups=no weak=yes pinned=no ;;
    container)
        host="root, cgroup v2, not delegated: no writable cgroups, namespaces refused (an unprivileged container?), inside a container"
        doctor_rc=1 cgroups=no weak=yes pinned=no
        # Docker's default seccomp profile refuses unshare and clone with namespace flags; with its
        # capabilities (no CAP_SYS_ADMIN) only user namespaces would be left, so they are switched off too.
        sysctl -qw user.max_user_namespaces=0
        touch /.dockerenv ;;
    *)
        echo "host-cells-guest: unknown cell $cell" >&2
        exit 2 ;;
esac
# The guest's files are this machine's: a container's marks on it are not the cell's.
[ "$cell" = container ] || rm -f /.dockerenv /run/.containerenv

# A scratch home and cache the cell's user owns (the cache holds the programs compiled on the host).
scratch=$(mktemp -d /tmp/cell.XXXXXX)
cp -a "$work/cache" "$scratch/cache"
chown -R "$user" "$scratch"
chmod 755 "$scratch"
environment=(env HOME="$scratch" TMPDIR="$scratch" PANEL_CACHE="$scratch/cache")

# Runs a command as the cell's Panel would run: in its cgroup, as its user, in its namespaces.
in_cell() {
    case $cell in
        v2-shared | v2-root) "${environment[@]}" "$@" ;;
        v2-alone)
            sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$scope" "${environment[@]}" "$@" ;;
        v2-user) setpriv --reuid=65534 --regid=65534 --clear-groups "${environment[@]}" "$@" ;;
        v2-delegated | no-userns)
            sh -c 'echo $$ >"$0/cgroup.procs" && exec "$@"' "$scope" \
                setpriv --reuid=65534 --regid=65534 --clear-groups "${environment[@]}" "$@" ;;
        container)
            # A shell as the container's pid 1 runs Panel, as `docker exec` or a GitLab job script does.
            unshare --mount --pid --fork --mount-proc --cgroup sh -c '
                umount /sys/fs/cgroup && mount -t cgroup2 cgroup2 /sys/fs/cgroup \
                    && mount -o remount,bind,ro /sys/fs/cgroup || exit 125
                setpriv --inh-caps=-all --bounding-set=-all,+chown,+dac_override,+fsetid,+fowner,+mknod,+net_raw,+setgid,+setuid,+setfcap,+setpcap,+net_bind_service,+sys_chroot,+kill,+audit_write "$@"
            ' sh "${environment[@]}" "$@" ;;
    esac
}

# A field of a report (Panel pretty-prints its JSON: top-level keys two spaces in, the sandbox's four);
# sed, as python3 takes seconds to start without KVM.
field() { sed -n "s/^$2\"$3\" *: *\"\{0,1\}\([^\"]*\).*/\1/p" "$1" | head -n 1 | sed 's/,$//'; }
verdict_of() { field "$1" "  " verdict; }
# The runs of a loop's rounds that were not accepted, each whole (its verdict, times and message), so that a
# failed check says which case went wrong and how.
runs_not_accepted() {
    awk '/^ *\{$/ { block = ""; inrun = 1 } inrun { block = block "\n" $0 }
         /^ *\},?$/ && inrun { if (block ~ /"verdict" : "/ && block !~ /"verdict" : "AC"/ && block ~ /"name"/) print block; inrun = 0 }' \
        "$1"/rounds/*.json 2>/dev/null | sed 's/^/        /'
}

# `panel doctor`: the cell it names and its exit code.
in_cell "$panel" doctor >"$scratch/doctor.out" 2>&1
rc=$?
named=$(sed -n 's/^host: \(.*\) (its row in docs\/HOSTS.md says what holds here)$/\1/p' "$scratch/doctor.out")
if [ "$named" = "$host" ]; then ok "doctor names the cell: $named"; else
    fail "doctor names '$named', expected '$host'"
    sed 's/^/        /' "$scratch/doctor.out"
fi
if [ $rc = "$doctor_rc" ]; then ok "doctor exit $rc"; else
    fail "doctor exit $rc, expected $doctor_rc"
    [ "$named" != "$host" ] || sed 's/^/        /' "$scratch/doctor.out"
fi

# Processes or cgroups a run left behind.
leftovers() {
    local tag=$1 found
    # The pattern's brackets keep grep from finding its own command line.
    found=$(grep -ls "${tag%?}[${tag: -1}]" /proc/[0-9]*/cmdline 2>/dev/null | wc -l)
    [ "$found" = 0 ] || echo "$found processes tagged $tag"
    find $cg -mindepth 1 -type d -name 'panel-*' | sed 's/^/cgroup left: /'
    [ ! -d $cg/panel.slice ] || find $cg/panel.slice -mindepth 1 -type d | sed 's/^/cgroup left: /'
    if [ -n "${scope:-}" ]; then
        find "$scope" -mindepth 1 -type d | sed 's/^/cgroup left: /'
        [ -z "$(cat "$scope/cgroup.subtree_control")" ] \
            || echo "controllers left enabled in $scope: $(cat "$scope/cgroup.subtree_control")"
    fi
}

# `panel submit PROGRAM` on the sum problem: the verdict, the exit code that goes with it, never 3.
submit() {
    local program=$1 want=$2 what=$3
    shift 3
    in_cell "$panel" submit "$programs/$program.swift" --problem "${problem:-$sum}" --json --fail-fast "$@" \
        >"$scratch/$program.json" 2>"$scratch/$program.err"
    local rc=$? verdict
    verdict=$(verdict_of "$scratch/$program.json")
    local expected_rc=1
    [ "$want" != AC ] || expected_rc=0
    if [ "$verdict" = "$want" ] && [ $rc = $expected_rc ]; then
        ok "$what: $verdict, exit $rc, $(field "$scratch/$program.json" "      " cpu_ms) ms CPU"
    else
        fail "$what: verdict '${verdict:-none}' exit $rc, expected $want exit $expected_rc"
        tail -5 "$scratch/$program.err" | sed 's/^/        /'
    fi
}

problem=$work/sum-hog submit memory-hog MLE "memory hog"
if [ "$cgroups" = yes ]; then
    submit forked-workers TLE "CPU burned in forked children"
else
    # Without cgroups the children's CPU is not counted: the report must say so, and loop must refuse.
    submit forked-workers AC "CPU burned in forked children (not counted without cgroups)"
    limits=$(field "$scratch/forked-workers.json" "    " limits)
    if [ "$limits" = rlimit ]; then ok "the report says its limits are rlimits only"; else
        fail "the report claims limits '$limits'"
    fi
fi
submit sleeper TLE "a sleeper stopped by the wall clock"
submit fork-bomb TLE "a fork bomb"
left=$(leftovers hostcellbomb)
if [ -z "$left" ]; then ok "nothing left behind (processes, cgroups, controllers)"; else
    fail "left behind: $left"
fi

# Pinning at -j 2 (issue 13): the report's sandbox states the CPUs, and a program that prints the sum only
# when it may run on exactly one CPU proves whether it was pinned.
in_cell "$panel" submit "$programs/pinned-sum.swift" --problem "$sum" --json -j 2 \
    >"$scratch/pinned.json" 2>"$scratch/pinned.err"
rc=$?
verdict=$(verdict_of "$scratch/pinned.json")
pinning=$(field "$scratch/pinned.json" "    " pinning)
cpus=$(tr -d ' \n' <"$scratch/pinned.json" | sed -n 's/.*"cpus":\[\([0-9,]*\)\].*/\1/p')
case "$pinned:$verdict:$rc:$pinning" in
    yes:AC:0:cpuset* | any:AC:0:cpuset*) ok "-j 2 pinned each case to one CPU ($cpus): $pinning" ;;
    no:WA:1:not\ pinned* | any:WA:1:not\ pinned*) ok "-j 2 not pinned, and the report says so: $pinning" ;;
    *)
        fail "-j 2: verdict '${verdict:-none}' exit $rc, pinning '$pinning' (CPUs $cpus), expected pinned=$pinned"
        tail -5 "$scratch/pinned.err" | sed 's/^/        /' ;;
esac
if [ "$pinned" = yes ]; then
    # The same program unpinned must fail, or the check above proves nothing.
    in_cell env PANEL_NO_CPUSET=1 "$panel" submit "$programs/pinned-sum.swift" --problem "$sum" --json -j 2 \
        >"$scratch/unpinned.json" 2>/dev/null
    verdict=$(verdict_of "$scratch/unpinned.json")
    if [ "$verdict" = WA ]; then ok "unpinned (PANEL_NO_CPUSET=1) the same program gets WA: the check can fail"; else
        fail "unpinned the pinning probe got '${verdict:-none}', expected WA"
    fi
    in_cell "$panel" verify "$checkout/Tests/Fixtures/problems/verify-sum" -j 2 >"$scratch/verify.out" 2>&1
    rc=$?
    if [ $rc = 0 ]; then ok "verify -j 2 exit 0"; else
        fail "verify -j 2 exit $rc"
        tail -5 "$scratch/verify.out" | sed 's/^/        /'
    fi
fi

# `panel loop`: decides where the sandbox holds; elsewhere refuses with exit 2 and the remedy unless
# --accept-weak-isolation is given, and then says so first in the scorecard.
loop=$scratch/screen.yaml
printf 'title: Host cell loop\nrounds:\n  - id: screen\n    title: Screen\n    kind: screen\n    interviewer: standard\n    problems: ["%s"]\n' \
    "$checkout/Tests/Fixtures/loops/problems/loop-sum" >"$loop"
candidate=$checkout/Tests/Fixtures/loops/candidates/strong
loop_run() { in_cell "$panel" loop "$candidate" --loop "$loop" --problems "$checkout/Problems" "$@"; }
if [ "$weak" = yes ]; then
    loop_run --report-dir "$scratch/refused" >"$scratch/loop.out" 2>&1
    rc=$?
    if [ $rc = 2 ] && grep -q 'remedy' "$scratch/loop.out"; then ok "loop refuses: exit 2 with the remedy"; else
        fail "loop without --accept-weak-isolation: exit $rc, expected 2 with the remedy"
        tail -5 "$scratch/loop.out" | sed 's/^/        /'
    fi
    loop_run --report-dir "$scratch/loop" --accept-weak-isolation >"$scratch/loop.out" 2>&1
    rc=$?
    if [ $rc = 0 ] && grep -q 'Weak isolation accepted' "$scratch/loop/scorecard.md" 2>/dev/null; then
        ok "loop --accept-weak-isolation: exit 0, the scorecard says so first"
    else
        fail "loop --accept-weak-isolation: exit $rc, expected 0 and the warning in scorecard.md"
        tail -5 "$scratch/loop.out" | sed 's/^/        /'
        runs_not_accepted "$scratch/loop"
    fi
else
    loop_run --report-dir "$scratch/loop" >"$scratch/loop.out" 2>&1
    rc=$?
    if [ $rc = 0 ]; then ok "loop decides: exit 0"; else
        fail "loop: exit $rc, expected 0 (HIRE)"
        tail -5 "$scratch/loop.out" | sed 's/^/        /'
        runs_not_accepted "$scratch/loop"
    fi
fi

if [ $failures = 0 ]; then echo "cell $cell: every check passed"; else echo "cell $cell: $failures check(s) FAILED"; fi
[ $failures = 0 ]
