package lab.backprop.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers are shown in tables and forms. */
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
        return BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    /** The shortest text that reads back as exactly this double, without exponent for ordinary values. */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String plain = BigDecimal.valueOf(v).toPlainString();
        return plain.length() <= 24 ? plain : Double.toString(v);
    }
}
