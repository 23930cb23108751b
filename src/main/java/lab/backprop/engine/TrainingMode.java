package lab.backprop.engine;

/** When the weights change during an epoch. */
public enum TrainingMode {
    /**
     * One sample at a time, in order (the lecture's time index t): each sample's error signals use the
     * weights left by the previous sample, then its update +η·delta·input is applied at once.
     */
    ONLINE,
    /**
     * One update per epoch with the summed gradient: every sample's error signals use the weights at
     * the start of the epoch, then w += η Σ_samples delta·input (and b += η Σ delta).
     */
    BATCH
}
