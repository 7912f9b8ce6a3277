/* A folder no rule names: the marker states the verdict, in DOMjudge's older spelling.
 * @EXPECTED_SCORE@: WRONG-ANSWER
 */
#include <stdio.h>

int main(void) {
    printf("0\n");
    return 0;
}
