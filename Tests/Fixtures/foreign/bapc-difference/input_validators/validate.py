# Two integers 0 <= a, b <= 10^18 on one line; with --small (a test group's input_validator_args), at most 100.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)\n", text):
    print("expected two non-negative integers on one line")
    sys.exit(43)
a, b = map(int, text.split())
bound = 100 if "--small" in sys.argv[1:] else 10**18
sys.exit(42 if a <= bound and b <= bound else 43)
