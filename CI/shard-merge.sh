#!/usr/bin/env bash
# Runs a candidate's mock loop as two shards at once (panel loop --shard 1/2 and 2/2, two processes, as two
# CI jobs would), merges their packets with panel merge, and checks that the merged decision, dissenting
# rounds and rounds without a decision are those of the unsharded run's loop.json. Meant for .ci/run:
#   CI/shard-merge.sh CANDIDATE_DIR UNSHARDED_LOOP_JSON [path/to/panel] [panel loop arguments...]
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
candidate=${1:?usage: CI/shard-merge.sh CANDIDATE_DIR UNSHARDED_LOOP_JSON [panel] [arguments...]}
unsharded=${2:?usage: CI/shard-merge.sh CANDIDATE_DIR UNSHARDED_LOOP_JSON [panel] [arguments...]}
panel="${3:-.build/release/panel}"
shift 3 2>/dev/null || shift $#
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$panel" loop "$candidate" --shard 1/2 --report-dir "$work/shard-1" "$@" &
first=$!
"$panel" loop "$candidate" --shard 2/2 --report-dir "$work/shard-2" "$@"
second=$?
wait "$first"
first=$?
if [ "$first" != 0 ] || [ "$second" != 0 ]; then
    echo "!! the shards exited $first and $second, expected 0 and 0"
    exit 1
fi
"$panel" merge "$work/shard-1" "$work/shard-2" --report-dir "$work/merged"
status=$?
if [ "$status" -gt 1 ]; then
    echo "!! panel merge exited $status"
    exit 1
fi

# decision, dissent and held rounds of a loop.json, one line
outcome() {
    python3 - "$1" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
rounds = lambda key: ",".join(blocker["round"] for blocker in report[key])
print("%s dissent=[%s] held=[%s]" % (report["decision"], rounds("dissent"), rounds("held")))
PY
}
one=$(outcome "$unsharded") && merged=$(outcome "$work/merged/loop.json") || exit 1
if [ "$one" != "$merged" ]; then
    echo "!! $candidate: one run gave $one, the merged shards $merged"
    exit 1
fi
echo "== $candidate: 2 shards merged give what one run gave: $merged"
