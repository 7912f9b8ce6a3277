/*
 * Greets from a second thread, after checking that the thread got an ordinary default stack. glibc makes a
 * finite RLIMIT_STACK every thread's default stack; DOMjudge, problemtools and BAPCtools leave RLIMIT_STACK
 * unlimited, which gives the default (2 MiB on x86-64, 8 MiB elsewhere). A thread with a stack as large as
 * the memory limit gives a wrong answer naming its size.
 *
 * @EXPECTED_RESULTS@: CORRECT
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

static char name[64];

static void *greet(void *unused) {
    (void)unused;
    pthread_attr_t attributes;
    size_t stack = 0;
    pthread_getattr_np(pthread_self(), &attributes);
    pthread_attr_getstacksize(&attributes, &stack);
    if (stack > 16u << 20) printf("a thread stack of %zu bytes\n", stack);
    else printf("Hello, %s!\n", name);
    return NULL;
}

int main(void) {
    if (scanf("%63s", name) != 1) return 1;
    pthread_t thread;
    if (pthread_create(&thread, NULL, greet, NULL) != 0) {
        perror("pthread_create");
        return 1;
    }
    pthread_join(thread, NULL);
    return 0;
}
