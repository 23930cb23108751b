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
    /** Largest request body, in bytes. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private Limits() {
    }
}
