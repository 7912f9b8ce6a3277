// Accepts the difference in either order of subtraction's sign only when it is the absolute one.
#include <cstdio>
#include <string>
#include "checker.h"

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    std::FILE *answer = std::fopen(argv[2], "r");
    long long expected = 0, produced = 0;
    if (!answer || !read_number(answer, expected)) return 1;
    std::FILE *message = std::fopen((std::string(argv[3]) + "/judgemessage.txt").c_str(), "w");
    if (!read_number(stdin, produced)) {
        std::fprintf(message, "no number in the output\n");
        return 43;
    }
    if (produced != expected) {
        std::fprintf(message, "expected %lld, got %lld\n", expected, produced);
        return 43;
    }
    char extra;
    if (std::scanf(" %c", &extra) == 1) {
        std::fprintf(message, "trailing output\n");
        return 43;
    }
    return 42;
}
