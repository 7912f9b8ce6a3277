// Input validator (exit 42 when valid): "n t" then n integers, with the bounds of the statement, exactly
// one space between numbers and a newline after each line.
#include <cstdio>
#include <cstdlib>

static long long read_int(char end, long long low, long long high) {
    long long value = 0;
    int c = std::getchar(), sign = 1, digits = 0;
    if (c == '-') { sign = -1; c = std::getchar(); }
    while (c >= '0' && c <= '9' && digits < 12) { value = value * 10 + (c - '0'); digits++; c = std::getchar(); }
    value *= sign;
    if (digits == 0 || c != end || value < low || value > high) {
        std::printf("bad number or separator (value %lld)\n", value);
        std::exit(43);
    }
    return value;
}

int main() {
    long long n = read_int(' ', 2, 100000);
    read_int('\n', -2000000000, 2000000000);
    for (long long i = 0; i < n; i++) read_int(i + 1 == n ? '\n' : ' ', -1000000000, 1000000000);
    if (std::getchar() != EOF) { std::printf("trailing input\n"); return 43; }
    return 42;
}
