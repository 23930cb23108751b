package lab.backprop.exercises;

/**
 * How far an answer may be from the value it is compared with. A given value g is accepted against a
 * reference r when |g − r| ≤ max(t, t·|r|) · (1 + 1e-9): an absolute allowance t for values up to 1
 * in magnitude, growing in proportion beyond that, and a billionth more so that a value exactly on
 * the edge is not refused by binary rounding. The default t = 0.0005 accepts any answer rounded to
 * 4 decimals (off by at most 0.00005), and even one rounded to 3 decimals.
 */
public record Tolerance(double value) {
    /** The default t. */
    public static final double DEFAULT_VALUE = 0.0005;
    /** The largest t an exercise or request may set. */
    public static final double MAX_VALUE = 1.0;
    public static final Tolerance DEFAULT = new Tolerance(DEFAULT_VALUE);

    public Tolerance {
        if (!(value > 0 && value <= MAX_VALUE)) {
            throw new IllegalArgumentException("tolerance must be greater than 0 and at most " + MAX_VALUE
                    + ", got " + value);
        }
    }

    /** max(t, t·|reference|): the largest difference accepted against {@code reference}. */
    public double allowance(double reference) {
        return Math.max(value, value * Math.abs(reference));
    }

    /** Whether {@code given} is close enough to {@code reference}. */
    public boolean accepts(double given, double reference) {
        return Math.abs(given - reference) <= allowance(reference) * (1 + 1e-9);
    }
}
