#!/usr/bin/env python3
# Accepts the number of the answer file; says what it read otherwise.
import sys

wanted = open(sys.argv[2]).read().split()
read = sys.stdin.read().split()
if read != wanted:
    with open(sys.argv[3] + "/judgemessage.txt", "w") as feedback:
        feedback.write("wanted %s but read %s\n" % (" ".join(wanted), " ".join(read)))
    sys.exit(43)
sys.exit(42)
