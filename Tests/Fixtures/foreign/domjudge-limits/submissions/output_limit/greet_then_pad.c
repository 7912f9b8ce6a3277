/*
 * Greets, then writes 2 MiB of spaces, twice the output limit, and exits cleanly: its stdout was truncated,
 * so the output limit is the verdict even though what fits is a right answer.
 *
 * @EXPECTED_RESULTS@: OUTPUT-LIMIT
 */
#include <stdio.h>

int main(void) {
    char name[64];
    if (scanf("%63s", name) != 1) return 1;
    printf("Hello, %s!\n", name);
    for (long i = 0; i < 2L << 20; i++) putchar(' ');
    return 0;
}
