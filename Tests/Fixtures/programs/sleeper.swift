import Glibc

// Uses no CPU but never finishes: TLE by the wall clock.
sleep(600)
