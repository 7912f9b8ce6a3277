#!/usr/bin/env bash
# Runs a mock interview loop the way a CI job should: as root where it can (root already, or passwordless
# sudo), with `panel doctor` in the log first and a loud warning when isolation is weaker, then
# `panel loop`; hands the reports back to the job's user, and tells the CI what the panel decided.
# The GitHub action (CI/action/action.yml) and the GitLab template (CI/gitlab-ci.yml) both call it.
#
#   CI/panel-loop.sh CANDIDATE_DIR [extra panel loop arguments...]
#
# Environment (all optional):
#   PANEL              the panel binary (default: panel on PATH, else .build/release/panel)
#   PANEL_LOOP         loop name or file (default: default)
#   PANEL_REPORT_DIR   where the reports go (default: panel-reports/<candidate folder's name>)
#   PANEL_PROBLEMS     problem bank (default: ./Problems, else the bank beside this script's checkout)
#   PANEL_ARGS         more `panel loop` arguments, split at spaces
#   PANEL_SUDO         auto (default): root or passwordless sudo when there, else as this user;
#                      true: root or sudo, or fail; false: as this user
#   PANEL_DOTENV       also write PANEL_DECISION= and PANEL_EXIT_CODE= lines to this file (GitLab dotenv)
#   GITHUB_OUTPUT, GITHUB_STEP_SUMMARY: set by GitHub; the outputs decision, exit-code, report-dir and
#                      artifact-name go to the first, scorecard.md to the second.
#
# Exit code: panel loop's (0 HIRE, 1 NO_HIRE or HOLD, 2 bad input or a host Panel refuses, 3 Panel's bug).
# With --shard i/n among the arguments, 0 means the shard wrote its packet (packet.json in the report folder).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
candidate=${1:?usage: CI/panel-loop.sh CANDIDATE_DIR [panel loop arguments...]}
shift
candidate=${candidate%/}
name=$(basename "$candidate")
reports=${PANEL_REPORT_DIR:-panel-reports/$name}
panel=${PANEL:-$(command -v panel || echo .build/release/panel)}
read -r -a extra <<<"${PANEL_ARGS:-}"
extra+=("$@")

# Collapsible log sections where the CI has them.
begin() {
    if [ "${GITHUB_ACTIONS:-}" = true ]; then
        echo "::group::$1"
    elif [ "${GITLAB_CI:-}" = true ]; then
        printf '\e[0Ksection_start:%s:%s[collapsed=%s]\r\e[0K%s\n' "$(date +%s)" "$2" "${3:-false}" "$1"
    else
        echo "== $1"
    fi
}
end() {
    if [ "${GITHUB_ACTIONS:-}" = true ]; then
        echo "::endgroup::"
    elif [ "${GITLAB_CI:-}" = true ]; then
        printf '\e[0Ksection_end:%s:%s\r\e[0K\n' "$(date +%s)" "$1"
    fi
}
warn() {
    if [ "${GITHUB_ACTIONS:-}" = true ]; then echo "::warning title=Panel::$*"; fi
    printf '\n!!!! PANEL WARNING: %s\n\n' "$*" >&2
}

# Who runs Panel. As root it gives each program its own uid and cgroups; as an ordinary user it needs user
# namespaces, and Ubuntu 24.04's AppArmor refuses those to unconfined programs.
as=()
cache=""
how="as root"
if [ "$(id -u)" != 0 ]; then
    if [ "${PANEL_SUDO:-auto}" != false ] && sudo -n true 2>/dev/null; then
        # sudo resets PATH; Panel finds swiftc through PANEL_SWIFTC or PATH, so both go along.
        cache=${PANEL_CACHE:-${RUNNER_TEMP:-$PWD/.panel}/panel-cache}
        as=(sudo -n env "PATH=$PATH" "PANEL_SWIFTC=${PANEL_SWIFTC:-$(command -v swiftc || true)}"
            "PANEL_CACHE=$cache")
        [ -z "${PANEL_PROBLEMS:-}" ] || as+=("PANEL_PROBLEMS=$PANEL_PROBLEMS")
        how="as root through sudo"
    elif [ "${PANEL_SUDO:-auto}" = true ]; then
        echo "panel-loop: PANEL_SUDO=true, but this job is not root and sudo asks for a password" >&2
        exit 2
    else
        how="as $(id -un) (uid $(id -u)): no root and no passwordless sudo"
    fi
fi

# The shipped bank when the repository has no Problems/ of its own and none was named.
if [ -z "${PANEL_PROBLEMS:-}" ] && [ ! -d Problems ] && [[ " ${extra[*]} " != *" --problems "* ]] \
    && [ -d "$here/../Problems" ]; then
    extra+=(--problems "$(cd "$here/.." && pwd)/Problems")
fi

begin "panel doctor: the isolation this runner gives (Panel runs $how)" panel_doctor
doctor_log=$(mktemp)
"${as[@]}" "$panel" doctor 2>&1 | tee "$doctor_log"
doctor=${PIPESTATUS[0]}
end panel_doctor
# Weaker isolation is said where nobody can miss it: doctor failed, or warned (no root, no cgroups, ...).
warnings=$(grep -c '^warning:' "$doctor_log")
if [ "$doctor" != 0 ] || [ "$warnings" != 0 ]; then
    if [ "${#as[@]}" -gt 0 ] || [ "$(id -u)" = 0 ]; then
        remedy="Panel is root here, so the runner itself withholds what is missing: on GitLab's docker executor a runner with privileged = true in config.toml gives the full sandbox"
    else
        remedy="For the full sandbox run Panel as root: passwordless sudo (GitHub's hosted runners have it), or root in a privileged container"
    fi
    warn "weaker isolation on this runner: panel doctor exited $doctor with $warnings warning(s); Panel runs" \
        "$how. See the doctor section above; every report states the isolation in force. $remedy."
fi
rm -f "$doctor_log"

# The report folder's parents are made by the job's user, so that root makes none the user cannot delete.
mkdir -p "$(dirname "$reports")"
echo "panel loop $candidate --loop ${PANEL_LOOP:-default} --report-dir $reports ${extra[*]} ($how)"
"${as[@]}" "$panel" loop "$candidate" --loop "${PANEL_LOOP:-default}" --report-dir "$reports" "${extra[@]}"
status=$?

# Files root wrote in the job's folders go back to the job's user, so later steps and the runner's cleanup
# can change and delete them.
if [ "${#as[@]}" -gt 0 ]; then
    for path in "$reports" "$cache"; do
        [ ! -e "$path" ] || sudo -n chown -R "$(id -u):$(id -g)" "$path"
    done
fi

# Only a loop that decided (exit 0 or 1) wrote its reports: a folder left by an earlier run is not this one's.
decided=false
[ "$status" != 0 ] && [ "$status" != 1 ] || decided=true
decision=""
if [ "$decided" = true ] && [ -f "$reports/loop.json" ]; then
    # The packet's own decision: the top-level key, two spaces in (Panel pretty-prints its JSON).
    decision=$(sed -n 's/^  "decision" *: *"\([A-Z_]*\)".*/\1/p' "$reports/loop.json" | head -n 1)
fi
# With --shard i/n the loop writes a packet for panel merge, and merge decides.
shard=false
[ "$status" != 0 ] || [ ! -f "$reports/packet.json" ] || [ -f "$reports/loop.json" ] || shard=true
case "$status" in
    0 | 1) if [ "$shard" = true ]; then
               echo "panel loop: shard packet written to $reports/packet.json (panel merge decides)"
           else
               echo "panel loop: ${decision:-no decision} (exit $status)"
           fi ;;
    2) echo "panel loop: exit 2, bad input or a host Panel refuses; the message above names the file or the remedy" ;;
    *) echo "panel loop: exit $status, Panel failed (a bug in Panel: please report it with the log above)" ;;
esac

if [ "$decided" = true ] && [ -f "$reports/scorecard.md" ]; then
    begin "scorecard.md" scorecard
    cat "$reports/scorecard.md"
    end scorecard
fi
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
    if [ "$decided" = true ] && [ -f "$reports/scorecard.md" ]; then
        cat "$reports/scorecard.md" >>"$GITHUB_STEP_SUMMARY"
    elif [ "$shard" = true ]; then
        # shellcheck disable=SC2016 # the backquotes are Markdown
        printf '### Panel: a shard packet

`panel loop %s` wrote %s; the merge job decides.
' \
            "$candidate" "$reports/packet.json" >>"$GITHUB_STEP_SUMMARY"
    else
        # shellcheck disable=SC2016 # the backquotes are Markdown
        printf '### Panel wrote no scorecard\n\n`panel loop %s` exited %s: see the step log.\n' \
            "$candidate" "$status" >>"$GITHUB_STEP_SUMMARY"
    fi
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
    {
        echo "decision=$decision"
        echo "exit-code=$status"
        echo "report-dir=$([ "$decided" = false ] || echo "$reports")"
        echo "artifact-name=panel-$(tr -c 'A-Za-z0-9._-' '-' <<<"$name" | sed 's/-*$//')"
    } >>"$GITHUB_OUTPUT"
fi
if [ -n "${PANEL_DOTENV:-}" ]; then
    printf 'PANEL_DECISION=%s\nPANEL_EXIT_CODE=%s\n' "$decision" "$status" >"$PANEL_DOTENV"
fi
exit "$status"
