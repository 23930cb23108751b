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
    MISSING_BIAS("missingBias");

    private final String id;

    Diagnosis(String id) {
        this.id = id;
    }

    /** The name used in JSON. */
    public String id() {
        return id;
    }
}
