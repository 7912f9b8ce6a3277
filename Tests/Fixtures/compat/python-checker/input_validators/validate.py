#!/usr/bin/env python3
# Input validator (exit 42 when valid): one integer 2 <= n <= 10^12 on a line of its own.
import re
import sys

text = sys.stdin.read()
if not re.fullmatch(r"[1-9]\d*\n", text) or not 2 <= int(text) <= 10**12:
    print("expected one integer between 2 and 10^12")
    sys.exit(43)
sys.exit(42)
