#!/usr/bin/env python3
# Input validator (exit 42 when valid): "p q n", then n lines "name grams".
import re
import sys

lines = sys.stdin.read().split("\n")
if lines[-1] != "" or not re.fullmatch(r"\d+ \d+ \d+", lines[0]):
    print("bad first line or missing final newline")
    sys.exit(43)
p, q, n = map(int, lines[0].split())
if not (1 <= p <= 10**7 and 1 <= q <= 10**7 and 1 <= n <= 20) or len(lines) != n + 2:
    print("p, q or n out of range, or not n ingredient lines")
    sys.exit(43)
for line in lines[1:-1]:
    match = re.fullmatch(r"([a-z]{1,20}) (\d+)", line)
    if not match or not 1 <= int(match.group(2)) <= 10**6:
        print("bad ingredient line: %r" % line)
        sys.exit(43)
sys.exit(42)
