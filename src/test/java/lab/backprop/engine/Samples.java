package lab.backprop.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Sample lists and small helpers for the training tests. */
final class Samples {
    private Samples() {
    }

    /** The four XOR cases in truth-table order. */
    static List<Sample> xor() {
        return List.of(
                new Sample(Vec.of(0, 0), Vec.of(0)),
                new Sample(Vec.of(0, 1), Vec.of(1)),
                new Sample(Vec.of(1, 0), Vec.of(1)),
                new Sample(Vec.of(1, 1), Vec.of(0)));
    }

    /** n samples for a network of the given sizes: inputs in [−1, 1], targets in [0, 1]. */
    static List<Sample> random(long seed, int n, int[] sizes) {
        Random rnd = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            samples.add(new Sample(Vec.of(rnd.doubles(sizes[0], -1, 1).toArray()),
                    Vec.of(rnd.doubles(sizes[sizes.length - 1], 0, 1).toArray())));
        }
        return samples;
    }

    /** A 2-2-1 sigmoid network (k = 1) with every weight and bias drawn from SplitMix64 in [−1, 1). */
    static Network xorNetwork(long seed) {
        SplitMix64 r = new SplitMix64(seed);
        double[][] v = new double[2][2];
        double[] bv = new double[2];
        for (int j = 0; j < 2; j++) {
            v[j][0] = r.nextDouble() * 2 - 1;
            v[j][1] = r.nextDouble() * 2 - 1;
            bv[j] = r.nextDouble() * 2 - 1;
        }
        double[][] w = {{r.nextDouble() * 2 - 1, r.nextDouble() * 2 - 1}};
        double[] bw = {r.nextDouble() * 2 - 1};
        return new Network(List.of(new Layer(Matrix.of(v), Vec.of(bv), Activation.SIGMOID),
                new Layer(Matrix.of(w), Vec.of(bw), Activation.SIGMOID)), 1.0);
    }

    /** Mean over the samples of E = ½ Σ (d − y)², by Backprop.forward, in the given order. */
    static double meanLoss(Network network, List<Sample> samples) {
        double sum = 0;
        for (Sample s : samples) {
            sum += Backprop.loss(Backprop.forward(network, s.input()).output(), s.target());
        }
        return sum / samples.size();
    }

    /** Online training by repeated traced steps, in the given order, epochs times. */
    static Network tracedOnline(Network network, List<Sample> samples, double eta, int epochs) {
        Network current = network;
        for (int e = 0; e < epochs; e++) {
            for (Sample s : samples) {
                current = Backprop.step(current, s.input(), s.target(), eta).updated();
            }
        }
        return current;
    }

    /** Whether every weight and bias of the network is finite. */
    static boolean isFinite(Network network) {
        for (Layer layer : network.layers()) {
            for (double[] row : layer.weights().toArray()) {
                for (double v : row) {
                    if (!Double.isFinite(v)) {
                        return false;
                    }
                }
            }
            for (double v : layer.biases().toArray()) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }
}
