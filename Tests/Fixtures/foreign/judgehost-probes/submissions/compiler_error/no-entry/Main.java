// Reads as if it had a "static void main" to a text search, but no class declares
// public static void main(String[]): nothing to start, which DOMjudge refuses when compiling.
public class Main {
    static int main() {
        System.out.println("Hello world!");
        return 0;
    }
}
