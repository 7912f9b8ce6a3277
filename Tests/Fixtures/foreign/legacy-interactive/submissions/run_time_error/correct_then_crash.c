/* Finds the number, then crashes: the validator accepted first, the crash is the verdict. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    int low = 1, high = 100;
    char reply[16];
    while (low <= high) {
        int middle = (low + high) / 2;
        printf("guess %d\n", middle);
        fflush(stdout);
        if (scanf("%15s", reply) != 1 || strcmp(reply, "correct") == 0) break;
        if (strcmp(reply, "higher") == 0) low = middle + 1; else high = middle - 1;
    }
    abort();
}
