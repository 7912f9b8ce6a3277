/*
 * Floods stderr through iostreams without end: TLE, as for stdout (stderr is cut at the limit).
 *
 * @EXPECTED_RESULTS@: TIMELIMIT
 */
#include <iostream>

int main() {
    for (;;) std::cerr << "Nobody reads this line.\n";
}
