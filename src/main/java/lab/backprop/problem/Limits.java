package lab.backprop.problem;

/** The sizes the API accepts: generous for teaching, small enough that no request is expensive. */
public final class Limits {
    /** Layers including the input layer. */
    public static final int MAX_LAYERS = 10;
    /** Units in any one layer. */
    public static final int MAX_UNITS = 64;
    /** Largest magnitude of any number given (weights, biases, input, target). */
    public static final double MAX_MAGNITUDE = 1e6;
    /** Largest learning rate η. */
    public static final double MAX_LEARNING_RATE = 100;
    /** Largest sigmoid slope k. */
    public static final double MAX_SLOPE = 100;
    /**
     * Weights and biases a lesson page's form may have: every one is a text field, a query parameter of
     * the shareable link (which must fit a URL) and several table cells, so pages stay small and fast.
     */
    public static final int MAX_FORM_PARAMETERS = 256;
    /** Largest request body, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private Limits() {
    }
}
