import sys

a, b = map(int, input().split())
if a > b:
    sys.exit(3)
print(b - a)
