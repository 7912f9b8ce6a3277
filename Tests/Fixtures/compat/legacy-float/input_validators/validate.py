#!/usr/bin/env python3
# Input validator (exit 42 when valid): two lines of four integers in [-1000, 1000], distinct points per
# line, and two different lines.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"(-?\d+ -?\d+ -?\d+ -?\d+\n){2}", text):
    print("expected two lines of four integers separated by single spaces")
    sys.exit(43)
roads = [list(map(int, line.split())) for line in text.splitlines()]
for x1, y1, x2, y2 in roads:
    if any(abs(v) > 1000 for v in (x1, y1, x2, y2)):
        print("coordinate out of range")
        sys.exit(43)
    if (x1, y1) == (x2, y2):
        print("a road through one point twice")
        sys.exit(43)
(x1, y1, x2, y2), (x3, y3, _, _) = roads
dx, dy = x2 - x1, y2 - y1
same_direction = dx * (roads[1][3] - y3) - dy * (roads[1][2] - x3) == 0
if same_direction and dx * (y3 - y1) - dy * (x3 - x1) == 0:
    print("both roads are the same line")
    sys.exit(43)
sys.exit(42)
