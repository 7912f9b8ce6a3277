#!/usr/bin/env python3
"""Independent reference for lru-cache (cross-check only): OrderedDict-based LRU."""
import sys
from collections import OrderedDict


def main():
    data = sys.stdin.read().split()
    cap, q = int(data[0]), int(data[1])
    cache = OrderedDict()
    out = []
    i = 2
    for _ in range(q):
        if data[i] == "GET":
            k = int(data[i + 1])
            i += 2
            if k in cache:
                cache.move_to_end(k)
                out.append(str(cache[k]))
            else:
                out.append("-1")
        else:
            k, v = int(data[i + 1]), int(data[i + 2])
            i += 3
            if k in cache:
                cache.move_to_end(k)
            elif len(cache) == cap:
                cache.popitem(last=False)
            cache[k] = v
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
