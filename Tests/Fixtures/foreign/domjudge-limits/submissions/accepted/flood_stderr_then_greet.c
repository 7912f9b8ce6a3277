/*
 * Writes 4 MiB to stderr, four times the output limit, then greets. DOMjudge truncates stderr at the limit
 * and rules on a truncated stdout only; problemtools does not judge stderr at all: correct.
 *
 * @EXPECTED_RESULTS@: CORRECT
 */
#include <stdio.h>
#include <string.h>

int main(void) {
    char block[4096];
    memset(block, 'e', sizeof block);
    for (int i = 0; i < 1024; i++) fwrite(block, 1, sizeof block, stderr);
    char name[64];
    if (scanf("%63s", name) != 1) return 1;
    printf("Hello, %s!\n", name);
    return 0;
}
