# Pass 1: the input is n, the output must be 2n; then nextpass.in holds 2n + 1. Pass 2: the output must be
# twice that, and there is no further pass. The feedback folder remembers the pass.
import os
import sys

input_file, answer_file, feedback = sys.argv[1], sys.argv[2], sys.argv[3]
n = int(open(input_file).read())
marker = os.path.join(feedback, "first-pass-done")
try:
    produced = int(sys.stdin.read().strip())
except ValueError:
    open(os.path.join(feedback, "judgemessage.txt"), "w").write("no number\n")
    sys.exit(43)
if produced != 2 * n:
    open(os.path.join(feedback, "judgemessage.txt"), "w").write(f"expected {2 * n}, got {produced}\n")
    sys.exit(43)
if not os.path.exists(marker):
    open(marker, "w").close()
    with open(os.path.join(feedback, "nextpass.in"), "w") as next_input:
        next_input.write(f"{2 * n + 1}\n")
sys.exit(42)
