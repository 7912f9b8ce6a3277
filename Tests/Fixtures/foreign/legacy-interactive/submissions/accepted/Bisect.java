import java.io.BufferedReader;
import java.io.InputStreamReader;

public class Bisect {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int low = 1, high = 100;
        while (low <= high) {
            int middle = (low + high) / 2;
            System.out.println("guess " + middle);
            System.out.flush();
            String reply = in.readLine().trim();
            if (reply.equals("correct")) return;
            if (reply.equals("higher")) low = middle + 1; else high = middle - 1;
        }
    }
}
