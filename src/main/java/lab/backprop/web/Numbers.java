package lab.backprop.web;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are shown in tables and forms. Every double is first written as the shortest decimal that
 * reads back as exactly that double ({@link #shortest}), as Jackson writes it in the API's JSON too.
 */
public final class Numbers {
    /** The decimals of {@link #format}, and of a lesson's worked step when it is downloaded. */
    public static final int DECIMALS = 4;

    private Numbers() {
    }

    /**
     * Four decimals, the precision a student works to by hand; values too small to show that way
     * (such as a vanishing g') in scientific notation with three significant digits.
     */
    public static String format(double v) {
        if (v == 0) {
            return "0.0000";
        }
        if (Math.abs(v) < 5e-5 || Math.abs(v) >= 1e7) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        // What String.format("%.4f") writes (it rounds the shortest decimal of v half up), ten times faster:
        // a posted step shows a few hundred numbers.
        return new BigDecimal(shortest(v)).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /** The shortest text that reads back as exactly this double, without exponent for ordinary values. */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String shortest = shortest(v);
        String plain = new BigDecimal(shortest).toPlainString();
        return plain.length() <= 24 ? plain : shortest;
    }

    /**
     * The shortest decimal that reads back as exactly {@code v}, written as {@link Double#toString} writes
     * it ({@code 0.5}, {@code 62.0}, {@code 1.0E-4}). Java 17's own {@code Double.toString} sometimes
     * writes a digit or two more than that (JDK-4511638, fixed in Java 19) and takes four times as long;
     * this is the Schubfach algorithm that Java 19 adopted, from jackson-core, which the API's JSON uses
     * too ({@code Json}).
     */
    public static String shortest(double v) {
        return NumberOutput.toString(v, true);
    }

    /** {@code [a, b, c]} as {@link java.util.Arrays#toString(double[])} writes it, each number {@link #shortest}. */
    public static String list(double[] values) {
        StringBuilder out = new StringBuilder(values.length * 22 + 2).append('[');
        for (int k = 0; k < values.length; k++) {
            out.append(k == 0 ? "" : ", ").append(shortest(values[k]));
        }
        return out.append(']').toString();
    }
}
