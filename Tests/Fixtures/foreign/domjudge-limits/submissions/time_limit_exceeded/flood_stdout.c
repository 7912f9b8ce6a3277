/*
 * Floods stdout without end. Past the output limit its writes fail and it goes on, so the time limit
 * stops it, as DOMjudge's runguard (which truncates the stream) lets it run: the time limit ranks first.
 *
 * @EXPECTED_RESULTS@: TIMELIMIT
 */
#include <stdio.h>

int main(void) {
    for (;;) fputs("Hello, everyone, again and again!\n", stdout);
}
