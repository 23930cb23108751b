package lab.backprop.notation;

/**
 * The index letter of each layer's units, one rule for every page, table, message and export: the
 * input is always i, the output always k, the hidden layer just below the output always j, and each
 * further hidden layer down takes the next of h, m, n, p, q, r, s. A 2-2-2-1 network reads
 * x_i → u_h, z_h (v_hi) → u_j, z_j (v_jh) → a_k, y_k (w_kj). Layers are counted as elsewhere in the
 * app: l = 0 is the first non-input layer, l = −1 the input.
 */
public final class Letters {
    private static final String BELOW_THE_OUTPUT = "jhmnpqrs";
    private static final String SUBSCRIPTS = "ᵢⱼₕₘₙₚ\0ᵣₛₖ";
    private static final String PLAIN = "ijhmnpqrsk";

    private Letters() {
    }

    /** The letter of layer l's units in a network of {@code layers} non-input layers (l = −1: the input). */
    public static String unit(int l, int layers) {
        if (l < 0) {
            return "i";
        }
        if (l == layers - 1) {
            return "k";
        }
        int below = layers - 2 - l;
        if (below >= BELOW_THE_OUTPUT.length()) {
            throw new IllegalArgumentException("no letter for hidden layer " + l + " of " + layers);
        }
        return String.valueOf(BELOW_THE_OUTPUT.charAt(below));
    }

    /** The letter of the units feeding layer l (the layer below it). */
    public static String below(int l, int layers) {
        return unit(l - 1, layers);
    }

    /** The letter of the units layer l feeds (the layer above it). */
    public static String above(int l, int layers) {
        return unit(l + 1, layers);
    }

    /** {@code letter} as a Unicode subscript (ⱼ, ₖ), or "_q" for q, which Unicode has no subscript of. */
    public static String subscript(String letter) {
        int at = PLAIN.indexOf(letter);
        char c = at < 0 ? 0 : SUBSCRIPTS.charAt(at);
        return c == 0 ? "_" + letter : String.valueOf(c);
    }
}
