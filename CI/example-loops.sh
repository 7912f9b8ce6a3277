#!/usr/bin/env bash
# Runs the mock loops on the example candidates (the default loop on three, the ml-engineer loop on
# one) and checks each decision, the rounds it names and the exit code (0 only for HIRE). Meant for
# .ci/run: CI/example-loops.sh [path/to/panel] [panel loop arguments, such as -j 1...]
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
panel="${1:-.build/release/panel}"
shift 2>/dev/null || true
extra=("$@")
failures=0

# check CANDIDATE[:LOOP] DECISION EXIT_CODE DISSENTING_ROUNDS [LINE...]: every LINE must appear in the
# terminal report, which must name exactly DISSENTING_ROUNDS dissenting rounds. LOOP defaults to default.
# With PANEL_KEEP_REPORTS=DIR, each candidate's loop.json is kept as DIR/<candidate>.loop.json.
check() {
    local candidate=${1%%:*} loop=default decision=$2 expected=$3 dissents=$4
    [[ $1 == *:* ]] && loop=${1#*:}
    shift 4
    local reports output status
    reports=$(mktemp -d)
    output=$("$panel" loop "Submissions/$candidate" --loop "$loop" --report-dir "$reports/$candidate" ${extra[@]+"${extra[@]}"})
    status=$?
    echo "$output"
    local ok=1
    [ "$status" = "$expected" ] || { echo "!! $candidate: exit code $status, expected $expected"; ok=0; }
    grep -q "^decision: $decision " <<<"$output" || { echo "!! $candidate: expected decision $decision"; ok=0; }
    local named
    named=$(grep -c '^  dissent: ' <<<"$output")
    [ "$named" = "$dissents" ] || { echo "!! $candidate: $named dissenting rounds, expected $dissents"; ok=0; }
    for line in "$@"; do
        grep -qF -- "$line" <<<"$output" || { echo "!! $candidate: missing '$line'"; ok=0; }
    done
    for file in loop.json scorecard.md junit.xml report.html; do
        [ -s "$reports/$candidate/$file" ] || { echo "!! $candidate: no $file"; ok=0; }
    done
    if [ -n "${PANEL_KEEP_REPORTS:-}" ] && [ -s "$reports/$candidate/loop.json" ]; then
        cp "$reports/$candidate/loop.json" "$PANEL_KEEP_REPORTS/$candidate.loop.json"
    fi
    rm -rf "$reports"
    [ "$ok" = 1 ] && echo "== $candidate: $decision as expected" || failures=$((failures + 1))
    echo
}

# Hired: every round at hire or above, the culture round included.
check ana HIRE 0 0 "hit-counter: 4 tests, 4 valid, 3/3 expected answers right, catch 4 of 4 known bugs" \
    "lru-cache: 3 tests, 3 valid, 3/3 expected answers right, catch 2 of 3 known bugs"
# Turned down by exactly one round: the design round's cache times out; nobody else dissents.
check ben NO_HIRE 1 1 "  dissent: design-implementation (no_hire)" \
    "your expected answer for 01-evicts-oldest is wrong" "hit-counter: no tests written"
# Held: strong code, but the culture interviewer has not written a scorecard yet.
check cleo HOLD 1 0 "  no decision: keeper-test" "watch-order: no tests written"
# Hired by the ML engineer loop, its ML round rated by the external edge-case-hunter plugin.
check maya:ml-engineer HIRE 0 0 "ml-recommendations       edge-case-hunter  tfidf-similarity, matrix-factorization"

exit "$failures"
