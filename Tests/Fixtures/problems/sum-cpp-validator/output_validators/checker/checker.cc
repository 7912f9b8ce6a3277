// ICPC output validator: checker input answer feedback_dir < team_output; 42 accepts, 43 rejects.
#include <fstream>
#include <iostream>
#include <string>

#include "sum.h"

int main(int argc, char **argv) {
    if (argc < 4) return 1;
    long long expected = sum_of_input(argv[1]);
    long long got = 0;
    std::string extra;
    bool ok = static_cast<bool>(std::cin >> got) && got == expected && !(std::cin >> extra);
    if (!ok) {
        std::ofstream message(std::string(argv[3]) + "/judgemessage.txt");
        message << "the output is not the sum of the input";
        return 43;
    }
    return 42;
}
