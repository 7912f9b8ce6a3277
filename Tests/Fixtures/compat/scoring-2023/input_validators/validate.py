#!/usr/bin/env python3
# Input validator (exit 42 when valid): "n W", then n lines "w v", within the bounds of the statement.
import re
import sys

lines = sys.stdin.read().split("\n")
if lines[-1] != "" or not all(re.fullmatch(r"[1-9]\d* [1-9]\d*", line) for line in lines[:-1]):
    print("every line must hold two positive integers, and the file must end with a newline")
    sys.exit(43)
n, capacity = map(int, lines[0].split())
if not (1 <= n <= 100 and capacity <= 10**4) or len(lines) != n + 2:
    print("n or W out of range, or not n item lines")
    sys.exit(43)
if any(int(value) > 10**4 for line in lines[1:-1] for value in line.split()):
    print("a weight or value above 10^4")
    sys.exit(43)
sys.exit(42)
