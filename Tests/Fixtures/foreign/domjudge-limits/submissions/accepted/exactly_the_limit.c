/*
 * Greets, then pads its output with spaces to exactly the output limit (1 MiB): output of the limit's size
 * is within it (DOMjudge truncates only what is more, problemtools rules on a size above it), and the
 * default validator ignores the trailing spaces.
 *
 * @EXPECTED_RESULTS@: CORRECT
 */
#include <stdio.h>
#include <string.h>

int main(void) {
    char name[64];
    if (scanf("%63s", name) != 1) return 1;
    int length = printf("Hello, %s!", name);
    for (long i = length; i < (1L << 20) - 1; i++) putchar(' ');
    putchar('\n');
    return 0;
}
