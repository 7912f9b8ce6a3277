/* Echoes the number it reads after burning 1.5 s of CPU time: AC under a 2 s limit, TLE under 1 s. */
#include <stdio.h>
#include <time.h>

int main(void) {
    long n = 0;
    if (scanf("%ld", &n) != 1) return 1;
    volatile unsigned long spins = 0;
    while (clock() < (clock_t)(1.5 * CLOCKS_PER_SEC)) spins++;
    printf("%ld\n", n);
    return 0;
}
