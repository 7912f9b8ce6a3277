/* Creating a file in the working directory must fail (allow_file_writing is false), while /tmp takes
 * one: then it says so instead of greeting (WA). Anything else is exit 1 (RTE). */
#include <stdio.h>

int main(void) {
    FILE *here = fopen("note.txt", "w");
    if (here != NULL) {
        printf("created note.txt in the working directory\n");
        return 1;
    }
    FILE *scratch = fopen("/tmp/note.txt", "w");
    if (scratch == NULL) {
        printf("cannot write in /tmp\n");
        return 1;
    }
    fprintf(scratch, "kept\n");
    fclose(scratch);
    printf("the working directory is read-only, /tmp is not\n");
    return 0;
}
