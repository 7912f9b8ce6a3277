# Counts from the smaller to the larger number: fine for small inputs, far too slow for 10^9.
a, b = map(int, input().split())
low, high = min(a, b), max(a, b)
steps = 0
while low < high:
    low += 1
    steps += 1
print(steps)
