/* 32-bit arithmetic: right for small numbers only, so WA on the extremes; the folder permits WA (submissions.yaml). */
#include <stdio.h>

int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    printf("%d\n", a > b ? a - b : b - a);
    return 0;
}
