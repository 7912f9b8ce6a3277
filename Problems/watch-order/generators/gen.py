#!/usr/bin/env python3
"""Test-data generator for watch-order (documentation only; the judge never runs it).

Usage (from the package root):
    python3 generators/gen.py            # writes data/sample/*.in and data/secret/*/*.in
    python3 generators/ref.py < X.in     # independent Python reference answer

Every case uses its own random.Random(seed), so the output is byte-for-byte reproducible.
The .ans files were written by submissions/accepted/kahn_min_heap.swift (swiftc -O): the
lexicographically smallest order, or CYCLE and one cycle. Orders were cross-checked
token-for-token against generators/ref.py; every .ans, and the output of every accepted
submission, is accepted by output_validator/validate.swift.

Size note: the package is kept under 4 MB. perf/01 is at the full limits (N = M = 2*10^5:
one 2*10^5-long chain, so recursive DFS goes 2*10^5 deep, closed by a 2-cycle at its far
end so that its answer is short). An acyclic order for N = 2*10^5 alone would need ~3.9 MB
(input + answer), so the large acyclic case perf/02 has N = 8*10^4.
"""
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def write(rel, n, edges, shuffle_seed=None):
    assert 1 <= n <= 2 * 10**5 and 0 <= len(edges) <= 2 * 10**5
    assert all(1 <= a <= n and 1 <= b <= n for a, b in edges)
    if shuffle_seed is not None:
        edges = list(edges)
        random.Random(shuffle_seed).shuffle(edges)
    path = os.path.join(ROOT, "data", rel + ".in")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges))


def parse(script):
    return [tuple(map(int, p.split())) for p in script.split(";")] if script else []


def random_dag(r, n, m, span=None):
    """m random edges that all go forward in a hidden random order of 1..n."""
    perm = list(range(1, n + 1))
    r.shuffle(perm)
    edges = []
    while len(edges) < m:
        i = r.randrange(n - 1)
        j = r.randint(i + 1, n - 1 if span is None else min(n - 1, i + span))
        edges.append((perm[i], perm[j]))
    return perm, edges


def main():
    # Samples (also in the statement); no duplicate edges, and the cycle in sample 2 is
    # exactly the set of blocked shows listed in increasing order.
    write("sample/1", 5, parse("2 1;2 3;1 4;3 4"))
    write("sample/2", 4, parse("4 1;1 2;2 3;3 1"))

    e = "secret/edge/"
    write(e + "01-single-show-no-dependencies", 1, [])
    write(e + "02-single-show-self-loop", 1, parse("1 1"))
    write(e + "03-self-loop-among-dag", 4, parse("1 2;3 3;2 4;1 4"))
    write(e + "04-two-cycle", 2, parse("1 2;2 1"))
    write(e + "05-duplicate-edges-no-cycle", 5, parse("1 2;1 2;2 3;2 3;2 3;1 3;4 5;4 5"))
    write(e + "06-duplicate-edges-on-cycle", 4, parse("1 2;1 2;2 3;3 1;3 1;4 1"))
    write(e + "07-isolated-shows", 8, parse("5 2;7 5"))
    # A cycle 4->5->6->4 reached from a DAG, with shows 7, 8 blocked behind it.
    write(e + "08-cycle-hanging-off-dag", 8, parse("1 2;2 3;3 4;4 5;5 6;6 4;6 7;7 8;1 8"))
    # The cycle is upstream: everything else depends on it.
    write(e + "09-cycle-blocks-everything-downstream", 9, parse(
        "9 8;8 9;8 1;1 2;2 3;3 4;1 5;5 6;6 7"))
    write(e + "10-many-shows-no-dependencies", 1000, [])
    n = 1000
    write(e + "11-reverse-chain-1000", n, [(i + 1, i) for i in range(1, n)])
    r = random.Random(112)
    _, edges = random_dag(r, 60, 250)
    write(e + "12-random-dag-with-duplicates", 60, edges + edges[:40], shuffle_seed=1120)
    r = random.Random(113)
    perm, edges = random_dag(r, 3000, 6000)
    # a forward path perm[400] -> perm[900] -> perm[1500] -> perm[2000] -> perm[2500] and one
    # long back edge perm[2500] -> perm[400]: a cycle through shows deep in the order
    edges += [(perm[400], perm[900]), (perm[900], perm[1500]), (perm[1500], perm[2000]),
              (perm[2000], perm[2500]), (perm[2500], perm[400])]
    write(e + "13-random-dag-plus-one-back-edge", 3000, edges, shuffle_seed=1130)
    # several disjoint cycles of different lengths, plus DAG edges between them
    edges = parse("1 2;2 3;3 1;4 5;5 4;6 6;7 8;8 9;9 10;10 7;3 4;5 7;11 1;10 12")
    write(e + "14-several-cycles", 12, edges, shuffle_seed=1140)
    r = random.Random(115)
    _, edges = random_dag(r, 5000, 20000, span=5)
    write(e + "15-random-deep-dag", 5000, edges, shuffle_seed=1150)

    # perf/01: N = M = 2*10^5. Chain v1 -> v2 -> ... -> vN with v1 = 1 and the other labels
    # shuffled, edge lines shuffled, plus vN -> v(N-1) closing a 2-cycle at the far end.
    # DFS from show 1 goes 2*10^5 deep; the naive "scan for a ready show" needs ~2*10^10 steps.
    r = random.Random(201)
    n = 200000
    labels = list(range(2, n + 1))
    r.shuffle(labels)
    chain = [1] + labels
    edges = [(chain[i], chain[i + 1]) for i in range(n - 1)] + [(chain[-1], chain[-2])]
    write("secret/perf/01-chain-200000-deep-cycle-at-end", n, edges, shuffle_seed=2010)

    # perf/02: acyclic, N = 8*10^4, 2.5*10^4 short forward edges in a hidden random order
    # (long dependency paths, many independent shows); the answer lists all 8*10^4 shows.
    r = random.Random(202)
    _, edges = random_dag(r, 80000, 25000, span=3)
    write("secret/perf/02-acyclic-80000-shows", 80000, edges, shuffle_seed=2020)


if __name__ == "__main__":
    main()
