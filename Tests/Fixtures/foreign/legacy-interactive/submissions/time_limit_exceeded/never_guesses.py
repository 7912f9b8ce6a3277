# Waits forever without a word: the validator waits too, and the solution's TLE is the verdict.
while True:
    pass
