# Right on odd numbers only.
n = int(input())
print(n | 1)
