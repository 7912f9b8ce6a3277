/* Says nothing: the validator reads end-of-file and rejects. */
int main(void) { return 0; }
