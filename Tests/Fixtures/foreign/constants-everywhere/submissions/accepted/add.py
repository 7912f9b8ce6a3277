import bounds

print(int(input()) + bounds.MAX_N)
