#!/usr/bin/env bash
# The ci-runner cell of .ci/host-cells, inside its VM: the shell steps of the GitHub workflow
# (CI/github/workflows/mock-loop.yml with CI/action expanded; WORK/github-job.sh, written by
# .ci/ci-jobs.py) run as a GitHub hosted runner runs them: cgroup v2, a non-root user (uid 65534) with
# passwordless sudo, in the cgroup of the runner's systemd service (shared with the runner's other
# processes), in a checkout that user owns (WORK/runner-checkout, bound over this checkout's path so that
# the copied .build is up to date). Then the GitLab job's script (CI/gitlab-ci.yml, WORK/gitlab-job.sh) as
# its docker executor runs it on a privileged runner: root, in the same checkout.
#
#   .ci/ci-runner-guest.sh ci-runner PANEL WORK
set -uo pipefail
cell=$1
work=$3
checkout=$PWD
# shellcheck source=.ci/cell-lines.sh
. "$checkout/.ci/cell-lines.sh"

rm -f /.dockerenv /run/.containerenv
# The stand-in for `swift build` (see .ci/host-cells), unless PANEL_VM_REAL_BUILD=1 left it out.
[ ! -x "$work/shim/swift" ] || PATH="$work/shim:$PATH"
mount --bind "$work/runner-checkout" "$checkout" || { echo "ci-runner: cannot bind the runner's checkout" >&2; exit 1; }
cd "$checkout" || exit 1
# The runner user's passwordless sudo, as GitHub's images have it (their user is `runner`, uid 1001).
printf 'nobody ALL=(ALL:ALL) NOPASSWD: ALL\n' >/etc/sudoers.d/runner
chmod 440 /etc/sudoers.d/runner
# SwiftPM's lock files of this machine's own builds (root's, in /tmp) are no part of a runner.
rm -f /tmp/*.build.lock
grep -q ' vm$' /etc/hosts || echo "127.0.1.1 vm" >>/etc/hosts
temp=$(mktemp -d /tmp/runner.XXXXXX)
mkdir -p "$temp/home"
: >"$temp/summary.md"
chown -R 65534:65534 "$temp"
chmod 755 "$temp"

echo "== the GitHub job's steps as uid 65534 with passwordless sudo, in $(cat /proc/self/cgroup)"
setpriv --reuid=65534 --regid=65534 --clear-groups env -i PATH="$PATH" HOME="$temp/home" LANG=C.UTF-8 \
    CI=true GITHUB_ACTIONS=true GITHUB_WORKSPACE="$checkout" RUNNER_TEMP="$temp" \
    GITHUB_STEP_SUMMARY="$temp/summary.md" PANEL_CACHE="$work/runner-cache" \
    bash "$work/github-job.sh" >"$temp/job.log" 2>&1
rc=$?
output() { sed -n "s/^$2=//p" "$temp/step-outputs/$1" 2>/dev/null | tail -n 1; }
if [ $rc = 0 ]; then ok "the job's steps passed"; else fail "the job failed (exit $rc)"; fi
if grep -q "^== step: Install Swift" "$temp/job.log" && grep -q "is already on PATH" "$temp/job.log"; then
    ok "Install Swift ran (the toolchain on PATH is the version asked for)"
else fail "the Install Swift step did not run as expected"; fi
if grep -q "Panel runs as root through sudo" "$temp/job.log"; then ok "Panel ran as root through sudo"; else
    fail "Panel did not run through sudo"
fi
host=$(sed -n 's/^host: \(.*\) (its row.*/\1/p' "$temp/job.log")
if [ "$host" = "root, cgroup v2, in a cgroup shared with other processes (panel.slice below the root)" ]; then
    ok "doctor in the job names the cell: $host"
else fail "doctor in the job names '$host'"; fi
if grep -q "PANEL WARNING" "$temp/job.log"; then fail "the job warned of weaker isolation"; else
    ok "no weaker-isolation warning"
fi
decision=$(output panel decision)
code=$(output panel exit-code)
reports=$(output panel report-dir)
if [ "$decision" = HIRE ] && [ "$code" = 0 ]; then ok "the action's outputs: decision=$decision exit-code=$code"; else
    fail "the action's outputs: decision='$decision' exit-code='$code', expected HIRE and 0"
fi
if [ -n "$reports" ] && [ -f "$reports/scorecard.md" ] && [ -f "$reports/loop.json" ]; then
    owners=$(find "$reports" ! -uid 65534 | wc -l)
    if [ "$owners" = 0 ]; then ok "the artifact's folder $reports holds the reports, all the runner user's"; else
        fail "$owners file(s) in $reports are not the runner user's (root wrote them through sudo)"
    fi
else fail "no reports in the report-dir output '$reports'"; fi
if grep -q "HIRE" "$temp/summary.md"; then ok "the job summary holds the scorecard"; else
    fail "the job summary has no scorecard"
fi
if grep -q "^The panel decided HIRE (panel loop exited 0)." "$temp/job.log"; then
    ok "the workflow's last step read the outputs"
else fail "the workflow's last step did not print the decision"; fi

echo "== the GitLab job's script as root (a privileged docker executor), in the same checkout"
(env -i PATH="$PATH" HOME=/root LANG=C.UTF-8 CI=true GITLAB_CI=true PANEL_CACHE="$work/runner-cache" \
    bash "$work/gitlab-job.sh") >"$temp/gitlab.log" 2>&1
rc=$?
if [ $rc = 0 ]; then ok "the GitLab script passed"; else fail "the GitLab script failed (exit $rc)"; fi
if grep -qx "PANEL_DECISION=HIRE" panel.env 2>/dev/null && grep -qx "PANEL_EXIT_CODE=0" panel.env; then
    ok "panel.env (the dotenv report) says HIRE, exit 0"
else fail "panel.env: $(tr '\n' ' ' <panel.env 2>/dev/null)"; fi
for artifact in report.html scorecard.md loop.json junit.xml; do
    [ -f "panel-reports/ci/$artifact" ] || fail "the artifact panel-reports/ci/$artifact is missing"
done
[ -f panel-reports/ci/junit.xml ] && ok "the GitLab artifacts are there"

# The jobs' logs only when something failed: the scorecard alone is a page.
if [ $failures != 0 ]; then
    for log in job gitlab; do
        echo "== the $log log"
        sed 's/^/        | /' "$temp/$log.log"
    done
fi
if [ $failures = 0 ]; then echo "cell $cell: every check passed"; else echo "cell $cell: $failures check(s) FAILED"; fi
[ $failures = 0 ]
