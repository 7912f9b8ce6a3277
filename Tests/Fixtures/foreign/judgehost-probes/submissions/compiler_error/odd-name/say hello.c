/* Correct, but its file name has a space: DOMjudge and BAPCtools refuse the submission. */
#include <stdio.h>

int main(void) {
    printf("Hello world!\n");
    return 0;
}
