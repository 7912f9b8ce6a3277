#include <stdio.h>
#include "bounds.h"

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    printf("%d\n", n + MAX_N);
    return 0;
}
