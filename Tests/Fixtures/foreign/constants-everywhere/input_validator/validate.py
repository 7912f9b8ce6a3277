import re
import sys

# {{max_n}} is a number only once Panel has substituted it; as written it is a set of a set, and fails.
MAX_N = {{max_n}}
# data/secret/test_group.yaml passes the bound too: it must be the same number.
if sys.argv[1:] not in ([], ["--max", str(MAX_N)]):
    sys.exit(43)
text = sys.stdin.read()
if not re.fullmatch(r"[1-9][0-9]*\n", text) or int(text) > MAX_N:
    sys.exit(43)
sys.exit(42)
