# ICPC output validator: validate.py input answer feedback_dir < team_output; 42 accepts, 43 rejects.
import sys

with open(sys.argv[2]) as answer_file:
    answer = answer_file.read().split()
output = sys.stdin.read().split()
if output == answer:
    sys.exit(42)
with open(sys.argv[3] + "/judgemessage.txt", "w") as message:
    message.write("expected %d token(s), got %d different ones" % (len(answer), len(output)))
sys.exit(43)
