package lab.backprop.notation;

/**
 * The lecture's symbol for each cell, with 1-based subscript digits: u₁, z₂, a₁, y₁, δ₂, Δ₁, g′(u₁),
 * v₂₁ (from x₁ to hidden unit 2) or w₁₂ (from z₂ to output unit 1). A bias is the weight on a constant
 * +1 input numbered 0, as the lecture treats it ("bias는 추가 가중치"), so the bias of hidden unit 1 is
 * v₁₀. Updates carry a Δ prefix (Δw₁₂), new values the time (w₁₂(t+1)), gradients ∂E/∂w₁₂.
 * When an index exceeds 9 the two subscripts are separated by a comma (w₁₀,₂).
 */
public final class Symbols {
    /** The loss before the step. */
    public static final String LOSS = "E";
    /** The loss after the step. */
    public static final String LOSS_AFTER = "E(t+1)";

    private Symbols() {
    }

    /**
     * The header of a worksheet column of quantity q in layer l: its symbol with the layer's letter as the
     * subscript (aₖ, g′(uⱼ), δⱼ), and 0 for a bias (Δwₖ₀).
     */
    public static String column(Quantity q, int l, int layers) {
        Role role = Role.of(l, layers);
        String me = Letters.subscript(Letters.unit(l, layers));
        String bias = role.weights() + me + "₀";
        return switch (q) {
            case NET -> role.net() + me;
            case OUT -> role.out() + me;
            case DERIVATIVE -> "g′(" + role.net() + me + ")";
            case DELTA -> role.delta() + me;
            case GRAD_BIASES -> "∂E/∂" + bias;
            case BIAS_UPDATES -> "Δ" + bias;
            case NEW_BIASES -> bias + "(t+1)";
            case GRAD_WEIGHTS, WEIGHT_UPDATES, NEW_WEIGHTS ->
                    throw new IllegalArgumentException(q + " is a matrix: its columns are its inputs");
        };
    }

    /** What feeds layer l (counted from 0 above the input): the inputs x below the first layer, else z. */
    public static String input(int l) {
        return l == 0 ? "x" : "z";
    }

    /** The symbol of entry (j) or [j][i] of quantity q in a layer of this role; indices are 0-based. */
    public static String of(Quantity q, Role role, int j, int i) {
        String unit = Subscripts.of("", j + 1);
        String weight = Subscripts.of(role.weights(), j + 1, i + 1);
        String bias = Subscripts.of(role.weights(), j + 1, 0);
        return switch (q) {
            case NET -> role.net() + unit;
            case OUT -> role.out() + unit;
            case DERIVATIVE -> "g′(" + role.net() + unit + ")";
            case DELTA -> role.delta() + unit;
            case GRAD_WEIGHTS -> "∂E/∂" + weight;
            case GRAD_BIASES -> "∂E/∂" + bias;
            case WEIGHT_UPDATES -> "Δ" + weight;
            case BIAS_UPDATES -> "Δ" + bias;
            case NEW_WEIGHTS -> weight + "(t+1)";
            case NEW_BIASES -> bias + "(t+1)";
        };
    }
}
