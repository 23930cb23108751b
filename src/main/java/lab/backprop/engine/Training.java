package lab.backprop.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Training over many steps, both on the allocation-free {@link FlatNetwork}: {@link #lossCurve} repeats
 * one example's step for the step plot; {@link #train} runs epochs over a list of samples and returns
 * the loss and error-signal curves and the trained network.
 */
public final class Training {
    private Training() {
    }

    /**
     * The loss before each of {@code steps} learning steps and after the last one: steps + 1 values.
     * The network passed in is not changed.
     */
    public static double[] lossCurve(Network network, Vec x, Vec d, double eta, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative");
        }
        Backprop.requireSize("input", x, network.inputSize());
        Backprop.requireSize("target", d, network.outputSize());
        double[] xs = x.toArray();
        double[] ds = d.toArray();
        FlatNetwork flat = FlatNetwork.of(network);
        double[] losses = new double[steps + 1];
        for (int s = 0; s < steps; s++) {
            losses[s] = flat.loss(xs, ds);
            flat.learn(xs, ds, eta);
        }
        losses[steps] = flat.loss(xs, ds);
        return losses;
    }

    /** Runs every epoch of {@code plan} from {@code network} (which is not changed). */
    public static TrainingRun train(Network network, TrainingPlan plan) {
        return train(network, plan, () -> false, TrainingProgress.NONE);
    }

    /**
     * Runs the epochs of {@code plan} from {@code network} (which is not changed) until the last, or
     * until {@code stop} answers true; it is asked once after each epoch but the last, so the first
     * epoch always runs and a stopped run ends with a point for the last epoch it ran.
     * {@code progress} hears each curve point as it is recorded (see {@link EpochSampling}).
     *
     * @throws Diverged when a weight, bias, loss or error signal stops being finite
     * @throws IllegalArgumentException when a sample's input or target does not fit the network
     */
    public static TrainingRun train(Network network, TrainingPlan plan, BooleanSupplier stop,
                                    TrainingProgress progress) {
        int count = plan.samples().size();
        double[][] x = new double[count][];
        double[][] d = new double[count][];
        for (int t = 0; t < count; t++) {
            Sample s = plan.samples().get(t);
            x[t] = checked("sample " + t + "'s input", s.input(), network.inputSize());
            d[t] = checked("sample " + t + "'s target", s.target(), network.outputSize());
        }
        FlatNetwork flat = FlatNetwork.of(network);
        SplitMix64 random = plan.shuffleSeed().isPresent() ? new SplitMix64(plan.shuffleSeed().getAsLong()) : null;
        int[] order = new int[count];
        int[] recorded = EpochSampling.epochs(plan.epochs());
        int next = 0;
        List<LossPoint> losses = new ArrayList<>();
        List<DeltaPoint> deltas = new ArrayList<>();
        for (int epoch = 1; epoch <= plan.epochs(); epoch++) {
            sampleOrder(order, random);
            flat.clearDeltaSums();
            runEpoch(flat, plan, order, x, d);
            if (!flat.isFinite()) {
                throw new Diverged(epoch);
            }
            boolean last = epoch == plan.epochs();
            boolean stopping = !last && stop.getAsBoolean();
            if (next < recorded.length && recorded[next] == epoch || stopping) {
                next++;
                record(flat, epoch, x, d, losses, deltas, progress);
            }
            if (stopping) {
                return new TrainingRun(losses, deltas, flat.toNetwork(), epoch, true);
            }
        }
        return new TrainingRun(losses, deltas, flat.toNetwork(), plan.epochs(), false);
    }

    /** The order of the samples in the next epoch: 0 … n − 1, shuffled afresh when there is a seed. */
    static void sampleOrder(int[] order, SplitMix64 random) {
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        if (random != null) {
            random.shuffle(order);
        }
    }

    private static void runEpoch(FlatNetwork flat, TrainingPlan plan, int[] order, double[][] x, double[][] d) {
        if (plan.mode() == TrainingMode.ONLINE) {
            for (int t : order) {
                flat.learn(x[t], d[t], plan.eta());
            }
        } else {
            for (int t : order) {
                flat.accumulate(x[t], d[t]);
            }
            flat.applyAccumulated(plan.eta());
        }
    }

    private static void record(FlatNetwork flat, int epoch, double[][] x, double[][] d, List<LossPoint> losses,
                               List<DeltaPoint> deltas, TrainingProgress progress) {
        double sum = 0;
        for (int t = 0; t < x.length; t++) {
            sum += flat.loss(x[t], d[t]);
        }
        LossPoint loss = new LossPoint(epoch, sum / x.length);
        Vec meanAbs = Vec.generate(flat.depth(), l -> flat.absDeltaSum(l) / ((double) x.length * flat.size(l)));
        if (!Double.isFinite(loss.loss())) {
            throw new Diverged(epoch);
        }
        for (int l = 0; l < flat.depth(); l++) {
            if (!Double.isFinite(meanAbs.get(l))) {
                throw new Diverged(epoch);
            }
        }
        DeltaPoint delta = new DeltaPoint(epoch, meanAbs);
        losses.add(loss);
        deltas.add(delta);
        progress.point(epoch, loss, delta, flat::toNetwork);
    }

    private static double[] checked(String name, Vec v, int expected) {
        if (v.size() != expected) {
            throw new IllegalArgumentException(name + " has " + v.size() + " entries, expected " + expected);
        }
        return v.toArray();
    }
}
