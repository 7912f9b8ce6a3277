/* Compares the team's single integer with the answer's. */
#include <stdio.h>

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    FILE *answer = fopen(argv[2], "r");
    long long expected = 0, got = 0;
    if (!answer || fscanf(answer, "%lld", &expected) != 1) return 1;
    if (scanf("%lld", &got) == 1 && got == expected) return 42;
    return 43;
}
