/*
 * Writes 2 MiB to stdout, twice the output limit, then aborts: a crash ranks before the output limit, as
 * DOMjudge ranks a non-zero exit before a truncated stdout.
 *
 * @EXPECTED_RESULTS@: RUN-ERROR
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char block[4096];
    memset(block, 'x', sizeof block);
    for (int i = 0; i < 512; i++) fwrite(block, 1, sizeof block, stdout);
    fflush(stdout);
    abort();
}
