#!/bin/sh
# A stand-in interviewer for the tests, any executable speaking the protocol; $1 picks a behaviour.
request=$(cat)
case "$1" in
crash)
    echo "scripted: no model loaded, giving up" >&2
    exit 3 ;;
sleep)
    sleep 30 ;;
not-json)
    echo "I think they should be hired" ;;
future)
    echo '{"protocol_version": 3, "recommendation": "hire"}' ;;
bad-rating)
    echo '{"protocol_version": 1, "recommendation": "hire", "attributes": {"testing": "excellent"}}' ;;
good)
    # The log shows which rounds the request mentions, so a test can check it sees only its own.
    echo "$request" | grep -o '"id":"[a-z0-9-]*"' >&2
    echo '{"protocol_version": 2, "recommendation": "strong_hire", "interviewer": "Scripted", "version": "0.1",'
    echo ' "attributes": {"testing": {"rating": "strong_hire", "reasons": ["all edge cases"]}, "efficiency": "hire"},'
    echo ' "strengths": ["fast"], "concerns": [], "notes": "ok"}' ;;
esac
