/* 32-bit arithmetic: enough for these bounds, so AC; the folder permits WA too (submissions.yaml). */
#include <stdio.h>

int main(void) {
    int a, b;
    if (scanf("%d %d", &a, &b) != 2) return 1;
    printf("%d\n", a > b ? a - b : b - a);
    return 0;
}
