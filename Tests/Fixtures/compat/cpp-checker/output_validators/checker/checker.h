// Helpers for the Pair Sum checker: the ICPC output validator protocol (exit 42 accepts, 43 rejects,
// judgemessage.txt in the feedback directory says why).
#pragma once

#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

namespace checker {

inline std::string feedback_dir;

[[noreturn]] inline void accept() { std::exit(42); }

[[noreturn]] inline void wrong_answer(const char *format, ...) {
    std::FILE *message = std::fopen((feedback_dir + "judgemessage.txt").c_str(), "w");
    if (message) {
        std::va_list arguments;
        va_start(arguments, format);
        std::vfprintf(message, format, arguments);
        va_end(arguments);
        std::fclose(message);
    }
    std::exit(43);
}

[[noreturn]] inline void judge_error(const char *what) {
    std::fprintf(stderr, "judge error: %s\n", what);
    std::exit(1);
}

/// The test input: n, t and the numbers.
struct Input {
    long long target = 0;
    std::vector<long long> numbers;
};

inline Input read_input(const char *path) {
    std::ifstream in(path);
    Input input;
    std::size_t n = 0;
    if (!(in >> n >> input.target)) judge_error("cannot read the input file");
    input.numbers.resize(n);
    for (auto &value : input.numbers)
        if (!(in >> value)) judge_error("the input file is too short");
    return input;
}

}  // namespace checker
