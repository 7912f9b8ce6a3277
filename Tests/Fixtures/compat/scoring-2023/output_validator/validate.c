/* Backpack output validator: validate input answer feedback_dir [partial] < team_output.
 * The answer file is an optimal backpack in the output format; its value is the optimum. A feasible
 * backpack is accepted when it is optimal; with the argument "partial" any feasible backpack is accepted
 * and score_multiplier.txt says how close to optimal it is. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *feedback;
static long n, capacity, *weight, *value;
static int reading_answer; /* a bad backpack in the answer file is the judge's fault, not the team's */

static void judge_error(const char *what) {
    fprintf(stderr, "judge error: %s\n", what);
    exit(1);
}

static void reject(const char *format, ...) {
    if (reading_answer) judge_error("the answer file is not a valid backpack");
    char path[4096];
    snprintf(path, sizeof path, "%sjudgemessage.txt", feedback);
    FILE *message = fopen(path, "w");
    if (message) {
        va_list arguments;
        va_start(arguments, format);
        vfprintf(message, format, arguments);
        va_end(arguments);
        fputc('\n', message);
        fclose(message);
    }
    exit(43);
}

/* Reads a backpack (k, then k indices) from file; rejects it (43) when it is malformed or too heavy. */
static long packed_value(FILE *file) {
    char *used = calloc(n + 1, 1);
    long k, total_weight = 0, total_value = 0;
    if (fscanf(file, "%ld", &k) != 1 || k < 0 || k > n) reject("expected a count between 0 and %ld", n);
    for (long i = 0; i < k; i++) {
        long index;
        if (fscanf(file, "%ld", &index) != 1) reject("expected %ld indices, read %ld", k, i);
        if (index < 1 || index > n) reject("index %ld is not between 1 and %ld", index, n);
        if (used[index]) reject("item %ld packed twice", index);
        used[index] = 1;
        total_weight += weight[index];
        total_value += value[index];
    }
    char extra[2];
    if (fscanf(file, "%1s", extra) == 1) reject("trailing output after %ld indices", k);
    if (total_weight > capacity) reject("the items weigh %ld, more than %ld", total_weight, capacity);
    free(used);
    return total_value;
}

int main(int argc, char **argv) {
    if (argc < 4) judge_error("usage: validate input answer feedback_dir [partial]");
    feedback = argv[3];
    int partial = 0;
    for (int i = 4; i < argc; i++) partial |= strcmp(argv[i], "partial") == 0;

    FILE *input = fopen(argv[1], "r"), *answer = fopen(argv[2], "r");
    if (!input || !answer || fscanf(input, "%ld %ld", &n, &capacity) != 2) judge_error("cannot read the input");
    weight = calloc(n + 1, sizeof(long));
    value = calloc(n + 1, sizeof(long));
    for (long i = 1; i <= n; i++)
        if (fscanf(input, "%ld %ld", &weight[i], &value[i]) != 2) judge_error("the input is too short");

    reading_answer = 1;
    long optimum = packed_value(answer);
    reading_answer = 0;
    long team = packed_value(stdin);
    if (team > optimum) judge_error("the team beat the answer file's backpack");
    if (partial) {
        char path[4096];
        snprintf(path, sizeof path, "%sscore_multiplier.txt", feedback);
        FILE *score = fopen(path, "w");
        if (!score) judge_error("cannot write score_multiplier.txt");
        fprintf(score, "%.12f\n", optimum == 0 ? 1.0 : (double)team / (double)optimum);
        fclose(score);
    } else if (team < optimum) {
        reject("value %ld, but %ld is possible", team, optimum);
    }
    return 42;
}
