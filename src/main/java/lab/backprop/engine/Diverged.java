package lab.backprop.engine;

/**
 * Training stopped because a weight, a bias, the loss or an error signal stopped being a finite
 * number (NaN or ±∞), usually because η is too large for the network. Names the epoch it happened in.
 */
public final class Diverged extends RuntimeException {
    private final int epoch;

    public Diverged(int epoch) {
        super("training diverged in epoch " + epoch + ": a weight, bias or loss is no longer a finite number");
        this.epoch = epoch;
    }

    /** The epoch (from 1) after which the first non-finite number was found. */
    public int epoch() {
        return epoch;
    }
}
