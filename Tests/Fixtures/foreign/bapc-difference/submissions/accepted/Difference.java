import java.util.Scanner;

public class Difference {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        System.out.println(Math.abs(a - b));
    }
}
