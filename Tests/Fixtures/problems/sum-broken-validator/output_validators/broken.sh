#!/bin/sh
# Exits 0: neither 42 (accepted) nor 43 (wrong answer).
exit 0
