package lab.backprop.engine;

/**
 * A point of the error-signal curve: for each non-input layer l, the mean of |delta| over the units of
 * layer l and over the samples of {@code epoch}, each delta (Δ or δ = g'(net)·error) as
 * {@link Backprop#step} computes it with the weights in force when that sample was processed.
 */
public record DeltaPoint(int epoch, Vec meanAbsDelta) {
}
