# Counts from the smaller to the larger number: fine for small inputs, far too slow for 10^18 (10^9 steps take about a second on PyPy).
a, b = map(int, input().split())
low, high = min(a, b), max(a, b)
steps = 0
while low < high:
    low += 1
    steps += 1
print(steps)
