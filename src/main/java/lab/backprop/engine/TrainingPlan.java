package lab.backprop.engine;

import java.util.List;
import java.util.OptionalLong;

/**
 * What to train on and how: the samples, the learning rate η, the number of epochs (passes over the
 * samples), online or batch updates, and an optional shuffle seed. Without a seed every epoch takes the
 * samples in the given order; with one, each epoch takes them in a new order from a SplitMix64
 * Fisher–Yates shuffle of that seed, the same on every machine.
 */
public record TrainingPlan(List<Sample> samples, double eta, int epochs, TrainingMode mode, OptionalLong shuffleSeed) {
    public TrainingPlan {
        samples = List.copyOf(samples);
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("samples must hold at least one sample");
        }
        if (!Double.isFinite(eta) || eta <= 0) {
            throw new IllegalArgumentException("eta must be a positive finite number, not " + eta);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, not " + epochs);
        }
        if (mode == null || shuffleSeed == null) {
            throw new IllegalArgumentException("mode and shuffleSeed must be given (use OptionalLong.empty())");
        }
    }

    /** Online training on the samples in their given order, the lecture's default. */
    public static TrainingPlan online(List<Sample> samples, double eta, int epochs) {
        return new TrainingPlan(samples, eta, epochs, TrainingMode.ONLINE, OptionalLong.empty());
    }

    /** This plan with another mode. */
    public TrainingPlan withMode(TrainingMode newMode) {
        return new TrainingPlan(samples, eta, epochs, newMode, shuffleSeed);
    }

    /** This plan with the samples reshuffled each epoch from {@code seed}. */
    public TrainingPlan withShuffleSeed(long seed) {
        return new TrainingPlan(samples, eta, epochs, mode, OptionalLong.of(seed));
    }
}
