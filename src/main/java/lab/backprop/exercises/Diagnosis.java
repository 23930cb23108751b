package lab.backprop.exercises;

/** A classic mistake recognised in an incorrect cell, in the order they are tried. */
public enum Diagnosis {
    /** Δ or δ (or a gradient, update or new weight) with the sign flipped. */
    SIGN("sign"),
    /** Δ or δ without the g′ factor. */
    MISSING_DERIVATIVE("missingDerivative"),
    /** The sigmoid (or its derivative) without the slope k. */
    MISSING_SLOPE("missingSlope"),
    /** Hidden δ computed with the already-updated weights of the layer above. */
    UPDATED_WEIGHTS("updatedWeights"),
    /** An update or new weight without the learning rate η. */
    MISSING_LEARNING_RATE("missingLearningRate"),
    /** A net input without the bias. */
    MISSING_BIAS("missingBias"),
    /**
     * g′ evaluated at the output instead of the net input: g′(y) = k·σ(k·y)(1 − σ(k·y)) for the sigmoid
     * (1 − tanh²(y) for tanh) where g′(a) = k·y(1 − y) belongs; and the Δ or δ made with it.
     */
    DERIVATIVE_AT_OUTPUT("derivativeAtOutput"),
    /**
     * The two indices of a weight swapped (w_jk where w_kj belongs): a cell of a weight, gradient,
     * update or new-weight matrix holding the entry of the transposed position, or a net input or hidden
     * δ summed with the transposed (square) weight matrix.
     */
    SWAPPED_INDICES("swappedIndices");

    private final String id;

    Diagnosis(String id) {
        this.id = id;
    }

    /** The name used in JSON. */
    public String id() {
        return id;
    }
}
