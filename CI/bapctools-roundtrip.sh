#!/usr/bin/env bash
# The BAPCtools round trip: `bt new_problem` makes packages (pass-fail, interactive, multi-pass), this script
# adds small submissions in C++ and Python and the cases, `bt generate` writes the data, `bt run` judges
# them, and `panel verify` must prove each package with the same verdict for every submission.
#
# Usage: CI/bapctools-roundtrip.sh [path/to/panel]   (default .build/release/panel)
# Installs bapctools (pinned) into a venv of its own; without network it says so and exits 0.
set -euo pipefail

panel=$(realpath "${1:-.build/release/panel}")
version=2026.10.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${PANEL_BT:-}" ]; then
    bt=$PANEL_BT # an installed bt (its venv without questionary), for trying the script locally
elif ! python3 -m venv "$work/venv" >/dev/null 2>&1; then
    echo "(skipping the BAPCtools round trip: python3 cannot make a venv here)"
    exit 0
elif ! "$work/venv/bin/pip" install --quiet --disable-pip-version-check "bapctools==$version" >"$work/pip.log" 2>&1; then
    echo "(skipping the BAPCtools round trip: bapctools $version could not be installed (offline?))"
    tail -n 3 "$work/pip.log"
    exit 0
else
    # bt asks its questions through questionary when it is installed, even with --defaults; without it,
    # --defaults answers them.
    "$work/venv/bin/pip" uninstall --quiet --yes questionary >/dev/null 2>&1 || true
    bt="$work/venv/bin/bt"
fi

mkdir -p "$work/contest"
cd "$work/contest"
# bt's own table runs Python 3 as pypy3, as Panel does where it is installed; without it both use CPython
# (bt merges the contest's languages.yaml).
if ! command -v pypy3 >/dev/null; then
    cat >languages.yaml <<'YAML'
python3:
  name: Python 3 (CPython)
  compile: python3 -m py_compile {files}
  run: python3 "{mainfile}"
YAML
fi
failures=0
for type in pass-fail interactive multi-pass; do
    dir=rt${type//-/}
    "$bt" new_problem --defaults --author Panel --type "$type" "rt-$type" -B >"$work/new-$dir.log" 2>&1 \
        || { cat "$work/new-$dir.log"; echo "bt new_problem --type $type failed"; exit 1; }
    cd "$dir"
    printf 'limits:\n  time_limit: 1\n' >>problem.yaml
    # The skeleton's validators read "n f" as input and (interactive, multi-pass) one integer as output.
    cat >generators/generators.yaml <<'YAML'
version: 2025-12
solution: /submissions/accepted/echo.py
data:
  sample:
    data:
      - '':
          in: "3 1.5"
  secret:
    data:
      - small:
          in: "7 0.5"
      - large:
          in: "100000 2.5"
YAML
    cat >submissions/accepted/echo.py <<'PY'
n, f = input().split()
print(n)
PY
    cat >submissions/accepted/echo.cpp <<'CPP'
#include <cstdio>
int main() {
    int n;
    double f;
    if (std::scanf("%d %lf", &n, &f) != 2) return 1;
    std::printf("%d\n", n);
}
CPP
    cat >submissions/wrong_answer/words.py <<'PY'
input()
print("not a number")
PY
    cat >submissions/time_limit_exceeded/spin.cpp <<'CPP'
int main() {
    for (volatile unsigned long i = 0;; i++) {}
}
CPP
    cat >submissions/run_time_error/crash.py <<'PY'
raise SystemExit(3)
PY
    if [ "$type" = pass-fail ]; then
        # The default validator compares with the answer: off by one is a wrong answer there.
        cat >submissions/wrong_answer/plus_one.py <<'PY'
n, f = input().split()
print(int(n) + 1)
PY
    fi
    if [ "$type" = interactive ]; then
        # The skeleton's interactor says nothing and reads one integer: the solutions answer unasked.
        printf 'print(5)\n' >submissions/accepted/echo.py
        printf '#include <cstdio>\nint main() { std::printf("5\\n"); }\n' >submissions/accepted/echo.cpp
        printf 'print("not a number")\n' >submissions/wrong_answer/words.py
    fi
    if [ "$type" != pass-fail ]; then
        # An interactive or multi-pass case needs an answer file of its own; the validators ignore it.
        sed -i 's/in: "\(.*\)"/in: "\1"\n          ans: "0"/' generators/generators.yaml
        sed -i 's|^solution: .*||' generators/generators.yaml
    fi
    # bt generate exits non-zero for its warnings (an interactive sample's .interaction); the data is what counts.
    "$bt" generate --no-bar >"$work/generate-$dir.log" 2>&1 || true
    if ! ls data/secret/*.in >/dev/null 2>&1; then
        cat "$work/generate-$dir.log"
        echo "bt generate made no data for $dir"
        exit 1
    fi
    "$bt" run --no-bar >"$work/run-$dir.log" 2>&1 || true
    "$panel" verify "$PWD" --json >"$work/verify-$dir.json" 2>"$work/verify-$dir.err" || true
    python3 - "$work/run-$dir.log" "$work/verify-$dir.json" "$dir" <<'PY' || failures=$((failures + 1))
import json, re, sys

run_log, verify_json, name = sys.argv[1:]
# bt run prints one line per submission: "accepted/echo.py:   AC 0.166s @ sample/1" (colours stripped).
bt = {}
for line in open(run_log, errors="replace"):
    line = re.sub(r"\x1b\[[0-9;]*m", "", line)
    found = re.match(r"\s*([a-z_]+/\S+):\s+(AC|WA|TLE|RTE)\b", line)
    if found:
        bt[found.group(1)] = found.group(2)
report = json.load(open(verify_json))[0]
panel = {row["file"]: row["verdict"] for row in report["submissions"]}
print(f"{name}: panel verify ok={report['ok']}; problems: {report['problems']}")
agree = 0
for file in sorted(set(bt) | set(panel)):
    mark = "same" if bt.get(file) == panel.get(file) else "DIFFERENT"
    agree += mark == "same"
    print(f"  {file:40} bt {bt.get(file, '-'):4} panel {panel.get(file, '-'):4} {mark}")
print(f"  {agree} of {len(set(bt) | set(panel))} verdicts agree")
sys.exit(0 if report["ok"] and bt and agree == len(set(bt) | set(panel)) else 1)
PY
    cd ..
done
if [ "$failures" -gt 0 ]; then
    echo "BAPCtools round trip: $failures package(s) disagree (logs: bt run and panel verify above)"
    exit 1
fi
echo "BAPCtools round trip: every verdict agrees"
