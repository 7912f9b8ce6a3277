#include <stdio.h>
#include <string.h>

int main(void) {
    int low = 1, high = 100;
    char reply[16];
    while (low <= high) {
        int middle = (low + high) / 2;
        printf("guess %d\n", middle);
        fflush(stdout);
        if (scanf("%15s", reply) != 1 || strcmp(reply, "correct") == 0) return 0;
        if (strcmp(reply, "higher") == 0) low = middle + 1; else high = middle - 1;
    }
    return 0;
}
