#!/usr/bin/env python3
"""Independent reference for watch-order (cross-check only).

No cycle: prints the lexicographically smallest order (heapq Kahn).
Cycle: prints CYCLE and a cycle found by an iterative three-colour DFS (a different method
from the Swift solutions' prerequisite walk).
"""
import heapq
import sys


def solve(n, edges):
    nxt = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for a, b in edges:
        nxt[a].append(b)
        indeg[b] += 1
    heap = [v for v in range(1, n + 1) if indeg[v] == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        v = heapq.heappop(heap)
        order.append(v)
        for w in nxt[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                heapq.heappush(heap, w)
    if len(order) == n:
        return " ".join(map(str, order)) + "\n"
    colour = [0] * (n + 1)
    where = [-1] * (n + 1)
    for root in range(1, n + 1):
        if colour[root]:
            continue
        path, idx = [root], [0]
        colour[root], where[root] = 1, 0
        while path:
            v = path[-1]
            if idx[-1] < len(nxt[v]):
                w = nxt[v][idx[-1]]
                idx[-1] += 1
                if colour[w] == 0:
                    colour[w], where[w] = 1, len(path)
                    path.append(w)
                    idx.append(0)
                elif colour[w] == 1:
                    cyc = path[where[w]:]
                    return "CYCLE\n" + " ".join(map(str, [len(cyc)] + cyc)) + "\n"
            else:
                colour[v] = 2
                path.pop()
                idx.pop()
    raise AssertionError("Kahn found a cycle but DFS did not")


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    edges = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(m)]
    sys.stdout.write(solve(n, edges))


if __name__ == "__main__":
    main()
