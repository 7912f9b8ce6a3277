// Pair Sum checker: checker input answer feedback_dir < team_output.
// The answer file holds one pair or "none"; the team may print any valid pair.
#include <iostream>
#include <string>

#include "checker.h"

int main(int argc, char **argv) {
    if (argc < 4) checker::judge_error("usage: checker input answer feedback_dir");
    checker::feedback_dir = argv[3];
    checker::Input input = checker::read_input(argv[1]);
    std::ifstream answer_file(argv[2]);
    std::string answer;
    if (!(answer_file >> answer)) checker::judge_error("empty answer file");
    bool pair_exists = answer != "none";

    std::string first;
    if (!(std::cin >> first)) checker::wrong_answer("no output");
    if (first == "none") {
        if (pair_exists) checker::wrong_answer("said none, but a pair exists");
    } else {
        long long i = 0, j = 0;
        try {
            i = std::stoll(first);
        } catch (...) {
            checker::wrong_answer("expected an index or none, got '%s'", first.c_str());
        }
        if (!(std::cin >> j)) checker::wrong_answer("expected a second index");
        long long n = static_cast<long long>(input.numbers.size());
        if (i < 1 || i > n || j < 1 || j > n) checker::wrong_answer("index out of range 1..%lld", n);
        if (i == j) checker::wrong_answer("the two indices must differ, got %lld twice", i);
        if (input.numbers[i - 1] + input.numbers[j - 1] != input.target)
            checker::wrong_answer("a[%lld] + a[%lld] = %lld, not %lld", i, j,
                                  input.numbers[i - 1] + input.numbers[j - 1], input.target);
        if (!pair_exists) checker::judge_error("the team found a pair the answer file says does not exist");
    }
    std::string extra;
    if (std::cin >> extra) checker::wrong_answer("trailing output '%s'", extra.c_str());
    checker::accept();
}
