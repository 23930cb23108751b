package lab.backprop.engine;

/**
 * The connections into one non-input layer: weights[j][i] from unit i of the layer below to unit j
 * of this layer, one bias per unit (the weight on a constant +1 input, as the lecture treats bias),
 * and the activation g of this layer's units.
 */
public record Layer(Matrix weights, Vec biases, Activation activation) {
    public Layer {
        if (weights.rows() != biases.size()) {
            throw new IllegalArgumentException("a layer of " + weights.rows() + " units needs "
                    + weights.rows() + " biases, not " + biases.size());
        }
    }

    /** Number of units in this layer. */
    public int size() {
        return weights.rows();
    }

    /** Number of units feeding this layer. */
    public int inputSize() {
        return weights.columns();
    }
}
