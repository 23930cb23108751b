package lab.backprop.problem;

import java.util.function.BooleanSupplier;
import lab.backprop.engine.Diverged;
import lab.backprop.engine.Network;
import lab.backprop.engine.Training;
import lab.backprop.engine.TrainingPlan;
import lab.backprop.engine.TrainingProgress;
import lab.backprop.engine.TrainingRun;

/**
 * A validated /api/train request: the starting network and the plan (samples, η, epochs, mode, shuffle
 * seed), already within {@link Limits#MAX_TRAINING_WORK}. {@link #train} adds the wall-time limit and
 * turns a divergence into a sentence that names the epoch.
 */
public record TrainingProblem(Network network, TrainingPlan plan) {
    /** epochs × samples × weights (as {@link #parameters} counts them): what the budget bounds. */
    public long work() {
        return work(plan.epochs(), plan.samples().size(), parameters(network));
    }

    static long work(long epochs, long samples, long parameters) {
        return epochs * samples * parameters;
    }

    /** The weights and biases the budget counts: all of them, but at least {@link Limits#MIN_COUNTED_WEIGHTS}. */
    static long parameters(Network network) {
        long count = network.layers().stream().mapToLong(l -> (long) l.size() * (l.inputSize() + 1)).sum();
        return Math.max(Limits.MIN_COUNTED_WEIGHTS, count);
    }

    /** The whole run, without progress and without a caller's stop. */
    public TrainingRun train() {
        return train(() -> false, TrainingProgress.NONE);
    }

    /**
     * Trains until the last epoch or until {@code stop} answers true (asked after each epoch).
     *
     * @throws InvalidInput at {@code epochs} when the run takes longer than {@link Limits#MAX_TRAINING_MILLIS},
     *     or at {@code learningRate} when a number stops being finite (naming the epoch)
     */
    public TrainingRun train(BooleanSupplier stop, TrainingProgress progress) {
        return train(stop, progress, Limits.MAX_TRAINING_MILLIS);
    }

    TrainingRun train(BooleanSupplier stop, TrainingProgress progress, long limitMillis) {
        long deadline = System.nanoTime() + limitMillis * 1_000_000L;
        int[] epoch = {0};
        BooleanSupplier limited = () -> {
            epoch[0]++;
            if (System.nanoTime() - deadline > 0) {
                throw new InvalidInput("epochs", "training took longer than " + Fields.format(limitMillis / 1000.0)
                        + " s and was stopped after epoch " + epoch[0] + " of " + plan.epochs()
                        + "; use fewer epochs or samples or a smaller network");
            }
            return stop.getAsBoolean();
        };
        try {
            return Training.train(network, plan, limited, progress);
        } catch (Diverged e) {
            throw new InvalidInput("learningRate", "training diverged in epoch " + e.epoch()
                    + ": a weight, bias, loss or error signal is no longer a finite number;"
                    + " use a smaller learningRate or smaller starting weights");
        }
    }
}
