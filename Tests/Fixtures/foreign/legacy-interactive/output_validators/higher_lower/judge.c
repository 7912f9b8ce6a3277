/* Interactor: the secret is in the input file; at most 7 guesses "guess x", each answered "higher",
 * "lower" or "correct". */
#include "judge.h"

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    FILE *input = fopen(argv[1], "r");
    int secret;
    if (!input || fscanf(input, "%d", &secret) != 1) return 1;
    judge_open(argv[3]);
    for (int guesses = 1; guesses <= 7; guesses++) {
        int guess;
        if (scanf(" guess %d", &guess) != 1) judge_reject("guess %d: no guess read\n", guesses);
        if (guess == secret) {
            printf("correct\n");
            fflush(stdout);
            judge_accept();
        }
        printf(guess < secret ? "higher\n" : "lower\n");
        fflush(stdout);
    }
    judge_reject("no correct guess in 7\n");
}
