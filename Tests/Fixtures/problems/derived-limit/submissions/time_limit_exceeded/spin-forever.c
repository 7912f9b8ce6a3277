/* Never answers: TLE at any limit. */
int main(void) {
    volatile unsigned long spins = 0;
    for (;;) spins++;
}
