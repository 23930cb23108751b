package lab.backprop.notation;

/**
 * Whether a layer is hidden or the output, with the lecture's symbols for its quantities: hidden
 * units have net input u, output z, error signal δ and incoming weights v; output units have a, y,
 * Δ and w. With several hidden layers, every hidden layer uses the hidden symbols.
 */
public enum Role {
    HIDDEN("hidden", "u", "z", "δ", "v"),
    OUTPUT("output", "a", "y", "Δ", "w");

    private final String id;
    private final String net;
    private final String out;
    private final String delta;
    private final String weights;

    Role(String id, String net, String out, String delta, String weights) {
        this.id = id;
        this.net = net;
        this.out = out;
        this.delta = delta;
        this.weights = weights;
    }

    /** The role of non-input layer l of a network with {@code layers} non-input layers: the last is the output. */
    public static Role of(int l, int layers) {
        return l == layers - 1 ? OUTPUT : HIDDEN;
    }

    public String id() {
        return id;
    }

    /** Symbol of the net input: u or a. */
    public String net() {
        return net;
    }

    /** Symbol of the unit output: z or y. */
    public String out() {
        return out;
    }

    /** Symbol of the error signal: δ or Δ. */
    public String delta() {
        return delta;
    }

    /** Symbol of the incoming weights: v or w. */
    public String weights() {
        return weights;
    }
}
