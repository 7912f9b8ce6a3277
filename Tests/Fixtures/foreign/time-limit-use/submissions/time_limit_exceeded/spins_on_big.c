#include <stdio.h>

int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 1;
    // Fast on the sample (7), endless on a secret case (12).
    volatile unsigned long spin = 0;
    while (n >= 10) spin++;
    printf("%ld\n", n);
    return 0;
}
