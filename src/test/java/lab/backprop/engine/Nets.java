package lab.backprop.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lab.backprop.problem.Problem;

/** Builds networks for the engine tests from plain arrays, and random ones from a seed. */
final class Nets {
    private Nets() {
    }

    static Network of(double[][][] w, double[][] b, String[] activations, double k) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < w.length; l++) {
            layers.add(new Layer(Matrix.of(w[l]), Vec.of(b[l]), Activation.byId(activations[l]).orElseThrow()));
        }
        return new Network(layers, k);
    }

    /** A random problem: sizes, weights in [−1.5, 1.5], inputs in [−1, 1], targets in [0, 1]. */
    record Problem(double[][][] w, double[][] b, String[] activations, double k, double[] x, double[] d) {
        Network network() {
            return Nets.of(w, b, activations, k);
        }
    }

    static Problem random(long seed, int[] sizes, String[] activations) {
        Random rnd = new Random(seed);
        double[][][] w = new double[sizes.length - 1][][];
        double[][] b = new double[sizes.length - 1][];
        for (int l = 0; l + 1 < sizes.length; l++) {
            w[l] = new double[sizes[l + 1]][sizes[l]];
            b[l] = new double[sizes[l + 1]];
            for (int j = 0; j < sizes[l + 1]; j++) {
                b[l][j] = rnd.nextDouble() * 3 - 1.5;
                for (int i = 0; i < sizes[l]; i++) {
                    w[l][j][i] = rnd.nextDouble() * 3 - 1.5;
                }
            }
        }
        double[] x = new double[sizes[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble() * 2 - 1;
        }
        double[] d = new double[sizes[sizes.length - 1]];
        for (int q = 0; q < d.length; q++) {
            d[q] = rnd.nextDouble();
        }
        double k = 0.5 + rnd.nextDouble() * 1.5;
        return new Problem(w, b, activations, k, x, d);
    }
}
