/* Closes its output, waits a moment, then crashes: the validator cannot have read end-of-file before the
 * crash, so the crash is the verdict (RTE), as problemtools and BAPCtools judge it. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int main(void) {
    fclose(stdout);
    usleep(300 * 1000);
    abort();
}
