# Two integers 0 <= a, b <= 10^18 on one line.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"(0|[1-9][0-9]*) (0|[1-9][0-9]*)\n", text):
    print("expected two non-negative integers on one line")
    sys.exit(43)
a, b = map(int, text.split())
sys.exit(42 if a <= 10**18 and b <= 10**18 else 43)
