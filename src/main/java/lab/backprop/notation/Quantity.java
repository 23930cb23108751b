package lab.backprop.notation;

import java.util.Arrays;
import java.util.Optional;
import lab.backprop.engine.LayerTrace;

/**
 * The per-layer quantities of one learning step a student can be asked to compute, named as in the
 * /api/backprop answer. Vector quantities have one entry per unit j; matrix quantities one per
 * connection [j][i] (from unit i of the layer below to unit j).
 */
public enum Quantity {
    NET("net", false),
    OUT("out", false),
    DERIVATIVE("derivative", false),
    DELTA("delta", false),
    GRAD_WEIGHTS("gradWeights", true),
    GRAD_BIASES("gradBiases", false),
    WEIGHT_UPDATES("weightUpdates", true),
    BIAS_UPDATES("biasUpdates", false),
    NEW_WEIGHTS("newWeights", true),
    NEW_BIASES("newBiases", false);

    private final String key;
    private final boolean matrix;

    Quantity(String key, boolean matrix) {
        this.key = key;
        this.matrix = matrix;
    }

    /** The JSON and YAML name, e.g. {@code weightUpdates}. */
    public String key() {
        return key;
    }

    /** Whether the quantity has one entry per connection rather than one per unit. */
    public boolean isMatrix() {
        return matrix;
    }

    /** Entry [j][i] of this quantity in a layer's trace (i is ignored for a vector). */
    public double in(LayerTrace t, int j, int i) {
        return switch (this) {
            case NET -> t.net().get(j);
            case OUT -> t.out().get(j);
            case DERIVATIVE -> t.derivative().get(j);
            case DELTA -> t.delta().get(j);
            case GRAD_WEIGHTS -> t.gradWeights().get(j, i);
            case GRAD_BIASES -> t.gradBiases().get(j);
            case WEIGHT_UPDATES -> t.weightUpdates().get(j, i);
            case BIAS_UPDATES -> t.biasUpdates().get(j);
            case NEW_WEIGHTS -> t.newWeights().get(j, i);
            case NEW_BIASES -> t.newBiases().get(j);
        };
    }

    public static Optional<Quantity> byKey(String key) {
        return Arrays.stream(values()).filter(q -> q.key.equals(key)).findFirst();
    }
}
