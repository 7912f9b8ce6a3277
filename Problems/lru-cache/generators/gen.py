#!/usr/bin/env python3
"""Test-data generator for lru-cache (documentation only; the judge never runs it).

Usage (from the package root):
    python3 generators/gen.py            # writes data/sample/*.in and data/secret/*/*.in
    python3 generators/ref.py < X.in     # independent Python reference answer

Every case uses its own random.Random(seed), so the output is byte-for-byte reproducible.
The .ans files were written by submissions/accepted/linked_nodes.swift (swiftc -O) and
cross-checked token-for-token against generators/ref.py and accepted/index_arrays.swift.

Size note: the package is kept under 4 MB, so only perf/01 is at the full limits
(C = 10^5, Q = 2*10^5; the naive O(C)-per-operation array solution needs > 6 s there).
perf/02 is a mid-size correctness-at-scale case with keys and values up to 10^9.
"""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
MAXV = 10**9


def write(rel, cap, ops):
    assert 1 <= cap <= 10**5 and 1 <= len(ops) <= 2 * 10**5
    assert any(op[0] == "GET" for op in ops)
    lines = [f"{cap} {len(ops)}"]
    for op in ops:
        assert 0 <= op[1] <= MAXV and (op[0] == "GET" or 0 <= op[2] <= MAXV)
        lines.append(" ".join(map(str, op)))
    path = os.path.join(ROOT, "data", rel + ".in")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def parse(script):
    ops = []
    for tok in script.split(";"):
        p = tok.split()
        ops.append(("GET", int(p[1])) if p[0] == "GET" else ("PUT", int(p[1]), int(p[2])))
    return ops


def random_ops(r, q, keys, get_ratio, maxv):
    ops = []
    for _ in range(q):
        k = r.choice(keys)
        if r.random() < get_ratio:
            ops.append(("GET", k))
        else:
            ops.append(("PUT", k, r.randint(0, maxv)))
    return ops


def main():
    # Samples (also shown in the statement). Neither exposes the two wrong_answer bugs.
    write("sample/1", 2, parse("PUT 1 10;PUT 2 20;GET 2;PUT 3 30;GET 1;GET 3;PUT 2 25;GET 2;GET 3"))
    write("sample/2", 1, parse("PUT 5 50;GET 5;PUT 7 70;GET 5;GET 7;PUT 7 71;GET 7"))

    e = "secret/edge/"
    r = random.Random(101)
    write(e + "01-capacity-one", 1, random_ops(r, 300, [0, 1, 2, 3], 0.5, 100))
    # PUT on an existing key while full must update in place, not evict.
    write(e + "02-put-existing-at-capacity-no-evict", 3, parse(
        "PUT 1 100;PUT 2 200;PUT 3 300;PUT 2 201;GET 1;GET 2;GET 3;"
        "PUT 1 101;PUT 3 301;PUT 2 202;GET 1;GET 2;GET 3;PUT 4 400;GET 1;GET 2;GET 3;GET 4"))
    # A GET hit must make the key most recently used.
    write(e + "03-get-refreshes-recency", 2, parse(
        "PUT 1 1;PUT 2 2;GET 1;PUT 3 3;GET 2;GET 1;GET 3;GET 1;PUT 4 4;GET 3;GET 1;GET 4"))
    # A GET miss must not insert anything or change the order.
    write(e + "04-get-miss-changes-nothing", 2, parse(
        "PUT 1 11;PUT 2 22;GET 9;GET 8;PUT 3 33;GET 1;GET 2;GET 3;GET 9;GET 1"))
    write(e + "05-eviction-order-after-refreshes", 4, parse(
        "PUT 1 1;PUT 2 2;PUT 3 3;PUT 4 4;GET 2;GET 1;PUT 5 5;GET 3;GET 4;GET 2;"
        "PUT 6 6;GET 1;GET 5;GET 4;PUT 7 7;GET 2;GET 6;GET 4;GET 7;GET 5;GET 1"))
    hammer = []
    for i in range(2000):
        hammer.append(("PUT", 7, i) if i % 2 == 0 else ("GET", 7))
    hammer += parse("PUT 8 8;GET 7;GET 8;PUT 9 9;GET 7;GET 8;GET 9")
    write(e + "06-same-key-hammered", 2, hammer)
    write(e + "07-large-keys-and-values", 3, parse(
        "PUT 1000000000 1000000000;PUT 0 0;PUT 999999999 123456789;GET 1000000000;GET 0;"
        "PUT 536870912 1;GET 999999999;GET 536870912;GET 1000000000;GET 0;"
        "PUT 1000000000 7;GET 1000000000;GET 536870912"))
    r = random.Random(108)
    ops = random_ops(r, 400, list(range(6)), 0.6, 0)  # every stored value is 0
    write(e + "08-value-zero-vs-miss", 3, ops)
    write(e + "09-gets-on-empty-cache", 100000, [("GET", k) for k in (0, 1, 5, 10**9, 0, 42)])
    # PUT on an existing key refreshes its recency, so the *other* key is evicted next.
    write(e + "10-update-refreshes-then-evict", 2, parse(
        "PUT 1 1;PUT 2 2;PUT 1 10;PUT 3 3;GET 2;GET 1;GET 3;PUT 3 30;PUT 4 4;GET 1;GET 3;GET 4"))
    r = random.Random(111)
    write(e + "11-capacity-larger-than-key-set", 100000, random_ops(r, 600, list(range(100)), 0.5, MAXV))
    r = random.Random(112)
    write(e + "12-random-capacity-three", 3, random_ops(r, 3000, list(range(8)), 0.55, 50))
    r = random.Random(113)
    write(e + "13-random-capacity-64", 64, random_ops(r, 8000, list(range(200)), 0.5, MAXV))
    r = random.Random(114)
    keys = [r.randint(0, MAXV) for _ in range(60)]
    write(e + "14-random-sparse-large-keys", 40, random_ops(r, 5000, keys, 0.5, MAXV))

    # perf/01: maximum size. Fill the cache with 10^5 distinct keys (random order), then
    # 10^5 mixed operations: 30% GETs of any key seen so far (about half hit), 60% PUTs of new
    # keys (each evicts), 10% PUTs of recent keys (update + refresh while full, or re-insert).
    r = random.Random(201)
    cap = 100000
    fill = list(range(cap))
    r.shuffle(fill)
    ops = [("PUT", k, r.randint(0, 9)) for k in fill]
    nxt = cap
    for _ in range(100000):
        x = r.random()
        if x < 0.30:
            ops.append(("GET", r.randrange(nxt)))
        elif x < 0.90:
            ops.append(("PUT", nxt, r.randint(0, 9)))
            nxt += 1
        else:
            ops.append(("PUT", r.randrange(max(0, nxt - cap), nxt), r.randint(0, 9)))
    write("secret/perf/01-full-cache-mixed", cap, ops)

    # perf/02: mid-size, keys and values up to 10^9, skewed (hot/cold) access over
    # 3*10^4 distinct keys with capacity 2*10^4, so hits, refreshes and evictions all occur.
    r = random.Random(202)
    keys = r.sample(range(MAXV + 1), 30000)
    hot = keys[:5000]
    ops = []
    for _ in range(40000):
        k = r.choice(hot) if r.random() < 0.5 else r.choice(keys)
        if r.random() < 0.6:
            ops.append(("GET", k))
        else:
            ops.append(("PUT", k, r.randint(0, 999)))
    write("secret/perf/02-large-keys-hot-set", 20000, ops)


if __name__ == "__main__":
    main()
