// Reads the one number of an answer file or of the solution's output.
#include <cstdio>

inline bool read_number(std::FILE *file, long long &value) { return std::fscanf(file, "%lld", &value) == 1; }
