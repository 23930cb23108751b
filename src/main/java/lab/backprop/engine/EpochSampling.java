package lab.backprop.engine;

/**
 * Which epochs get a curve point: every epoch when there are at most {@link #MAX_POINTS}; otherwise
 * {@link #MAX_POINTS} evenly spaced ones, epoch 1 + ⌊p·(E − 1) / (MAX_POINTS − 1)⌋ for
 * p = 0 … MAX_POINTS − 1, so the first is 1 and the last is E. A run ended early by its stop signal
 * also records the last epoch it ran.
 */
public final class EpochSampling {
    /** The most points a curve has. */
    public static final int MAX_POINTS = 500;

    private EpochSampling() {
    }

    /** The recorded epochs of a run of {@code epochs} epochs, increasing. */
    public static int[] epochs(int epochs) {
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        int count = Math.min(epochs, MAX_POINTS);
        int[] chosen = new int[count];
        for (int p = 0; p < count; p++) {
            chosen[p] = count == epochs ? p + 1 : (int) (1 + (long) p * (epochs - 1) / (MAX_POINTS - 1));
        }
        return chosen;
    }
}
