package lab.backprop.web;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How numbers are shown in tables, forms and the diagram. A value's exact double is written as the shortest
 * decimal that reads back as exactly that double ({@link #shortest}), as Jackson writes it in the API's JSON
 * too; what a student reads has four decimals ({@link #format}); a picture's coordinates have two
 * ({@link #hundredths}).
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
        double a = Math.abs(v);
        if (a < 5e-5 || a >= 1e7) {
            return String.format(Locale.ROOT, "%.2e", v);
        }
        // What String.format("%.4f") writes: the shortest decimal of v rounded half up. A posted step shows a
        // few hundred numbers, so the rounding is done on a·10⁴ wherever that gives the same answer: it is
        // within `doubt` of the shortest decimal·10⁴ (half an ulp of a, times 10⁴, plus the product's own
        // rounding), so only a fraction that close to one half can round the other way.
        double scaled = a * 10_000;
        double whole = Math.floor(scaled);
        double fraction = scaled - whole; // exact: whole is 0, or at least half of scaled
        double doubt = 10_000 * Math.ulp(a) + Math.ulp(scaled);
        if (Math.abs(fraction - 0.5) <= doubt) {
            return fourDecimals(v);
        }
        long units = (long) whole + (fraction > 0.5 ? 1 : 0); // at least 1: a ≥ 5e-5
        String decimals = Long.toString(units % 10_000);
        return (v < 0 ? "-" : "") + units / 10_000 + ".0000".substring(0, 5 - decimals.length()) + decimals;
    }

    /** {@link #format}'s four decimals by the book: the shortest decimal of {@code v}, rounded half up. */
    static String fourDecimals(double v) {
        return new BigDecimal(shortest(v)).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * A coordinate of a picture to a hundredth, without trailing zeros: {@code 62}, {@code 12.5},
     * {@code -0.25}. The diagram's unit is a sixteenth of an em, so a hundredth of it is far below a pixel
     * at any size, and it is written several times faster than {@link #shortest}, in fewer characters.
     */
    public static String hundredths(double v) {
        if (!(Math.abs(v) < 1e15)) {
            return shortest(v);
        }
        long h = Math.round(v * 100);
        long a = Math.abs(h);
        StringBuilder out = new StringBuilder(12);
        if (h < 0) {
            out.append('-');
        }
        out.append(a / 100);
        long cents = a % 100;
        if (cents != 0) {
            out.append('.').append(cents / 10);
            if (cents % 10 != 0) {
                out.append(cents % 10);
            }
        }
        return out.toString();
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
