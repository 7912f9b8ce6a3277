/* Echoes the number it reads after burning 300 ms of CPU time, so the derived limit is known:
   2 x 300 ms rounds up to 1 s; 5 x 300 ms to 2 s; 2 x 300 ms at a 0.4 s resolution to 0.8 s. */
#include <stdio.h>
#include <time.h>

int main(void) {
    long n = 0;
    if (scanf("%ld", &n) != 1) return 1;
    volatile unsigned long spins = 0;
    while (clock() < (clock_t)(0.3 * CLOCKS_PER_SEC)) spins++;
    printf("%ld\n", n);
    return 0;
}
