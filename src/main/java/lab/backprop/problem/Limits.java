package lab.backprop.problem;

/** The sizes the API accepts: generous for teaching, small enough that no request is expensive. */
public final class Limits {
    /** Layers including the input layer. */
    public static final int MAX_LAYERS = 10;
    /** Units in any one layer. */
    public static final int MAX_UNITS = 64;
    /**
     * Weights and biases in all: wide or deep, but not both (64-64-64 has 8,320). With the body limit
     * below, every network within these limits can be sent with full-precision numbers.
     */
    public static final int MAX_PARAMETERS = 4096;
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
    /** Largest request body, in bytes: room for MAX_PARAMETERS numbers of 24 characters and more. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    /** Samples in one training request ({@code data}). */
    public static final int MAX_SAMPLES = 1000;
    /** Epochs of one training request. */
    public static final int MAX_EPOCHS = 1_000_000;
    /**
     * The work budget of one training request: epochs × samples × weights at most this, where weights
     * counts the weights and biases but at least {@link #MIN_COUNTED_WEIGHTS} (a sample-update has a
     * fixed cost however small the network). Measured on the 2-core reference machine under load, the
     * slowest runs it allows take 0.6–1.5 s (docs/API.md).
     */
    public static final long MAX_TRAINING_WORK = 100_000_000L;
    /** The least number of weights a network counts as in the training budget. */
    public static final int MIN_COUNTED_WEIGHTS = 32;
    /**
     * Wall time of one training request, in milliseconds, whatever the budget allowed: a busy machine, or
     * a server's first runs before the JIT has compiled the loop (measured: up to 5 s for a run that
     * takes 0.5 s once warm).
     */
    public static final long MAX_TRAINING_MILLIS = 10_000;

    private Limits() {
    }

    /** The weights and biases of a fully connected network with these layer sizes. */
    public static long parameters(int[] sizes) {
        long count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += (long) (sizes[l] + 1) * sizes[l + 1];
        }
        return count;
    }
}
