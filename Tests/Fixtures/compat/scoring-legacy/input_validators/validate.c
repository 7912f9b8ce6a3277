/* Input validator (exit 42 when valid): "n t", then n distinct coin values, as the statement says.
 * A group may tighten the bound on t with the flag max_amount=<t> (input_validator_flags). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    int n, t, max_amount = 10000, seen[101] = {0};
    for (int i = 1; i < argc; i++)
        if (strncmp(argv[i], "max_amount=", 11) == 0) max_amount = atoi(argv[i] + 11);
    char end;
    if (scanf("%d %d%c", &n, &t, &end) != 3 || end != '\n' || n < 1 || n > 10 || t < 1 || t > max_amount) {
        printf("bad first line, or an amount above %d\n", max_amount);
        return 43;
    }
    for (int i = 0; i < n; i++) {
        int coin;
        if (scanf("%d%c", &coin, &end) != 2 || end != (i + 1 == n ? '\n' : ' ') || coin < 1 || coin > 100 ||
            seen[coin]++) {
            printf("bad or repeated coin %d\n", i + 1);
            return 43;
        }
    }
    return getchar() == EOF ? 42 : 43;
}
