# Counts down from 100: more than 7 guesses for most secrets, so the validator rejects and exits first.
for guess in range(100, 0, -1):
    print("guess", guess, flush=True)
    if input().strip() == "correct":
        break
