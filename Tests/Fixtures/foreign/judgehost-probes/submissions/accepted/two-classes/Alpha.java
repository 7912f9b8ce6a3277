// The class that holds the text. A text search finds "static void main" in this comment, first by name;
// the compiled class declares no such method, so Greeter is the one started.
public class Alpha {
    static String text() {
        return "Hello world!";
    }
}
