// Reads "n" then n integers from a file and returns their sum.
#pragma once
#include <fstream>

inline long long sum_of_input(const char *path) {
    std::ifstream in(path);
    long long n = 0, total = 0, value = 0;
    in >> n;
    for (long long i = 0; i < n && (in >> value); i++) total += value;
    return total;
}
