package lab.backprop.notation;

/** Symbols with Unicode subscripts, as the lecture writes them: v₂₁, Δ₁, x₀. */
public final class Subscripts {
    private static final String DIGITS = "₀₁₂₃₄₅₆₇₈₉";

    private Subscripts() {
    }

    /** {@code symbol} with the given indices as subscripts, separated by commas when any has two digits. */
    public static String of(String symbol, int... indices) {
        boolean wide = false;
        for (int index : indices) {
            wide |= index > 9;
        }
        StringBuilder out = new StringBuilder(symbol);
        for (int n = 0; n < indices.length; n++) {
            if (wide && n > 0) {
                out.append(',');
            }
            for (char c : Integer.toString(indices[n]).toCharArray()) {
                out.append(DIGITS.charAt(c - '0'));
            }
        }
        return out.toString();
    }
}
