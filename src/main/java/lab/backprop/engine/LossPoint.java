package lab.backprop.engine;

/**
 * A point of the loss curve: the mean over the samples of E = ½ Σ_k (d_k − y_k)², computed with the
 * weights after {@code epoch} (the samples taken in their given order).
 */
public record LossPoint(int epoch, double loss) {
}
