/* Closes its output at once, then sleeps past the wall-clock limit. The validator, waiting for a guess,
 * sees end-of-file only once the solution has ended (problemtools and BAPCtools hold that pipe open until
 * then), so the solution ends first, killed for time: TLE, not the validator's WA. */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    fclose(stdout);
    sleep(60);
    return 0;
}
