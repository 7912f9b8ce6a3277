#!/usr/bin/env python3
"""Test-data generator for hit-counter (documentation only; the judge never runs it).

Usage (from the package root):
    python3 generators/gen.py            # writes data/sample/*.in and data/secret/*/*.in
    python3 generators/ref.py < X.in     # independent Python reference answer

Every case uses its own random.Random(seed), so the output is byte-for-byte reproducible.
The .ans files were written by submissions/accepted/pair_queue.swift (swiftc -O) and
cross-checked token-for-token against generators/ref.py and accepted/binary_search.swift.

Size note: the package is kept under 4 MB, so only perf/01 is at the full limits
(10^5 HITs that stay in the window, then 10^5 COUNTs: 10^10 steps for the naive
"scan every stored hit per COUNT"). perf/02 is a mid-size sliding-window case.
"""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TMAX = 10**9


def write(rel, w, lines):
    assert 1 <= w <= 10**9 and 1 <= len(lines) <= 2 * 10**5
    assert any(op == "COUNT" for op, _ in lines)
    last = 0
    for _, t in lines:
        assert last <= t <= TMAX
        last = t
    path = os.path.join(ROOT, "data", rel + ".in")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(f"{w} {len(lines)}\n" + "".join(f"{op} {t}\n" for op, t in lines))


def parse(script):
    return [(p.split()[0], int(p.split()[1])) for p in script.split(";")]


def random_walk(r, q, start, max_step, hit_ratio, burst=1):
    """q lines with non-decreasing t; each HIT may repeat up to `burst` times."""
    out, t = [], start
    while len(out) < q:
        t += r.randint(0, max_step)
        if r.random() < hit_ratio:
            out += [("HIT", t)] * min(r.randint(1, burst), q - len(out))
        else:
            out.append(("COUNT", t))
    return out


def main():
    # Samples (also in the statement). Both use the default 300-second window and never put
    # a hit exactly on a window boundary, so the two wrong_answer bugs pass them.
    write("sample/1", 300, parse("HIT 1;HIT 2;HIT 3;COUNT 4;HIT 300;COUNT 300;COUNT 350"))
    write("sample/2", 300, parse(
        "COUNT 0;HIT 5;HIT 5;HIT 5;COUNT 5;HIT 5;COUNT 5;COUNT 1000;HIT 1000;COUNT 1299"))

    e = "secret/edge/"
    write(e + "01-count-before-any-hit", 10, parse("COUNT 0;COUNT 3;COUNT 3;HIT 4;COUNT 4;COUNT 13;COUNT 14"))
    burst = [("COUNT", 6)] + [("HIT", 7)] * 5000
    burst += parse("COUNT 7;COUNT 8;COUNT 56;COUNT 57;COUNT 58")
    write(e + "02-thousands-of-hits-at-one-second", 50, burst)
    # Hits exactly W seconds old are outside the window (t - W < t_h is strict).
    write(e + "03-hit-exactly-w-ago-excluded", 10, parse(
        "HIT 0;HIT 10;HIT 10;COUNT 10;COUNT 19;HIT 20;COUNT 20;COUNT 29;COUNT 30;HIT 30;COUNT 40;COUNT 41"))
    write(e + "04-window-of-one-second", 1, parse(
        "HIT 0;COUNT 0;COUNT 1;HIT 1;HIT 1;COUNT 1;HIT 2;COUNT 2;COUNT 3;HIT 1000000000;COUNT 1000000000"))
    write(e + "05-long-gaps-empty-the-window", 100, parse(
        "HIT 5;HIT 50;HIT 99;COUNT 100;COUNT 104;COUNT 105;COUNT 150;COUNT 199;COUNT 200;"
        "HIT 500000;HIT 500000;COUNT 500099;COUNT 500100;HIT 999999999;COUNT 1000000000"))
    # A COUNT only sees hits earlier in the input, even at the same second.
    write(e + "06-count-before-hit-at-same-second", 300, parse(
        "HIT 3;COUNT 8;HIT 8;HIT 8;COUNT 8;COUNT 8;HIT 8;COUNT 8;COUNT 302;COUNT 303;COUNT 308"))
    # W = 10^9: one bucket per second would need 10^9 cells. t - W = 0 at t = 10^9.
    write(e + "07-window-one-billion", 10**9, parse(
        "HIT 0;HIT 0;HIT 1;HIT 299;COUNT 300;COUNT 301;HIT 5000;COUNT 999999999;"
        "COUNT 1000000000;HIT 1000000000;COUNT 1000000000"))
    r = random.Random(108)
    write(e + "08-random-window-300", 300, random_walk(r, 4000, 0, 20, 0.6, 3))
    r = random.Random(109)
    write(e + "09-window-longer-than-time-span", 10**9, random_walk(r, 3000, 0, 30, 0.7, 2))
    write(e + "10-all-at-time-zero", 5, [("HIT", 0)] * 7 + [("COUNT", 0)] * 3)
    r = random.Random(111)
    write(e + "11-random-tiny-window", 7, random_walk(r, 5000, 0, 3, 0.6, 2))
    r = random.Random(112)
    write(e + "12-random-large-times", 5 * 10**8, random_walk(r, 3000, 0, 600000, 0.5, 2))
    write(e + "13-single-count", 42, [("COUNT", 1000000000)])
    r = random.Random(114)
    lines = []
    for i in range(1, 1500):   # a hit every 20 s, counts exactly W = 1000 s after some hits
        lines.append(("HIT", 20 * i))
        if i % 3 == 0:
            lines.append(("COUNT", 20 * i))
    write(e + "14-regular-hits-counts-on-boundaries", 1000, lines)

    # perf/01: 10^5 hits, one per second (t = 0 .. 99999), W = 10^5, then 10^5 COUNTs at
    # t = 99999 .. 149999: every COUNT sees 50001 .. 100000 hits, so scanning stored hits
    # per COUNT costs 10^10 steps.
    lines = [("HIT", t) for t in range(100000)]
    lines += [("COUNT", 99999 + (i + 1) // 2) for i in range(100000)]
    write("secret/perf/01-full-window-then-counts", 100000, lines)

    # perf/02: sliding window at scale: bursts of hits, steady expiry, interleaved COUNTs.
    r = random.Random(202)
    write("secret/perf/02-sliding-window-bursts", 2000, random_walk(r, 30000, 0, 40, 0.7, 5))


if __name__ == "__main__":
    main()
