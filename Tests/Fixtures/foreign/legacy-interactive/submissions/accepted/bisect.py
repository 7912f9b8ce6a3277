low, high = 1, 100
while low <= high:
    middle = (low + high) // 2
    print("guess", middle, flush=True)
    reply = input().strip()
    if reply == "correct":
        break
    if reply == "higher":
        low = middle + 1
    else:
        high = middle - 1
