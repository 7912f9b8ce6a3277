#!/usr/bin/env python3
# Output validator: validate.py input answer feedback_dir < team_output; 42 accepts, 43 rejects.
# The answer file holds one factorization or "prime"; any factorization of n is accepted.
import sys


def reject(message):
    with open(sys.argv[3] + "judgemessage.txt", "w") as feedback:
        feedback.write(message + "\n")
    sys.exit(43)


with open(sys.argv[1]) as input_file:
    n = int(input_file.read())
with open(sys.argv[2]) as answer_file:
    is_prime = answer_file.read().split() == ["prime"]
tokens = sys.stdin.read().split()

if tokens == ["prime"]:
    if not is_prime:
        reject("said prime, but %d is not prime" % n)
    sys.exit(42)
if len(tokens) != 2 or not all(token.isdigit() for token in tokens):
    reject("expected two integers or 'prime', got %d token(s)" % len(tokens))
a, b = map(int, tokens)
if a < 2 or b < 2 or a * b != n:
    reject("%d * %d is not a split of %d" % (a, b, n))
if is_prime:
    print("the answer file says prime, but the team split it", file=sys.stderr)
    sys.exit(1)
sys.exit(42)
