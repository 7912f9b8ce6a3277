/* Off by one, and crashes on 13: wrong_answer here permits RTE too. */
#include <stdio.h>
int main(void) { long n; if (scanf("%ld", &n) != 1) return 1; if (n == 13) return 3; printf("%ld\n", n + 1); return 0; }
