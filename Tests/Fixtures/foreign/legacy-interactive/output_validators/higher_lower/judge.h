/* Exit codes and the feedback file of the ICPC output-validator contract. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static FILE *judge_message;

static void judge_open(const char *feedback_dir) {
    char path[4096];
    snprintf(path, sizeof path, "%s/judgemessage.txt", feedback_dir);
    judge_message = fopen(path, "w");
}

static void judge_accept(void) { exit(42); }

static void judge_reject(const char *format, ...) {
    va_list args;
    va_start(args, format);
    if (judge_message) vfprintf(judge_message, format, args);
    va_end(args);
    exit(43);
}
