#!/usr/bin/env python3
"""Independent reference for hit-counter (cross-check only): bisect over sorted hit times."""
import sys
from bisect import bisect_right


def main():
    data = sys.stdin.read().split()
    w, q = int(data[0]), int(data[1])
    hits, out = [], []
    for i in range(q):
        op, t = data[2 + 2 * i], int(data[3 + 2 * i])
        if op == "HIT":
            hits.append(t)
        else:
            # hits with t - w < t_h <= t; every stored hit has t_h <= t (t non-decreasing)
            out.append(str(len(hits) - bisect_right(hits, t - w)))
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
