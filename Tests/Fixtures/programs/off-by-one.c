/* Prints the number it reads plus one: wrong on every case. */
#include <stdio.h>

int main(void) {
    long n = 0;
    if (scanf("%ld", &n) != 1) return 1;
    printf("%ld\n", n + 1);
    return 0;
}
